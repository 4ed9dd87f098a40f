import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import test from 'node:test';
import { promisify } from 'node:util';
import { runCli } from '../../support/cli.ts';
import { CONTENT, PROJECT_ROOT, SEED_BIDEN_PUTIN } from '../../support/paths.ts';

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
