import assert from 'node:assert/strict';
import test from 'node:test';
import { buildArchive, SITEMAP_LIMIT, sitemapsOf } from '../../src/archive/index.ts';
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
