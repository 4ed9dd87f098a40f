import assert from 'node:assert/strict';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { listArticleFiles, scanArticleFiles } from '../../src/read/files.ts';
import { temporaryFolder } from '../support/paths.ts';

test('should list .txt and .md files recursively in code point order, skipping dot folders', async () => {
  const folder = await temporaryFolder();
  try {
    await mkdir(path.join(folder.path, 'b'));
    await mkdir(path.join(folder.path, '.skjult'));
    for (const file of ['b/z.md', 'a.txt', 'Å.txt', 'noter.docx', '.skjult/x.txt', 'b/a.TXT']) await writeFile(path.join(folder.path, file), 'x');
    assert.deepEqual(await listArticleFiles(folder.path), ['a.txt', 'b/a.TXT', 'b/z.md', 'Å.txt']);
  } finally {
    await folder.remove();
  }
});

test('should give each listed file its size and modification time, also for a single file', async () => {
  const folder = await temporaryFolder();
  try {
    await mkdir(path.join(folder.path, '2021'));
    await writeFile(path.join(folder.path, '2021', 'b.md'), 'tre');
    await writeFile(path.join(folder.path, 'a.txt'), 'seks ord');
    await utimes(path.join(folder.path, 'a.txt'), 1_600_000_000, 1_600_000_000);
    const scanned = scanArticleFiles(folder.path);
    assert.deepEqual(scanned.files, ['2021/b.md', 'a.txt']);
    assert.deepEqual([...scanned.sizes], [3, 8]);
    assert.equal(scanned.mtimes[1], 1_600_000_000_000);
    const single = scanArticleFiles(path.join(folder.path, 'a.txt'));
    assert.deepEqual({ files: single.files, sizes: [...single.sizes], mtimes: [...single.mtimes] }, { files: ['a.txt'], sizes: [8], mtimes: [1_600_000_000_000] });
  } finally {
    await folder.remove();
  }
});
