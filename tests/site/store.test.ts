import assert from 'node:assert/strict';
import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import type { PreparedArticle } from '../../src/enrich/index.ts';
import { JOURNAL_LIMIT, RecordStore } from '../../src/site/store.ts';
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

test('should write the index in ASCII and read Danish letters and emoji back as they were', async () => {
  const folder = await temporaryFolder();
  folders.push(folder);
  const store = RecordStore.open(folder.path, 'v1');
  const file = '2021/ærø-og-åbenrå.txt';
  const danish = { ...record(file), headline: 'Ærø får støtte 🚲 til cykelstier', mentions: ['Ærø', 'Åbenrå'] };
  store.put(file, { size: 1, mtimeMs: 1, key: 'nøgle', errors: [], record: danish });
  store.save();
  store.close();
  const bytes = readFileSync(path.join(folder.path, 'records.json'));
  assert.equal(bytes.findIndex((byte) => byte > 0x7f), -1);
  const reopened = RecordStore.open(folder.path, 'v1');
  assert.deepEqual(reopened.files[file]?.record, { ...danish, body: [] });
  assert.equal(reopened.files[file]?.key, 'nøgle');
  // The journal too.
  const journaled = { ...danish, id: 'søndag', file: 'søndag.txt', headline: 'Søndagens æbleskiver 🍎' };
  reopened.put('søndag.txt', { size: 1, mtimeMs: 1, key: 'søndag', errors: [], record: journaled });
  reopened.save();
  reopened.close();
  assert.equal(readFileSync(path.join(folder.path, 'changes-2.log')).findIndex((byte) => byte > 0x7f), -1);
  const third = RecordStore.open(folder.path, 'v1');
  assert.deepEqual(third.files['søndag.txt']?.record, { ...journaled, body: [] });
  assert.deepEqual(third.files[file]?.record, { ...danish, body: [] });
  third.close();
});

test('should read back an index of many megabytes, a line longer than a megabyte among them', async () => {
  const folder = await temporaryFolder();
  folders.push(folder);
  const store = RecordStore.open(folder.path, 'v1');
  const files = Array.from({ length: 6000 }, (_, index) => `${index}.txt`);
  // About 2 MB of lines of a few hundred bytes, each read across a megabyte's end or not.
  for (const file of files) store.put(file, { size: 1, mtimeMs: 1, key: file, errors: [], record: { ...record(file), lead: `${file} `.repeat(40) } });
  const long = { ...record('lang.txt'), headline: 'Å'.repeat(600_000) };
  store.put('lang.txt', { size: 1, mtimeMs: 1, key: 'lang', errors: [], record: long });
  store.save();
  store.close();
  assert.ok(statSync(path.join(folder.path, 'records.json')).size > 5_000_000);
  const reopened = RecordStore.open(folder.path, 'v1');
  assert.equal(Object.keys(reopened.files).length, 6001);
  assert.deepEqual(reopened.files['lang.txt']?.record, { ...long, body: [] });
  for (const file of files) assert.equal(reopened.files[file]?.record?.lead, `${file} `.repeat(40), file);
  reopened.close();
});

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

test('should tell when it was last saved: no file modified later is in it as it is now', async () => {
  const folder = await temporaryFolder();
  folders.push(folder);
  assert.equal(RecordStore.savedAt(path.join(folder.path, 'mangler')), 0);
  const store = RecordStore.open(folder.path, 'v1');
  put(store, 'a.txt', 1);
  store.save();
  put(store, 'b.txt', 1);
  store.save();
  store.close();
  const written = readdirSync(folder.path).map((name) => statSync(path.join(folder.path, name)).mtimeMs);
  assert.deepEqual(readdirSync(folder.path).sort(), ['bodies-1.log', 'changes-2.log', 'records.json']);
  assert.equal(RecordStore.savedAt(folder.path), Math.max(...written));
});

test('should replace the index of another parser whole when it saves, and read its records back', async () => {
  const folder = await temporaryFolder();
  folders.push(folder);
  const old = RecordStore.open(folder.path, 'v1');
  put(old, 'a.txt', 1);
  put(old, 'b.txt', 1);
  old.save();
  old.close();

  const current = RecordStore.open(folder.path, 'v2');
  put(current, 'a.txt', 1);
  current.save();
  current.close();
  assert.deepEqual(readdirSync(folder.path).sort(), ['bodies-1.log', 'records.json']);
  assert.match(readFileSync(path.join(folder.path, 'records.json'), 'utf8'), /"fingerprint":"v2"/);

  const reopened = RecordStore.open(folder.path, 'v2');
  assert.deepEqual(Object.keys(reopened.files), ['a.txt']);
  assert.deepEqual(reopened.body('a.txt'), record('a.txt').body);
  reopened.close();
});

/** Puts `file` as a fresh parse with `size` bytes. */
function put(store: RecordStore, file: string, size: number): void {
  store.put(file, { size, mtimeMs: size, key: `${file}@${size}`, errors: [], record: record(file) });
}

test('should journal the files a save changes, keep the index, and read both back', async () => {
  const folder = await temporaryFolder();
  folders.push(folder);
  const first = RecordStore.open(folder.path, 'v1');
  for (const file of ['a.txt', 'b.txt', 'c.txt']) put(first, file, 1);
  first.save();
  first.close();
  const index = path.join(folder.path, 'records.json');
  const text = readFileSync(index, 'utf8');

  const second = RecordStore.open(folder.path, 'v1');
  put(second, 'b.txt', 2);
  put(second, 'd.txt', 1);
  second.retain(new Set(['b.txt', 'c.txt', 'd.txt']));
  second.save();
  second.close();
  assert.equal(readFileSync(index, 'utf8'), text);
  assert.equal(readFileSync(path.join(folder.path, 'changes-2.log'), 'utf8').split('\n').length, 4);

  const third = RecordStore.open(folder.path, 'v1');
  assert.deepEqual(Object.keys(third.files).sort(), ['b.txt', 'c.txt', 'd.txt']);
  assert.equal(third.files['b.txt']?.key, 'b.txt@2');
  assert.deepEqual(third.body('d.txt'), record('d.txt').body);
  third.close();
});

test('should drop a journal line cut short and go on after the last whole one', async () => {
  const folder = await temporaryFolder();
  folders.push(folder);
  const first = RecordStore.open(folder.path, 'v1');
  put(first, 'a.txt', 1);
  first.save();
  put(first, 'b.txt', 1);
  first.save();
  first.close();
  const journal = path.join(folder.path, 'changes-2.log');
  appendFileSync(journal, '["c.txt",{"size":1,"mtime');

  const second = RecordStore.open(folder.path, 'v1');
  assert.deepEqual(Object.keys(second.files), ['a.txt', 'b.txt']);
  put(second, 'd.txt', 1);
  second.save();
  second.close();
  assert.deepEqual(readFileSync(journal, 'utf8').split('\n').map((line) => JSON.parse(line || '[]')[0]), ['b.txt', 'd.txt', undefined]);
  const third = RecordStore.open(folder.path, 'v1');
  assert.deepEqual(Object.keys(third.files), ['a.txt', 'b.txt', 'd.txt']);
  third.close();
});

test(`should write the index whole again after ${JOURNAL_LIMIT} journaled changes`, async () => {
  const folder = await temporaryFolder();
  folders.push(folder);
  const store = RecordStore.open(folder.path, 'v1');
  put(store, 'a.txt', 1);
  store.save();
  for (let size = 2; size <= JOURNAL_LIMIT + 1; size += 1000) {
    for (let step = 0; step < 1000; step++) put(store, `${size + step}.txt`, 1);
    store.save();
  }
  assert.deepEqual(readdirSync(folder.path).filter((name) => name.endsWith('.log')).sort(), ['bodies-1.log', 'changes-2.log']);
  put(store, 'b.txt', 1);
  store.save();
  assert.deepEqual(readdirSync(folder.path).filter((name) => name.endsWith('.log')), ['bodies-1.log']);
  put(store, 'c.txt', 1);
  store.save();
  store.close();
  assert.deepEqual(readdirSync(folder.path).filter((name) => name.endsWith('.log')).sort(), ['bodies-1.log', 'changes-3.log']);
  const reopened = RecordStore.open(folder.path, 'v1');
  assert.equal(Object.keys(reopened.files).length, JOURNAL_LIMIT + 3);
  reopened.close();
});
