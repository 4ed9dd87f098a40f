import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { parseArticle } from '../../src/parse/index.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

// Real texts under a free licence (see tests/fixtures/corpus/README.md), each with the record
// a careful reader expects: input + expected pairs.
const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/corpus');

for (const folder of ['tv2-regionerne', 'parole-dk']) {
  const names = (await readdir(path.join(FIXTURES, folder))).filter((name) => name.endsWith('.txt')).sort();
  for (const name of names) {
    const file = `${folder}/${name}`;
    test(`should read ${file} as expected`, async () => {
      const text = await readFile(path.join(FIXTURES, file), 'utf8');
      const expected = JSON.parse(await readFile(path.join(FIXTURES, folder, name.replace(/\.txt$/, '.expected.json')), 'utf8'));
      assert.deepEqual(parseArticle(text, file), expected);
    });
  }
}
