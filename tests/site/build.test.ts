import assert from 'node:assert/strict';
import { appendFile, cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { buildSite } from '../../src/site/build.ts';
import type { Renderer } from '../../src/site/renderer.ts';
import { BuildSession } from '../../src/site/session.ts';
import { loadSettings } from '../../src/site/settings.ts';
import { runCli } from '../support/cli.ts';
import { CONTENT, PROJECT_ROOT, SEED_MEETING, temporaryFolder } from '../support/paths.ts';

const ARTICLE = '2021/04/biden-opfordrer-putin-til-at-daempe-konflikt-med-ukraine/index.html';
const UNDATED = 'udateret/biden-og-putin-er-gaaet-med-til-at-moedes-om-ukraine-konflikt/index.html';

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

test('should build the sample content into a browsable site', async () => {
  const folder = await temporaryFolder();
  try {
    const output = path.join(folder.path, 'site');
    const run = await runCli(['build', '--output', output, '--cache-dir', path.join(folder.path, 'cache')]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Built 54 pages from 2 articles into .*site\/ in \d+\.\d s: 0 errors, 1 warning\n$/);

    const files = await listFiles(output);
    assert.deepEqual(
      files.filter((file) => !file.startsWith('pagefind/')),
      [
        '.newsarchive',
        '2021/04/biden-opfordrer-putin-til-at-daempe-konflikt-med-ukraine/index.html',
        '2021/04/index.html',
        '2021/index.html',
        '2022/02/index.html',
        '2022/index.html',
        '404.html',
        'assets/favicon.svg',
        'assets/search.js',
        'assets/site.css',
        'emner/antony-blinken/feed.xml',
        'emner/antony-blinken/index.html',
        'emner/delaware/feed.xml',
        'emner/delaware/index.html',
        'emner/det-hvide-hus/feed.xml',
        'emner/det-hvide-hus/index.html',
        'emner/elysee/feed.xml',
        'emner/elysee/index.html',
        'emner/emmanuel-macron/feed.xml',
        'emner/emmanuel-macron/index.html',
        'emner/frankrig/feed.xml',
        'emner/frankrig/index.html',
        'emner/index.html',
        'emner/iran/feed.xml',
        'emner/iran/index.html',
        'emner/jens-stoltenberg/feed.xml',
        'emner/jens-stoltenberg/index.html',
        'emner/joe-biden/feed.xml',
        'emner/joe-biden/index.html',
        'emner/kreml/feed.xml',
        'emner/kreml/index.html',
        'emner/krim/feed.xml',
        'emner/krim/index.html',
        'emner/nato/feed.xml',
        'emner/nato/index.html',
        'emner/rusland/feed.xml',
        'emner/rusland/index.html',
        'emner/sergej-lavrov/feed.xml',
        'emner/sergej-lavrov/index.html',
        'emner/ukraine/feed.xml',
        'emner/ukraine/index.html',
        'emner/usa/feed.xml',
        'emner/usa/index.html',
        'emner/vladimir-putin/feed.xml',
        'emner/vladimir-putin/index.html',
        'emner/volodimir-zelenskij/feed.xml',
        'emner/volodimir-zelenskij/index.html',
        'feed.json',
        'feed.xml',
        'index.html',
        'robots.txt',
        'sitemap-2021.xml',
        'sitemap-sider.xml',
        'sitemap-udateret.xml',
        'sitemap.xml',
        'soeg/index.html',
        'udateret/biden-og-putin-er-gaaet-med-til-at-moedes-om-ukraine-konflikt/index.html',
        'udateret/index.html',
      ],
    );
    // One part of the search index for both years: 2022 is the second sample's estimated date.
    assert.deepEqual(files.filter((file) => file.endsWith('pagefind-entry.json')), ['pagefind/2021-2022/pagefind-entry.json']);

    const article = await readFile(path.join(output, ARTICLE), 'utf8');
    assert.match(article, /^<!doctype html>\n<html lang="da">/);
    assert.match(article, /<h1 class="article__headline">Biden opfordrer Putin til at dæmpe konflikt med Ukraine<\/h1>/);
    assert.match(article, /<time datetime="2021-04">april 2021<\/time>/);
    assert.match(article, /<p>Det fremgår af en meddelelse fra Det Hvide Hus tirsdag\.<\/p>/);
    assert.match(article, /<blockquote>\n<p>Rusland skal øjeblikkeligt stoppe denne militære optrapning/);

    // The second sample states no date; it is estimated to February 2022 but keeps an undated URL.
    const undated = await readFile(path.join(output, UNDATED), 'utf8');
    assert.match(undated, /<time datetime="2022-02">februar 2022<\/time> <span class="badge" title="[^"]+">anslået dato<\/span>/);
    assert.match(undated, /<p class="article__lead">Joe Biden har aftalt at mødes med Vladimir Putin, på betingelse af at Rusland ikke invaderer Ukraine\.<\/p>/);
    assert.match(undated, /<span class="label">Kilde:<\/span> Ritzau, Reuters/);
    assert.doesNotMatch(undated, /Artiklen fortsætter/);

    const home = await readFile(path.join(output, 'index.html'), 'utf8');
    assert.match(home, /<li class="m4"><a href="\/2021\/04\/" aria-label="april 2021: 1 artikel">apr <span class="year-row__count">1<\/span><\/a><\/li>/);
    assert.match(home, /<a href="\/2021\/04\/" aria-label="april 2021: 1 artikel"><title>april 2021: 1 artikel<\/title><rect class="chart__bar"/);
    assert.match(home, /href="\/2021\/04\/biden-opfordrer-putin-til-at-daempe-konflikt-med-ukraine\/"/);

    const month = await readFile(path.join(output, '2021/04/index.html'), 'utf8');
    assert.match(month, /<h1 class="page-title">April 2021<\/h1>/);
    assert.match(month, /Dato kendt til måneden/);

    const feed = await readFile(path.join(output, 'feed.xml'), 'utf8');
    assert.match(feed, /<title>Biden opfordrer Putin til at dæmpe konflikt med Ukraine<\/title>/);
  } finally {
    await folder.remove();
  }
});

test('should escape a headline that contains markup', async () => {
  const folder = await temporaryFolder();
  try {
    const content = path.join(folder.path, 'content');
    await mkdir(content);
    await writeFile(path.join(content, 'farlig.txt'), ' date 2022-02-21 Et <script>alert("x")</script> & "citat"\n\nBrødtekst med <b>fed</b>.\n');
    const output = path.join(folder.path, 'site');
    const run = await runCli(['build', '--content', content, '--output', output, '--cache-dir', path.join(folder.path, 'cache')]);
    assert.equal(run.code, 0, run.stderr);
    const [file] = (await listFiles(output)).filter((name) => name.startsWith('2022/02/21') || name.startsWith('2022/02/et-'));
    assert.ok(file, 'article page written');
    const html = await readFile(path.join(output, file), 'utf8');
    assert.doesNotMatch(html, /<script>/);
    assert.doesNotMatch(html, /<b>fed<\/b>/);
    assert.match(html, /Et &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &quot;citat&quot;<\/h1>/);
    assert.match(html, /Brødtekst med &#x3C;b>fed&#x3C;\/b>\./);
  } finally {
    await folder.remove();
  }
});

test('should leave the previous site in place when a build fails', async () => {
  const folder = await temporaryFolder();
  try {
    const output = path.join(folder.path, 'site');
    assert.equal((await runCli(['build', '--output', output, '--cache-dir', path.join(folder.path, 'cache')])).code, 0);
    const before = await listFiles(output);
    // The folder goes missing after the settings were read: the build itself fails.
    const settings = { ...(await loadSettings(PROJECT_ROOT)), content: path.join(folder.path, 'missing'), output };
    await assert.rejects(buildSite(settings, { cacheDir: path.join(folder.path, 'cache') }), /ENOENT: no such file or directory/);
    assert.deepEqual(await listFiles(output), before);
    assert.deepEqual((await readdir(folder.path)).sort(), ['cache', 'site']);
  } finally {
    await folder.remove();
  }
});

test('should free the cache folder and stop its threads when the record store cannot be opened', async () => {
  const folder = await temporaryFolder();
  try {
    const cache = path.join(folder.path, 'cache');
    await mkdir(cache);
    // A file where the store's folder belongs.
    await writeFile(path.join(cache, 'records'), '');
    const settings = { ...(await loadSettings(PROJECT_ROOT)), output: path.join(folder.path, 'site') };
    await assert.rejects(buildSite(settings, { cacheDir: cache }), /EEXIST: file already exists, mkdir/);
    // No lock is left behind: the next build may take the folder.
    assert.deepEqual(await readdir(cache), ['records']);
  } finally {
    await folder.remove();
  }
});

/** A session whose render thread fails every job, as a template that throws would make it. */
class FailingRenderSession extends BuildSession {
  override renderer(): Renderer {
    const failing = { usable: true, render: () => Promise.reject(new Error('Rendering failed: a template threw')), close: async () => {} };
    return failing as unknown as Renderer;
  }
}

test('should keep the last manifest and summary, and leave nothing beside them, when rendering fails', async () => {
  const folder = await temporaryFolder();
  try {
    const content = path.join(folder.path, 'content');
    const cache = path.join(folder.path, 'cache');
    const output = path.join(folder.path, 'site');
    await cp(CONTENT, content, { recursive: true });
    const settings = { ...(await loadSettings(PROJECT_ROOT)), content, output };
    await buildSite(settings, { cacheDir: cache });
    const manifest = await readFile(path.join(cache, 'manifest'), 'utf8');
    const summary = await readFile(path.join(cache, 'summary.json'), 'utf8');
    const pages = await listFiles(output);
    await appendFile(path.join(content, SEED_MEETING), '\nEt nyt afsnit til sidst.\n');
    const session = new FailingRenderSession();
    try {
      await assert.rejects(buildSite(settings, { cacheDir: cache, session }), /Rendering failed: a template threw/);
    } finally {
      await session.close();
    }
    assert.deepEqual((await readdir(cache)).sort(), ['manifest', 'records', 'summary.json']);
    assert.equal(await readFile(path.join(cache, 'manifest'), 'utf8'), manifest);
    assert.equal(await readFile(path.join(cache, 'summary.json'), 'utf8'), summary);
    assert.deepEqual(await listFiles(output), pages);
    assert.deepEqual((await readdir(folder.path)).sort(), ['cache', 'content', 'site']);
  } finally {
    await folder.remove();
  }
});
