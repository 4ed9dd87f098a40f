import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { runCli } from '../../support/cli.ts';
import { temporaryFolder } from '../../support/paths.ts';

test('should build the good articles next to a broken file, exit 0, and exit 1 with --strict', async () => {
  const folder = await temporaryFolder();
  try {
    const content = path.join(folder.path, 'content');
    await mkdir(content);
    await writeFile(path.join(content, 'god.txt'), ' date 2022-02-21 Kommunen åbner nyt bibliotek\n\nBorgmesteren klippede snoren.\n');
    await writeFile(path.join(content, 'dato.md'), '---\ntitle: Forkert dato\ndate: 2021-13-40\n---\nTekst.\n');
    const output = path.join(folder.path, 'site');
    const run = await runCli(['build', '--content', 'content', '--output', 'site'], folder.path);
    assert.equal(run.code, 0);
    assert.equal(
      run.stderr,
      'content/dato.md:3:1  error  Invalid date `2021-13-40`, expected YYYY, YYYY-MM, YYYY-MM-DD or a date-time such as 2022-02-24T05:10:00+01:00  date-invalid\n',
    );
    assert.match(run.stdout, /^Built \d+ pages from 1 article into site\/ in \d+\.\d s: 1 error, 0 warnings\n$/);
    assert.deepEqual(await readdir(path.join(output, '2022', '02')), ['index.html', 'kommunen-aabner-nyt-bibliotek']);
    const strict = await runCli(['build', '--strict', '--content', 'content', '--output', 'site'], folder.path);
    assert.equal(strict.code, 1);
  } finally {
    await folder.remove();
  }
});

test('should name a content folder that is not there, exit 2 and leave no output', async () => {
  const folder = await temporaryFolder();
  try {
    const run = await runCli(['build', '--content', 'artikler', '--output', 'site'], folder.path);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'newsarchive: artikler: no such folder or file: name the articles with --content DIR or `content` in newsarchive.config.json\n');
    assert.equal(run.stdout, '');
    assert.deepEqual(await readdir(folder.path), []);
  } finally {
    await folder.remove();
  }
});

test('should print the summary as JSON with --json: counts, mode and the time of each phase', async () => {
  const folder = await temporaryFolder();
  try {
    const content = path.join(folder.path, 'content');
    await mkdir(content);
    await writeFile(path.join(content, 'god.txt'), ' date 2022-02-21 Kommunen åbner nyt bibliotek\n\nBorgmesteren klippede snoren.\n');
    await writeFile(path.join(content, 'tom.txt'), '');
    const args = ['build', '--json', '--content', 'content', '--output', 'site', '--cache-dir', 'cache'];
    const first = await runCli(args, folder.path);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stderr, 'content/tom.txt:1:1  error  Empty file, expected article text  file-empty\n');
    const summary = JSON.parse(first.stdout);
    const { milliseconds, ...counts } = summary;
    assert.deepEqual(counts, { mode: 'full', files: 2, articles: 1, pages: counts.pages, rendered: counts.pages, removed: 0, searchParts: 1, errors: 1, warnings: 0, output: path.join(folder.path, 'site') });
    assert.ok(counts.pages > 10);
    assert.deepEqual(Object.keys(milliseconds), ['total', 'read', 'plan', 'render', 'search']);
    for (const value of Object.values(milliseconds)) assert.ok(Number.isInteger(value) && (value as number) >= 0);
    assert.ok(milliseconds.total >= milliseconds.read + milliseconds.plan);

    await writeFile(path.join(content, 'god.txt'), ' date 2022-02-21 Kommunen åbner nyt bibliotek\n\nBorgmesteren klippede snoren i går.\n');
    const again = JSON.parse((await runCli(args, folder.path)).stdout);
    assert.equal(again.mode, 'incremental');
    // The article and the two feeds, which carry its text.
    assert.equal(again.rendered, 3);
    assert.equal(again.searchParts, 1);
  } finally {
    await folder.remove();
  }
});

test('should take the site title and description from flags over the config file', async () => {
  const folder = await temporaryFolder();
  try {
    const content = path.join(folder.path, 'content');
    await mkdir(content);
    await writeFile(path.join(content, 'god.txt'), ' date 2022-02-21 Kommunen åbner nyt bibliotek\n\nBorgmesteren klippede snoren.\n');
    const run = await runCli(['build', '--quiet', '--content', 'content', '--output', 'site', '--title', 'Lokalarkivet', '--description', 'Nyheder fra & om kommunen'], folder.path);
    assert.equal(run.code, 0, run.stderr);
    const home = await readFile(path.join(folder.path, 'site', 'index.html'), 'utf8');
    assert.match(home, /<meta name="description" content="Nyheder fra &amp; om kommunen">/);
    assert.match(home, /<p>Lokalarkivet · Nyheder fra &amp; om kommunen<\/p>/);
    assert.match(await readFile(path.join(folder.path, 'site', 'feed.xml'), 'utf8'), /<subtitle>Nyheder fra &amp; om kommunen<\/subtitle>/);
  } finally {
    await folder.remove();
  }
});
