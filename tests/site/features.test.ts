import assert from 'node:assert/strict';
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { runCli } from '../support/cli.ts';
import { CONTENT, temporaryFolder } from '../support/paths.ts';

const BASE = 'https://arkiv.example.dk';
const PREFIX = '/arkiv/';
let folder: Awaited<ReturnType<typeof temporaryFolder>>;
let output: string;

const read = (file: string) => readFile(path.join(output, file), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

before(async () => {
  folder = await temporaryFolder();
  const content = path.join(folder.path, 'content');
  await cp(CONTENT, content, { recursive: true });
  await mkdir(path.join(content, '2022'));
  await writeFile(
    path.join(content, '2022', 'nato-topmoede.md'),
    [
      '---',
      'title: Nato samles til topmøde om Ukraine',
      'lead: Stats- og regeringscheferne mødes i Bruxelles.',
      'date: 2022-03-24T09:30:00+01:00',
      'tags: [Nato, Ukraine]',
      'sources: [Ritzau]',
      'aliases: [/gammel/nato-topmoede/]',
      '---',
      'Joe Biden og Vladimir Putin nævnes begge. Nato mødes torsdag i Bruxelles, hvor Ukraine er på dagsordenen.',
      '',
      '- Vi står sammen, siger Jens Stoltenberg.',
      '',
    ].join('\n'),
  );
  output = path.join(folder.path, 'site');
  const run = await runCli(['build', '--content', content, '--output', output, '--cache-dir', path.join(folder.path, 'cache'), '--base-url', BASE, '--path-prefix', PREFIX]);
  assert.equal(run.code, 0, run.stderr);
});

after(() => folder.remove());

test('should keep every link and asset inside the path prefix', async () => {
  const pages = (await filesUnder(output)).filter((file) => file.endsWith('.html'));
  assert.ok(pages.length > 10);
  for (const page of pages) {
    const html = await read(page);
    for (const [, attribute, url] of html.matchAll(/\s(href|src|content)="([^"]*)"/g)) {
      if (attribute === 'content' && !url?.startsWith('/') && !url?.startsWith('http') && !url?.includes('url=')) continue;
      const target = url?.replace(/^0; url=/, '') ?? '';
      const inside = target.startsWith(PREFIX) || target.startsWith(`${BASE}${PREFIX}`) || target.startsWith('#') || target.startsWith('https://schema.org');
      assert.ok(inside || !/^(?:\/|https?:)/.test(target), `${page}: ${attribute}="${url}" leaves ${PREFIX}`);
    }
  }
});

test('should write an Atom feed that parses and has the required elements', async () => {
  const text = await read('feed.xml');
  assert.equal(XMLValidator.validate(text), true);
  const { feed } = xml.parse(text);
  assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
  assert.equal(feed.title, 'Nyhedsarkivet');
  assert.equal(feed.id, `${BASE}${PREFIX}`);
  // Dates go through the RSS plugin's dateToRfc3339: the same instant, in UTC.
  assert.equal(feed.updated, '2022-03-24T08:30:00Z');
  const entries = [feed.entry].flat();
  // The undated sample is estimated to February 2022 once the archive reaches 2022.
  assert.equal(entries.length, 3);
  const [newest] = entries;
  assert.equal(newest.title, 'Nato samles til topmøde om Ukraine');
  assert.equal(newest.id, `${BASE}${PREFIX}2022/03/nato-samles-til-topmoede-om-ukraine/`);
  assert.equal(newest.link['@href'], newest.id);
  assert.equal(newest.published, '2022-03-24T08:30:00Z');
  assert.equal(newest.updated, '2022-03-24T08:30:00Z');
  assert.equal(newest.summary, 'Stats- og regeringscheferne mødes i Bruxelles.');
  assert.match(newest.content['#text'], /^<p>Joe Biden og Vladimir Putin nævnes begge\./);
  // The estimated date is not published as a fact: no <published>, and the epoch as <updated>.
  const estimated = entries[1];
  assert.equal(estimated.published, undefined);
  assert.equal(estimated.updated, '1970-01-01T00:00:00Z');
  assert.equal(entries[2].published, '2021-03-31T22:00:00Z');
});

test('should write a JSON Feed, a feed per topic, a sitemap and robots.txt', async () => {
  const feed = JSON.parse(await read('feed.json'));
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(feed.feed_url, `${BASE}${PREFIX}feed.json`);
  assert.equal(feed.items[0].title, 'Nato samles til topmøde om Ukraine');
  assert.equal(feed.items[0].date_published, '2022-03-24T08:30:00Z');
  assert.equal(feed.items[1].date_published, undefined, 'an estimated date is not published');
  assert.equal(feed.items[2].date_published, '2021-03-31T22:00:00Z');

  const topicFeed = await read('emner/nato/feed.xml');
  assert.equal(XMLValidator.validate(topicFeed), true);
  assert.equal(xml.parse(topicFeed).feed.title, 'Nato · Nyhedsarkivet');

  const index = await read('sitemap.xml');
  assert.equal(XMLValidator.validate(index), true);
  const sitemaps = [xml.parse(index).sitemapindex.sitemap].flat().map((entry: { loc: string; lastmod?: string }) => [entry.loc, entry.lastmod ?? null]);
  assert.deepEqual(sitemaps, [
    [`${BASE}${PREFIX}sitemap-sider.xml`, '2022-03-24T09:30:00+01:00'],
    [`${BASE}${PREFIX}sitemap-2022.xml`, '2022-03-24T09:30:00+01:00'],
    [`${BASE}${PREFIX}sitemap-2021.xml`, '2021-04-01T00:00:00+02:00'],
    [`${BASE}${PREFIX}sitemap-udateret.xml`, null],
  ]);
  const texts = await Promise.all(sitemaps.map(([loc]) => read((loc as string).slice(`${BASE}${PREFIX}`.length))));
  for (const text of texts) assert.equal(XMLValidator.validate(text), true);
  const sitemap = texts.join('\n');
  const urls = texts.flatMap((text) => [xml.parse(text).urlset.url].flat() as { loc: string; lastmod?: string }[]);
  const locations = urls.map((entry) => entry.loc);
  const articlePages = (await filesUnder(output)).filter((file) => /^(?:\d{4}\/\d{2}|udateret)\/[^/]+\/index\.html$/.test(file) && !file.includes('side-'));
  assert.equal(articlePages.length, 3);
  for (const page of articlePages) assert.ok(locations.includes(`${BASE}${PREFIX}${page.replace(/index\.html$/, '')}`), page);
  assert.match(sitemap, /<url><loc>https:\/\/arkiv\.example\.dk\/arkiv\/2022\/03\/nato-samles-til-topmoede-om-ukraine\/<\/loc><lastmod>2022-03-24T09:30:00\+01:00<\/lastmod><\/url>/);
  const lastmods = new Map(urls.map((entry) => [entry.loc.slice(BASE.length), entry.lastmod ?? null]));
  for (const [url, lastmod] of [
    ['/arkiv/', '2022-03-24T09:30:00+01:00'],
    ['/arkiv/2022/', '2022-03-24T09:30:00+01:00'],
    ['/arkiv/2021/', '2021-04-01T00:00:00+02:00'],
    ['/arkiv/2021/04/', '2021-04-01T00:00:00+02:00'],
    ['/arkiv/emner/', '2022-03-24T09:30:00+01:00'],
    ['/arkiv/emner/krim/', '2021-04-01T00:00:00+02:00'],
    ['/arkiv/soeg/', '2022-03-24T09:30:00+01:00'],
  ]) {
    assert.equal(lastmods.get(url as string), lastmod, url);
  }
  // Only the pages of articles without a date of their own (here the estimated one) have none.
  assert.deepEqual([...lastmods].filter(([, lastmod]) => lastmod === null).map(([url]) => url), [...lastmods.keys()].filter((url) => url.startsWith('/arkiv/udateret/') && url !== '/arkiv/udateret/'));

  assert.equal(await read('robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${BASE}${PREFIX}sitemap.xml\n`);
});

test('should describe each article with JSON-LD, Open Graph and a canonical URL', async () => {
  const html = await read('2022/03/nato-samles-til-topmoede-om-ukraine/index.html');
  const [, json] = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html) ?? [];
  const data = JSON.parse(json ?? '');
  assert.equal(data['@type'], 'NewsArticle');
  assert.equal(data.headline, 'Nato samles til topmøde om Ukraine');
  assert.equal(data.datePublished, '2022-03-24T09:30+01:00');
  assert.equal(data.description, 'Stats- og regeringscheferne mødes i Bruxelles.');
  assert.equal(data.inLanguage, 'da');
  assert.deepEqual(data.sourceOrganization, [{ '@type': 'Organization', name: 'Ritzau' }]);
  assert.match(html, /<link rel="canonical" href="https:\/\/arkiv\.example\.dk\/arkiv\/2022\/03\/nato-samles-til-topmoede-om-ukraine\/">/);
  assert.match(html, /<meta property="og:title" content="Nato samles til topmøde om Ukraine">/);

  const month = await read('2021/04/biden-opfordrer-putin-til-at-daempe-konflikt-med-ukraine/index.html');
  const monthData = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(month)?.[1] ?? '');
  assert.equal(monthData.datePublished, '2021-04', 'the precision known, no made-up day');
  assert.match(month, /<meta property="article:published_time" content="2021-04">/);

  // The estimated date is shown on the page as such, but not published as a fact.
  const [estimatedPage] = (await filesUnder(output)).filter((file) => /^udateret\/[^/]+\/index\.html$/.test(file));
  const estimated = await read(estimatedPage ?? '');
  assert.match(estimated, /anslået dato/);
  const estimatedData = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(estimated)?.[1] ?? '');
  assert.equal(estimatedData.datePublished, undefined);
  assert.doesNotMatch(estimated, /article:published_time/);
});

test('should show topics and related articles on the article page', async () => {
  const html = await read('2022/03/nato-samles-til-topmoede-om-ukraine/index.html');
  assert.match(html, /<a class="tag" href="\/arkiv\/emner\/nato\/">Nato<\/a>/);
  assert.match(html, /<h2 class="article__aside-title" id="relaterede-titel">Relaterede artikler<\/h2>/);
  const topic = await read('emner/nato/index.html');
  assert.match(topic, /<h1 class="page-title">Nato<\/h1>/);
  const index = await read('emner/index.html');
  assert.match(index, /<a href="\/arkiv\/emner\/joe-biden\/">Joe Biden<\/a> <span class="count">3 artikler<\/span>/);
  // Every topic has a page, also one that a single article names.
  assert.match(index, /<a href="\/arkiv\/emner\/krim\/">Krim<\/a> <span class="count">1 artikel<\/span>/);
  assert.match(await read('emner/krim/index.html'), /<h1 class="page-title">Krim<\/h1>/);
  assert.match(await read('2021/04/biden-opfordrer-putin-til-at-daempe-konflikt-med-ukraine/index.html'), /<a class="tag" href="\/arkiv\/emner\/krim\/">Krim<\/a>/);
  const listed = [...index.matchAll(/<li><a href="[^"]*">([^<]*)<\/a> <span class="count">/g)].map((match) => match[1] ?? '');
  assert.deepEqual(listed, [...listed].sort(new Intl.Collator('da', { sensitivity: 'base' }).compare));
  assert.match(index, new RegExp(`<p class="page-intro">${listed.length} personer, steder og organisationer, som artiklerne nævner\\.</p>`));
});

test('should redirect an alias to its article', async () => {
  const html = await read('gammel/nato-topmoede/index.html');
  assert.match(html, /<meta http-equiv="refresh" content="0; url=\/arkiv\/2022\/03\/nato-samles-til-topmoede-om-ukraine\/">/);
  assert.match(html, /<link rel="canonical" href="https:\/\/arkiv\.example\.dk\/arkiv\/2022\/03\/nato-samles-til-topmoede-om-ukraine\/">/);
});

test('should point the search page at its index under the prefix, one part for neighbouring years', async () => {
  const html = await read('soeg/index.html');
  assert.match(html, /<script src="\/arkiv\/pagefind\/2021-2022\/pagefind-ui\.js" defer><\/script>/);
  assert.match(html, /data-bundles="\[&quot;\/arkiv\/pagefind\/2021-2022\/&quot;\]"/);
  assert.deepEqual(await readdir(path.join(output, 'pagefind')), ['2021-2022']);
  assert.ok((await filesUnder(path.join(output, 'pagefind', '2021-2022'))).includes('pagefind-entry.json'));
});
