import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { promisify } from 'node:util';
import { runCli } from '../../support/cli.ts';
import { CONTENT, PROJECT_ROOT, SEED_BIDEN_PUTIN, temporaryFolder } from '../../support/paths.ts';

test('should print the records of a folder as {articles, errors}', async () => {
  const run = await runCli(['parse', '--json', 'content']);
  assert.equal(run.code, 0);
  const output = JSON.parse(run.stdout);
  assert.deepEqual(Object.keys(output), ['articles', 'errors']);
  assert.deepEqual(output.errors, []);
  assert.equal(output.articles.length, 2);
  const [first, second] = output.articles;
  assert.deepEqual(Object.keys(first).slice(0, 11), ['id', 'file', 'url', 'headline', 'headlineSource', 'lead', 'date', 'body', 'sources', 'topics', 'warnings']);
  assert.equal(first.id, '000_0414b4989c13cfe9');
  assert.equal(first.file, '000_0414b4989c13cfe9.txt');
  assert.equal(first.url, '/2021/04/biden-opfordrer-putin-til-at-daempe-konflikt-med-ukraine/');
  assert.equal(first.headline, 'Biden opfordrer Putin til at dæmpe konflikt med Ukraine');
  assert.deepEqual(first.date, { iso: '2021-04', precision: 'month', source: 'prefix' });
  assert.deepEqual(first.body[11], {
    kind: 'quote',
    text: 'Rusland skal øjeblikkeligt stoppe denne militære optrapning i og omkring Ukraine og stoppe sine provokationer, lyder det.',
    line: 25,
  });
  assert.equal(second.id, '003_223020df63043bca');
  assert.deepEqual(second.sources, ['Ritzau', 'Reuters']);
  assert.equal(second.lead, 'Joe Biden har aftalt at mødes med Vladimir Putin, på betingelse af at Rusland ikke invaderer Ukraine.');
});

test('should name a single file by its base name', async () => {
  const run = await runCli(['parse', '--json', path.join(CONTENT, SEED_BIDEN_PUTIN)]);
  const output = JSON.parse(run.stdout);
  assert.equal(output.articles[0].file, SEED_BIDEN_PUTIN);
});

test('should list a missing path under errors and exit 1', async () => {
  const run = await runCli(['parse', '--json', 'nowhere']);
  assert.equal(run.code, 1);
  assert.deepEqual(JSON.parse(run.stdout).errors, [
    { file: 'nowhere', line: 1, column: 1, code: 'file-unreadable', message: 'Cannot read file: no such file or folder' },
  ]);
});

test('should reject an unknown option with exit code 2', async () => {
  const run = await runCli(['parse', '--jsn', 'content']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^newsarchive: Unknown option `--jsn`\n\nUsage: newsarchive parse/);
});

test('should run as the installed bin', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(PROJECT_ROOT, 'bin/newsarchive.js'), 'parse', '--json', 'content'], {
    cwd: PROJECT_ROOT,
  });
  assert.equal(JSON.parse(stdout).articles.length, 2);
});

/** Good and broken files side by side: every file ends up as an article or an error. */
async function writeMixedFolder(root: string): Promise<number> {
  const files: Record<string, string | Buffer> = {
    'god.txt': ' date 2022-02-21 Kommunen åbner nyt bibliotek\n\nBorgmesteren klippede snoren.\n',
    'markdown.md': '---\ntitle: Markdown med front matter\ndate: 2022-02-24T05:10:00+01:00\n---\nTekst.\n',
    'gammel.txt': Buffer.from([0x4f, 0x76, 0x65, 0x72, 0x73, 0x6b, 0x72, 0x69, 0x66, 0x74, 0x0a, 0x0a, 0x52, 0xf8, 0x64, 0x67, 0x72, 0xf8, 0x64, 0x2e, 0x0a]),
    'tom.txt': '',
    'billede.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
    'blandet.txt': Buffer.concat([Buffer.from('Overskrift\n\nRødgrød\n', 'utf8'), Buffer.from([0x66, 0x6c, 0xf8, 0x64, 0x65, 0x0a])]),
    'yaml.md': '---\ntitle: "Uafsluttet\n---\nTekst.\n',
    'dato.md': '---\ntitle: Forkert dato\ndate: 2021-13-40\n---\nTekst.\n',
    'slug.md': '---\ntitle: Farlig slug\nslug: ../../uden-for\n---\nTekst.\n',
    'a/samme.txt': '---\nid: samme\n---\nFørste overskrift\n\nTekst.\n',
    'b/samme.md': '---\ntitle: Anden overskrift\nid: samme\n---\nTekst.\n',
  };
  await mkdir(path.join(root, 'a'), { recursive: true });
  await mkdir(path.join(root, 'b'), { recursive: true });
  for (const [file, content] of Object.entries(files)) await writeFile(path.join(root, file), content);
  await writeFile(path.join(root, 'stor.txt'), '');
  await truncate(path.join(root, 'stor.txt'), 5 * 1024 * 1024 + 1);
  return Object.keys(files).length + 1;
}

test('should list every input file as an article or an error, with file, line and message', async () => {
  const folder = await temporaryFolder();
  try {
    const count = await writeMixedFolder(folder.path);
    const run = await runCli(['parse', '--json', '.'], folder.path);
    assert.equal(run.code, 1);
    const output = JSON.parse(run.stdout) as { articles: { file: string }[]; errors: { file: string }[] };
    assert.deepEqual(output.articles.map((article) => article.file), ['a/samme.txt', 'gammel.txt', 'god.txt', 'markdown.md']);
    assert.deepEqual(output.errors, [
      { file: 'billede.txt', line: 1, column: 1, code: 'file-binary', message: 'Unexpected binary data, expected text' },
      { file: 'blandet.txt', line: 4, column: 1, code: 'encoding-undecodable', message: 'Undecodable bytes, expected UTF-8 or Windows-1252 text (looks like UTF-8 mixed with Windows-1252)' },
      { file: 'dato.md', line: 3, column: 1, code: 'date-invalid', message: 'Invalid date `2021-13-40`, expected YYYY, YYYY-MM, YYYY-MM-DD or a date-time such as 2022-02-24T05:10:00+01:00' },
      { file: 'slug.md', line: 3, column: 1, code: 'slug-unsafe', message: 'Unsafe slug `../../uden-for`, expected one URL segment of letters, digits and dashes' },
      { file: 'stor.txt', line: 1, column: 1, code: 'file-too-large', message: 'File of 5.1 MB is too large, expected at most 5 MB' },
      { file: 'tom.txt', line: 1, column: 1, code: 'file-empty', message: 'Empty file, expected article text' },
      { file: 'yaml.md', line: 2, column: 19, code: 'front-matter-invalid', message: 'Invalid YAML front matter: Missing closing "quote' },
      { file: 'b/samme.md', line: 3, column: 1, code: 'id-duplicate', message: 'Duplicate id `samme`, already used by a/samme.txt' },
    ]);
    assert.equal(output.articles.length + output.errors.length, count);
  } finally {
    await folder.remove();
  }
});
