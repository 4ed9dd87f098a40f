import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import type { PreparedArticle } from '../../src/enrich/index.ts';
import { RecordStore } from '../../src/site/store.ts';
import { temporaryFolder } from '../support/paths.ts';
import { parsedArticle } from '../support/records.ts';

const folders: Awaited<ReturnType<typeof temporaryFolder>>[] = [];
after(async () => {
  for (const folder of folders) await folder.remove();
});

/** A record of `file` (`….txt`) as the store keeps it, with the names its text mentions. */
function record(file: string): PreparedArticle {
  return { ...parsedArticle(file.replace(/\.txt$/, ''), { iso: '2021-04-12', precision: 'day', source: 'prefix' }), mentions: ['København'] };
}

for (const count of [0, 1, 500, 1001]) {
  test(`should read back ${count} saved records with their bodies`, async () => {
    const folder = await temporaryFolder();
    folders.push(folder);
    const store = RecordStore.open(folder.path, 'v1');
    const files = Array.from({ length: count }, (_, index) => `2021/${String(index).padStart(4, '0')}.txt`);
    for (const [index, file] of files.entries()) store.put(file, { size: index, mtimeMs: 1000 + index, key: `key-${index}`, errors: [], record: record(file) });
    store.save();
    store.close();

    const reopened = RecordStore.open(folder.path, 'v1');
    assert.deepEqual(Object.keys(reopened.files), files);
    for (const [index, file] of files.entries()) {
      assert.ok(reopened.unchanged(file, index, 1000 + index));
      assert.deepEqual(reopened.files[file]?.record, { ...record(file), body: [] });
      assert.deepEqual(reopened.body(file), record(file).body);
    }
    reopened.close();
  });
}

test('should not rewrite an index that did not change, and start empty for another parser', async () => {
  const folder = await temporaryFolder();
  folders.push(folder);
  const store = RecordStore.open(folder.path, 'v1');
  store.put('a.txt', { size: 1, mtimeMs: 1, key: 'a', errors: [], record: record('a.txt') });
  store.save();
  store.close();
  const index = path.join(folder.path, 'records.json');
  const written = statSync(index).mtimeMs;
  const text = readFileSync(index, 'utf8');

  const unchanged = RecordStore.open(folder.path, 'v1');
  unchanged.retain(new Set(['a.txt']));
  unchanged.save();
  unchanged.close();
  assert.equal(statSync(index).mtimeMs, written);
  assert.equal(readFileSync(index, 'utf8'), text);

  const other = RecordStore.open(folder.path, 'v2');
  assert.deepEqual(other.files, {});
  other.close();
});
