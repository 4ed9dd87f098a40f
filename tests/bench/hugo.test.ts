import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { hugoPage, writeHugoSite } from '../../bench/hugo.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { CONTENT, temporaryFolder } from '../support/paths.ts';

const TEXT = ' date 2022-02-21T10:30 Kommunen åbner nyt bibliotek\n\nBorgmesteren klippede snoren.\n\nNye lokaler\n\n- Det er en god dag, siger hun.\n\n/ritzau/\n';

test('should convert an article to Markdown with its date, year and month, lead, quotes, subheads and sources', () => {
  const parsed = parseArticle(TEXT, 'bibliotek.txt');
  assert.ok(parsed.ok);
  assert.equal(
    hugoPage(parsed.article),
    [
      '---',
      'title: Kommunen åbner nyt bibliotek',
      'date: 2022-02-21T10:30:00',
      'years:',
      '  - "2022"',
      'months:',
      '  - 2022-02',
      'sources:',
      '  - Ritzau',
      '---',
      '',
      'Borgmesteren klippede snoren.',
      '',
      '## Nye lokaler',
      '',
      '> Det er en god dag, siger hun.',
      '',
    ].join('\n'),
  );
});

test('should give an article dated by month the first of the month, and an undated one no date', () => {
  const month = parseArticle(' date 2021-04 Biden ringer til Putin\n\nSamtalen varede en time.\n', 'a.txt');
  assert.ok(month.ok);
  assert.match(hugoPage(month.article), /^date: 2021-04-01\nyears:\n {2}- "2021"\nmonths:\n {2}- 2021-04\n/m);
  const undated = parseArticle('Biden ringer til Putin\n\nSamtalen varede en time.\n', 'b.txt');
  assert.ok(undated.ok);
  assert.doesNotMatch(hugoPage(undated.article), /^(date|years|months):/m);
});

test('should write a Hugo site of the sample articles that Hugo builds into article, year, month and home pages', async (t) => {
  const folder = await temporaryFolder();
  try {
    const site = path.join(folder.path, 'hugo');
    assert.equal(await writeHugoSite(CONTENT, site), 2);
    assert.deepEqual((await readdir(path.join(site, 'content', 'artikler'))).sort(), ['000001.md', '000002.md']);
    assert.match(await readFile(path.join(site, 'hugo.toml'), 'utf8'), /\[taxonomies\]\n {2}year = "years"\n {2}month = "months"/);
    if (spawnSync('hugo', ['version']).error) {
      t.diagnostic('Hugo is not installed (the benchmark installs the Debian package hugo): the site was not built');
      return;
    }
    const build = spawnSync('hugo', ['--quiet', '--source', site, '--destination', path.join(site, 'public')], { encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    const article = await readFile(path.join(site, 'public', 'artikler', '000001', 'index.html'), 'utf8');
    assert.match(article, /<h1>Biden opfordrer Putin til at dæmpe konflikt med Ukraine<\/h1>/);
    assert.match(article, /<article data-pagefind-body>/);
    const month = await readFile(path.join(site, 'public', 'months', '2021-04', 'index.html'), 'utf8');
    assert.match(month, /Biden opfordrer Putin/);
    for (const file of ['index.html', 'index.xml', 'sitemap.xml', 'years/2021/index.html']) {
      assert.ok((await readFile(path.join(site, 'public', file))).length > 0, file);
    }
  } finally {
    await folder.remove();
  }
});
