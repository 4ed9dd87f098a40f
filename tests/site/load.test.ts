import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { scanArticleFiles } from '../../src/read/files.ts';
import { scanInThread } from '../../src/site/load.ts';
import { temporaryFolder } from '../support/paths.ts';

test('should list and stat the content folder in a thread as it would be done in place', async () => {
  const folder = await temporaryFolder();
  try {
    await mkdir(path.join(folder.path, '2022'));
    for (const file of ['2022/a.txt', '2022/b.md', 'c.txt', 'noter.docx']) await writeFile(path.join(folder.path, file), file);
    const scanned = await scanInThread(folder.path);
    assert.deepEqual(scanned.files, ['2022/a.txt', '2022/b.md', 'c.txt']);
    assert.deepEqual(scanned, scanArticleFiles(folder.path));
    await assert.rejects(scanInThread(path.join(folder.path, 'mangler')), { code: 'ENOENT', message: /no such file or directory/ });
  } finally {
    await folder.remove();
  }
});
