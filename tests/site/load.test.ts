import assert from 'node:assert/strict';
import { mkdir, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { scanArticleFiles } from '../../src/read/files.ts';
import { parseFile } from '../../src/site/parse-file.ts';
import { refreshStore, scanInThread } from '../../src/site/load.ts';
import { silentProgress } from '../../src/site/progress.ts';
import { RecordStore } from '../../src/site/store.ts';
import { temporaryFolder } from '../support/paths.ts';

const ARTICLE = (headline: string) => `${headline}\n\nKøbenhavn 12. april 2021\n\nFørste afsnit af artiklen om ${headline.toLowerCase()}.\n`;

test('should list and stat the content folder in a thread as it would be done in place', async () => {
  const folder = await temporaryFolder();
  try {
    await mkdir(path.join(folder.path, '2022'));
    for (const file of ['2022/a.txt', '2022/b.md', 'c.txt', 'noter.docx']) await writeFile(path.join(folder.path, file), file);
    const { scanned, parsed } = await scanInThread(folder.path, Number.POSITIVE_INFINITY, 100);
    assert.deepEqual(scanned.files, ['2022/a.txt', '2022/b.md', 'c.txt']);
    assert.deepEqual(scanned, scanArticleFiles(folder.path));
    assert.deepEqual(parsed, []);
    await assert.rejects(scanInThread(path.join(folder.path, 'mangler'), 0, 100), { code: 'ENOENT', message: /no such file or directory/ });
  } finally {
    await folder.remove();
  }
});

test('should parse in the thread the files modified after a time, as they are parsed in place, unless there are too many', async () => {
  const folder = await temporaryFolder();
  try {
    for (const name of ['gammel', 'ny', 'nyere']) await writeFile(path.join(folder.path, `${name}.txt`), ARTICLE(`Artikel ${name}`));
    await utimes(path.join(folder.path, 'gammel.txt'), 1_600_000_000, 1_600_000_000);
    const since = 1_600_000_000_000 + 1000;
    const { parsed } = await scanInThread(folder.path, since, 2);
    assert.deepEqual(parsed, [await parseFile(folder.path, 'ny.txt'), await parseFile(folder.path, 'nyere.txt')]);
    assert.equal(parsed[0]?.record?.headline, 'Artikel ny');
    assert.deepEqual((await scanInThread(folder.path, since, 1)).parsed, []);
  } finally {
    await folder.remove();
  }
});

test('should store files parsed already when they are as the listing found them, and parse the others', async () => {
  const folder = await temporaryFolder();
  try {
    const content = path.join(folder.path, 'content');
    await mkdir(content);
    for (const name of ['a', 'b']) await writeFile(path.join(content, `${name}.txt`), ARTICLE(`Artikel ${name}`));
    const scanned = scanArticleFiles(content);
    // Parsed already, the one as listed, the other from an older version of the file.
    const a = { ...(await parseFile(content, 'a.txt')), key: 'a.txt parsed already' };
    const b = { ...(await parseFile(content, 'b.txt')), key: 'b.txt before its last change', mtimeMs: (await stat(path.join(content, 'b.txt'))).mtimeMs - 5000 };
    const store = RecordStore.open(path.join(folder.path, 'records'), 'v1');
    await refreshStore(store, content, silentProgress, { scanned, parsed: [a, b] });
    assert.equal(store.files['a.txt']?.key, 'a.txt parsed already');
    assert.equal(store.files['b.txt']?.key, (await parseFile(content, 'b.txt')).key);
    assert.equal(store.files['b.txt']?.record?.headline, 'Artikel b');
    store.close();
  } finally {
    await folder.remove();
  }
});
