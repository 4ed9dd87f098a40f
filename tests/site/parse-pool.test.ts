import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parserThreads } from '../../src/site/parse-pool.ts';

test('should parse with one thread up to 8 000 files, then one more per 8 000 up to the cores', () => {
  assert.deepEqual(
    [1, 200, 1000, 8000, 8001, 16000, 16001, 100000].map((files) => parserThreads(files, 2)),
    [1, 1, 1, 1, 2, 2, 2, 2],
  );
  assert.deepEqual(
    [8000, 8001, 16001, 100000].map((files) => parserThreads(files, 8)),
    [1, 2, 3, 8],
  );
  assert.equal(parserThreads(100000, 1), 1);
});
