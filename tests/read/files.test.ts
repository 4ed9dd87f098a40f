import assert from 'node:assert/strict';
import { mkdir, rename, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import type { ArticleFiles } from '../../src/read/files.ts';
import { listArticleFiles, rescanArticleFiles, scanArticleFiles } from '../../src/read/files.ts';
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

/** A listing as plain arrays, to compare. */
function plain(listing: ArticleFiles | null) {
  return listing && { files: listing.files, sizes: [...listing.sizes], mtimes: [...listing.mtimes] };
}

test('should list again from the touched paths alone, as a whole listing would', async () => {
  const folder = await temporaryFolder();
  try {
    await mkdir(path.join(folder.path, '2021'));
    await mkdir(path.join(folder.path, '.kladder'));
    for (const file of ['2021/a.txt', '2021/b.md', 'c.txt', 'd.txt']) await writeFile(path.join(folder.path, file), file);
    const before = scanArticleFiles(folder.path);
    await writeFile(path.join(folder.path, '2021/a.txt'), 'rettet tekst');
    await writeFile(path.join(folder.path, '2021/ny.txt'), 'ny');
    await rm(path.join(folder.path, 'c.txt'));
    await rename(path.join(folder.path, 'd.txt'), path.join(folder.path, 'e.md'));
    await writeFile(path.join(folder.path, 'noter.docx'), 'ikke en artikel');
    await writeFile(path.join(folder.path, '.kladder/x.txt'), 'skjult');
    await symlink(path.join(folder.path, '2021/b.md'), path.join(folder.path, 'link.txt'));
    const touched = ['2021/a.txt', '2021/ny.txt', 'c.txt', 'd.txt', 'e.md', 'noter.docx', '.kladder/x.txt', 'link.txt', 'aldrig.txt'];
    const after = plain(rescanArticleFiles(folder.path, before, touched));
    assert.deepEqual(after?.files, ['2021/a.txt', '2021/b.md', '2021/ny.txt', 'e.md']);
    assert.deepEqual(after, plain(scanArticleFiles(folder.path)));
    // Nothing touched: the listing as it was.
    assert.deepEqual(plain(rescanArticleFiles(folder.path, before, [])), plain(before));
  } finally {
    await folder.remove();
  }
});

test('should not list again from the touched paths when one is or was a folder, or the root is a file', async () => {
  const folder = await temporaryFolder();
  try {
    await mkdir(path.join(folder.path, '2021'));
    await writeFile(path.join(folder.path, '2021/a.txt'), 'a');
    await writeFile(path.join(folder.path, 'b.txt'), 'b');
    const before = scanArticleFiles(folder.path);
    await mkdir(path.join(folder.path, '2022'));
    assert.equal(rescanArticleFiles(folder.path, before, ['2022']), null);
    await rename(path.join(folder.path, '2021'), path.join(folder.path, 'gammelt'));
    assert.equal(rescanArticleFiles(folder.path, before, ['2021']), null);
    assert.equal(rescanArticleFiles(path.join(folder.path, 'b.txt'), before, ['b.txt']), null);
  } finally {
    await folder.remove();
  }
});
