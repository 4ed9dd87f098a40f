import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import type { ListPage, Summary } from '../../src/archive/index.ts';
import { buildArchive, PAGE_SIZE, paginate, SITEMAP_LIMIT, sitemapsOf } from '../../src/archive/index.ts';
import { enrichCorpus } from '../../src/enrich/index.ts';
import type { ArticleDate, ParsedArticle } from '../../src/model/index.ts';
import { APRIL_2021, parsedArticle, THURSDAY_24_FEBRUARY } from '../support/records.ts';

const at = (iso: string, precision: ArticleDate['precision']): ArticleDate => ({ iso, precision, source: 'front-matter' });
const withTags = (article: ParsedArticle, tags: string[]): ParsedArticle => ({ ...article, tags });

test('should give every page of the sitemap the newest date it shows, estimates left out', () => {
  const corpus = enrichCorpus([
    withTags(parsedArticle('april', at('2021-04', 'month')), ['Nato']),
    withTags(parsedArticle('maj', at('2021-05-03T10:15', 'minute')), ['Nato', 'Krim']),
    withTags(parsedArticle('marts', at('2022-03-01', 'day')), ['Krim']),
    withTags(parsedArticle('anslaaet', null, [THURSDAY_24_FEBRUARY]), ['Skøn']),
    withTags(parsedArticle('udateret', null), ['Skøn']),
  ]);
  assert.deepEqual(corpus.articles.find((article) => article.id === 'anslaaet')?.date?.source, 'inferred');
  const { sitemap, sitemapIndex } = buildArchive(corpus).pages;
  // The list pages' sitemap, then one per year of article addresses, newest first, undated last.
  assert.deepEqual(
    sitemapIndex.flatMap((page) => page.sitemaps.map(({ url, lastmod }) => [page.url, url, lastmod?.iso ?? null])),
    [
      ['/sitemap.xml', '/sitemap-sider.xml', '2022-03-01'],
      ['/sitemap.xml', '/sitemap-2022.xml', '2022-03-01'],
      ['/sitemap.xml', '/sitemap-2021.xml', '2021-05-03T10:15'],
      ['/sitemap.xml', '/sitemap-udateret.xml', null],
    ],
  );
  assert.deepEqual(sitemap.map((page) => page.url), ['/sitemap-sider.xml', '/sitemap-2022.xml', '/sitemap-2021.xml', '/sitemap-udateret.xml']);
  assert.deepEqual(
    sitemap.flatMap((page) => page.entries).map(({ url, lastmod }) => [url, lastmod?.iso ?? null]),
    [
      ['/', '2022-03-01'],
      ['/2022/', '2022-03-01'],
      ['/2021/', '2021-05-03T10:15'],
      ['/2022/03/', '2022-03-01'],
      // Only the estimated article: no date of its own, so the archive's newest.
      ['/2022/02/', '2022-03-01'],
      ['/2021/05/', '2021-05-03T10:15'],
      ['/2021/04/', '2021-04'],
      ['/udateret/', '2022-03-01'],
      ['/emner/', '2022-03-01'],
      ['/emner/krim/', '2022-03-01'],
      ['/emner/nato/', '2021-05-03T10:15'],
      ['/emner/skoen/', '2022-03-01'],
      ['/soeg/', '2022-03-01'],
      ['/2022/03/overskrift-marts/', '2022-03-01'],
      ['/2021/04/overskrift-april/', '2021-04'],
      ['/2021/05/overskrift-maj/', '2021-05-03T10:15'],
      // An estimate is not published as the page's date, and an undated article has none.
      ['/udateret/overskrift-anslaaet/', null],
      ['/udateret/overskrift-udateret/', null],
    ],
  );
});

test(`should cut a sitemap of more than ${SITEMAP_LIMIT} addresses into numbered parts`, () => {
  const april = parsedArticle('april', APRIL_2021);
  const articles = Array.from({ length: SITEMAP_LIMIT + 1 }, (_, index) => ({ url: `/2021/04/a${index}/`, article: { ...april, url: '', topics: [] } }));
  const sitemaps = sitemapsOf([{ url: '/', lastmod: null }], [...articles, { url: '/udateret/b/', article: { ...april, date: null, url: '', topics: [] } }]);
  assert.deepEqual(
    sitemaps.map((page) => [page.url, page.entries.length, page.entries[0]?.url]),
    [
      ['/sitemap-sider.xml', 1, '/'],
      ['/sitemap-2021-1.xml', SITEMAP_LIMIT, '/2021/04/a0/'],
      ['/sitemap-2021-2.xml', 1, `/2021/04/a${SITEMAP_LIMIT}/`],
      ['/sitemap-udateret.xml', 1, '/udateret/b/'],
    ],
  );
});

test('should leave out an alias that takes another page, with a warning at the line of its `aliases:` field', () => {
  const taken = { ...parsedArticle('gammel', APRIL_2021), aliases: ['/2021/', '/gammel/adresse/'], frontMatterLines: { title: 2, aliases: 3 } };
  const archive = buildArchive(enrichCorpus([parsedArticle('anden', APRIL_2021), taken]));
  assert.deepEqual(archive.warnings, [
    {
      file: 'gammel.txt',
      line: 3,
      column: 1,
      severity: 'warning',
      code: 'alias-taken',
      message: 'Alias `/2021/` is already the address of another page, expected an address of its own; ignored',
    },
  ]);
  assert.deepEqual(archive.pages.redirects.map(({ url, target }) => ({ url, target })), [{ url: '/gammel/adresse/', target: '/2021/04/overskrift-gammel/' }]);
});

test('should point an alias warning at line 1 when the record knows no `aliases:` line', () => {
  const taken = { ...parsedArticle('gammel', APRIL_2021), aliases: ['/soeg/'] };
  assert.deepEqual(buildArchive(enrichCorpus([taken])).warnings.map(({ line, code }) => ({ line, code })), [{ line: 1, code: 'alias-taken' }]);
});

/** `count` summaries, newest first: `n<count - 1>` … `n0`, one a day from 1 January 2000. */
function newestFirst(count: number, from = 0): Summary[] {
  return Array.from({ length: count }, (_, index) => {
    const number = from + count - 1 - index;
    const day = new Date(Date.UTC(2000, 0, 1 + number)).toISOString().slice(0, 10);
    return { id: `n${number}`, url: `/n${number}/`, headline: `Nr. ${number}`, lead: null, date: { iso: day, precision: 'day', source: 'stamp' } };
  });
}

/** Each page as its address, number, links, count and first and last article. */
function outline(pages: readonly ListPage[]): unknown[] {
  return pages.map((page) => {
    const ids = page.groups.flatMap((group) => group.articles.map((article) => article.id));
    return [page.url, page.pageNumber, page.pageCount, page.newerUrl, page.olderUrl, page.count, ids.length, ids[0] ?? null, ids.at(-1) ?? null];
  });
}

test('should count list pages from the oldest articles, the newest 50 to 99 on the first page', () => {
  assert.equal(PAGE_SIZE, 50);
  assert.deepEqual(outline(paginate([], '/emner/x/')), [['/emner/x/', 1, 1, null, null, 0, 0, null, null]]);
  assert.deepEqual(outline(paginate(newestFirst(99), '/emner/x/')), [['/emner/x/', 1, 1, null, null, 99, 99, 'n98', 'n0']]);
  assert.deepEqual(outline(paginate(newestFirst(100), '/emner/x/')), [
    ['/emner/x/', 2, 2, null, '/emner/x/side-1/', 100, 50, 'n99', 'n50'],
    ['/emner/x/side-1/', 1, 2, '/emner/x/', null, null, 50, 'n49', 'n0'],
  ]);
  assert.deepEqual(outline(paginate(newestFirst(249), '/emner/x/')), [
    ['/emner/x/', 4, 4, null, '/emner/x/side-3/', 249, 99, 'n248', 'n150'],
    ['/emner/x/side-3/', 3, 4, '/emner/x/', '/emner/x/side-2/', null, 50, 'n149', 'n100'],
    ['/emner/x/side-2/', 2, 4, '/emner/x/side-3/', '/emner/x/side-1/', null, 50, 'n99', 'n50'],
    ['/emner/x/side-1/', 1, 4, '/emner/x/side-2/', null, null, 50, 'n49', 'n0'],
  ]);
});

test('should change only the first page when the newest article is added, every page when a page of 50 fills up', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 3 }), (before, added) => {
      const old = new Map(paginate(newestFirst(before), '/m/').map((page) => [page.url, JSON.stringify(page)]));
      const now = paginate(newestFirst(before + added), '/m/');
      const changed = now.filter((page) => old.get(page.url) !== JSON.stringify(page)).map((page) => page.url);
      const full = (count: number) => Math.max(1, Math.floor(count / PAGE_SIZE));
      // Once every 50 articles a new page is made, and the page count every page shows changes.
      if (full(before) === full(before + added)) assert.deepEqual(changed, ['/m/']);
      else assert.equal(changed.length, now.length);
      // Pages of old articles never lose an address.
      for (const url of old.keys()) assert.ok(now.some((page) => page.url === url), url);
    }),
  );
});
