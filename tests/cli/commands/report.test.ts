import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { runCli } from '../../support/cli.ts';
import { temporaryFolder } from '../../support/paths.ts';

test('should print one table row per file with headline, date, blocks and warnings', async () => {
  const folder = await temporaryFolder();
  try {
    await writeFile(path.join(folder.path, 'a.txt'), ' date 2021-04 Biden ringer til Putin | igen\n\nDe talte i en time.\n\nDet skriver Reuters.\n');
    await writeFile(path.join(folder.path, 'b.txt'), 'Kommunerne vil hjælpe.\n\nMødet er torsdag 24. februar.\n');
    await writeFile(path.join(folder.path, 'c.md'), '---\ndate: 2021-13-40\n---\nTekst.\n');
    const run = await runCli(['report', '.'], folder.path);
    assert.equal(run.code, 0);
    assert.equal(
      run.stdout,
      [
        '| file | headline | date | blocks | warnings |',
        '| --- | --- | --- | ---: | --- |',
        '| a.txt | Biden ringer til Putin \\| igen | 2021-04 (month, prefix) | 2 |  |',
        '| b.txt | Kommunerne vil hjælpe (lead) | 2022-02 (month, inferred) | 1 | headline-from-lead, date-inferred |',
        '| c.md | error: Invalid date `2021-13-40`, expected YYYY, YYYY-MM, YYYY-MM-DD or a date-time such as 2022-02-24T05:10:00+01:00 (line 2) | – | – | date-invalid |',
        '',
        '3 files: 2 articles, 1 error, 2 warnings',
        '',
      ].join('\n'),
    );
  } finally {
    await folder.remove();
  }
});

test('should report a missing folder and exit 1', async () => {
  const run = await runCli(['report', 'nowhere']);
  assert.equal(run.code, 1);
  assert.equal(run.stderr, 'nowhere:1:1  error  Cannot read file: no such file or folder  file-unreadable\n');
});

test('should ask for a folder', async () => {
  const run = await runCli(['report']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^newsarchive: Missing DIR, expected one or more folders or files\n\nUsage: newsarchive report/);
});
