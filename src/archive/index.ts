import type { Corpus } from '../enrich/index.ts';
import { topicKey } from '../enrich/index.ts';
import type { Article, ArticleDate, Diagnostic } from '../model/index.ts';
import { catalogue, statedDate } from '../model/index.ts';
import { calendarMonth } from './calendar.ts';
import { newer, newestKnownDate } from './dates.ts';
import type {
  ArticlePage,
  ChartYear,
  FeedPage,
  ListPage,
  MonthPage,
  Pages,
  RedirectPage,
  SitemapEntry,
  SitemapPage,
  TopicPage,
  YearPage,
} from './pages.ts';
import { searchShards } from './search.ts';
import type { MonthView } from './timeline.ts';
import { buildTimeline, monthArticles, summarize } from './timeline.ts';
import { buildTopics } from './topics.ts';

export type * from './pages.ts';
export type { CalendarDay, CalendarMonth } from './calendar.ts';
export type { SearchShard } from './search.ts';
export type { DayGroup, MonthView, Summary, YearView } from './timeline.ts';
export { newestKnownDate } from './dates.ts';
export { searchShards } from './search.ts';
export { summarize } from './timeline.ts';
export type { Topic } from './topics.ts';

/** Articles per list page. */
export const PAGE_SIZE = 50;
/** Articles in the feeds. */
export const FEED_SIZE = 50;
/** Articles under "Seneste artikler". */
export const LATEST_SIZE = 12;

/** Everything the site shows: what every page shares, and every page as a self-contained descriptor. */
export interface Archive {
  /** What every page shows besides its own content; when it changes, every page changes. */
  chrome: { hasUndated: boolean };
  pages: Pages;
  /** The articles of each part of the search index. */
  search: ReturnType<typeof searchShards>;
  /** Problems found while laying out the pages, such as an alias that takes another page's address. */
  warnings: Diagnostic[];
}

/** Builds every page of the site from the enriched corpus; `search` when its parts are already made. Pure. */
export function buildArchive(corpus: Corpus, search = searchShards(corpus.articles)): Archive {
  const timeline = buildTimeline(corpus.articles);
  const byId = new Map(corpus.articles.map((article) => [article.id, article]));
  const summaryOf = (id: string | null | undefined) => {
    const article = id ? byId.get(id) : undefined;
    return article ? summarize(article) : null;
  };

  const allMonths = timeline.years.flatMap((year) => year.months);
  const months: MonthPage[] = allMonths.flatMap((month, index) =>
    paginate(monthArticles(month), month.url).map((page) => ({
      ...page,
      month: { year: month.year, month: month.month, url: month.url, count: month.count },
      newerMonth: neighbourMonth(allMonths[index - 1]),
      olderMonth: neighbourMonth(allMonths[index + 1]),
    })),
  );

  const dayCounts = new Map(allMonths.flatMap((month) => month.days.map((day) => [day.iso, day.articles.length] as const)));
  const dayLinks = new Map<string, { url: string; count: number }>();
  for (const page of months) {
    for (const group of page.groups) {
      if (group.iso && !dayLinks.has(group.iso)) dayLinks.set(group.iso, { url: `${page.url}#d-${group.iso}`, count: dayCounts.get(group.iso) ?? 0 });
    }
  }
  const years: YearPage[] = timeline.years.map((year, index) => {
    const newer = timeline.years[index - 1];
    const older = timeline.years[index + 1];
    return {
      url: year.url,
      year: year.year,
      count: year.count,
      months: year.months.map((month) => ({ month: month.month, url: month.url, count: month.count, highlights: month.highlights })),
      yearOnly: year.yearOnly,
      calendars: [...year.months].reverse().map((month) => calendarMonth(year.year, month.month, dayLinks)),
      newerYear: newer ? { url: newer.url, year: newer.year } : null,
      olderYear: older ? { url: older.url, year: older.year } : null,
    };
  });

  const topics = buildTopics(corpus.articles);
  // One link object per topic name, shared by every article page that shows it.
  const topicLinks = new Map<string, { name: string; url: string | null }>();
  const topicUrls = new Map(topics.map((topic) => [topic.slug, topic.url]));
  const topicLink = (name: string) => {
    let link = topicLinks.get(name);
    if (!link) topicLinks.set(name, (link = { name, url: topicUrls.get(topicKey(name)) ?? null }));
    return link;
  };
  // The topic's count changes with every article: it is on the first page only, as the list's length.
  const topicPages: TopicPage[] = topics.flatMap(({ articles, name, slug, url }) => paginate(articles, url).map((page) => ({ ...page, topic: { name, slug, url } })));

  const articles = corpus.articles.map((article): ArticlePage => {
    const links = corpus.neighbours.get(article.id);
    const iso = article.date?.iso ?? '';
    const year = iso.slice(0, 4);
    const month = iso.slice(5, 7);
    return {
      url: article.url,
      article,
      previous: summaryOf(links?.previous),
      next: summaryOf(links?.next),
      related: (corpus.related.get(article.id) ?? []).flatMap((id) => summaryOf(id) ?? []),
      topics: article.topics.map(topicLink),
      yearUrl: year ? `/${year}/` : null,
      monthUrl: year && month && article.date?.precision !== 'year' ? `/${year}/${month}/` : null,
    };
  });


  const newest = timeline.newestFirst.slice(0, FEED_SIZE).flatMap((summary) => byId.get(summary.id) ?? []);
  const updated = newestKnownDate(newest);
  const feed = (url: string): FeedPage => ({ url, articles: newest, updated });
  const chart: ChartYear[] = timeline.years.map((year) => ({
    year: year.year,
    url: year.url,
    count: year.count,
    yearOnly: year.yearOnly.length,
    months: [...year.months].reverse().map((month) => ({ month: month.month, url: month.url, count: month.count })),
  }));
  const undated = paginate(timeline.undated, '/udateret/');

  // A page was last changed when the newest article it shows was published; a page showing no
  // dated article (the search page, the undated list) when the archive's newest article was.
  // Estimated dates are not published as facts, so they count as no date.
  const archiveNewest = newestKnownDate(timeline.newestFirst);
  const listed = (page: ListPage) => page.groups.reduce<ArticleDate | null>((newest, group) => newer(newest, newestKnownDate(group.articles)), null) ?? archiveNewest;
  const listings: SitemapEntry[] = [
    { url: '/', lastmod: archiveNewest },
    ...years.map((page) => ({ url: page.url, lastmod: newestKnownDate([...page.months.flatMap((month) => month.highlights), ...page.yearOnly]) ?? archiveNewest })),
    ...months.map((page) => ({ url: page.url, lastmod: listed(page) })),
    ...undated.map((page) => ({ url: page.url, lastmod: listed(page) })),
    { url: '/emner/', lastmod: archiveNewest },
    ...topicPages.map((page) => ({ url: page.url, lastmod: listed(page) })),
    { url: '/soeg/', lastmod: archiveNewest },
  ];
  const sitemaps = sitemapsOf(listings, articles);
  const pages: Omit<Pages, 'redirects'> = {
    home: [{ url: '/', count: corpus.articles.length, undated: timeline.undated.length, chart, latest: timeline.newestFirst.slice(0, LATEST_SIZE) }],
    years,
    months,
    articles,
    undated,
    topicIndex: [{ url: '/emner/', topics: topics.map(({ name, url, count }) => ({ name, url, count })) }],
    topicPages,
    topicFeeds: topics.map(({ articles: list, ...topic }) => ({ url: `${topic.url}feed.xml`, topic, articles: list.slice(0, FEED_SIZE) })),
    search: [{ url: '/soeg/', shards: search.map((shard) => shard.name) }],
    notFound: [{ url: '/404.html' }],
    atomFeed: [feed('/feed.xml')],
    jsonFeed: [feed('/feed.json')],
    sitemap: sitemaps,
    sitemapIndex: [{ url: '/sitemap.xml', sitemaps: sitemaps.map((page) => ({ url: page.url, lastmod: page.entries.reduce<ArticleDate | null>((newest, entry) => newer(newest, entry.lastmod), null) })) }],
    robots: [{ url: '/robots.txt' }],
  };
  const { redirects, warnings } = redirectsFor(corpus.articles, pages);
  return { chrome: { hasUndated: timeline.undated.length > 0 }, search, pages: { ...pages, redirects }, warnings };
}

/** The most addresses one sitemap may list (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

/**
 * The sitemaps the sitemap index lists: one of the list pages (`/sitemap-sider.xml`), and one
 * of the article pages per year of their addresses (`/sitemap-2021.xml`, newest first;
 * `/sitemap-udateret.xml` last), so that a new article changes one sitemap besides the list
 * pages'. One holding more than SITEMAP_LIMIT addresses is cut into numbered parts.
 */
export function sitemapsOf(listings: SitemapEntry[], articles: readonly Pick<ArticlePage, 'url' | 'article'>[]): SitemapPage[] {
  const byFolder = new Map<string, SitemapEntry[]>();
  for (const page of articles) {
    const folder = page.url.split('/')[1] ?? '';
    const entry = { url: page.url, lastmod: statedDate(page.article.date) };
    const entries = byFolder.get(folder);
    if (entries) entries.push(entry);
    else byFolder.set(folder, [entry]);
  }
  const folders = [...byFolder.keys()].sort((a, b) => (a === 'udateret' ? 1 : b === 'udateret' ? -1 : a < b ? 1 : a > b ? -1 : 0));
  return [['sider', listings] as const, ...folders.map((folder) => [folder, byFolder.get(folder) ?? []] as const)].flatMap(([name, entries]) => {
    const count = Math.ceil(entries.length / SITEMAP_LIMIT);
    if (count <= 1) return [{ url: `/sitemap-${name}.xml`, entries }];
    return Array.from({ length: count }, (_, index) => ({ url: `/sitemap-${name}-${index + 1}.xml`, entries: entries.slice(index * SITEMAP_LIMIT, (index + 1) * SITEMAP_LIMIT) }));
  });
}

/** Folders the site writes besides its pages; no alias may take a place in them. */
const RESERVED = /^(?:assets|pagefind)\/|^\.newsarchive$/;

/**
 * Redirect pages for the articles' aliases. An alias that is the address of another page, of
 * another alias, or in the site's own folders would overwrite it: it is left out with a warning.
 */
function redirectsFor(articles: readonly Article[], pages: Omit<Pages, 'redirects'>): { redirects: RedirectPage[]; warnings: Diagnostic[] } {
  const taken = new Set(Object.values(pages).flatMap((list: readonly { url: string }[]) => list.map((page) => outputFile(page.url))));
  const redirects: RedirectPage[] = [];
  const warnings: Diagnostic[] = [];
  for (const article of articles) {
    for (const alias of article.aliases) {
      const url = normalizeAlias(alias);
      const file = outputFile(url);
      if (taken.has(file) || RESERVED.test(file)) {
        const message = catalogue['alias-taken'].message({ alias });
        warnings.push({ file: article.file, line: article.frontMatterLines.aliases ?? 1, column: 1, severity: 'warning', code: 'alias-taken', message });
        continue;
      }
      taken.add(file);
      redirects.push({ url, target: article.url, headline: article.headline });
    }
  }
  return { redirects, warnings };
}

/** `/2021/04/slug/` → `2021/04/slug/index.html`; `/feed.xml` stays a file. */
export function outputFile(url: string): string {
  const relative = url.replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

function neighbourMonth(month: MonthView | undefined): MonthPage['newerMonth'] {
  return month ? { year: month.year, month: month.month, url: month.url } : null;
}

/** `2020/01/gammel` → `/2020/01/gammel/`; an alias ending in a file name keeps it. */
export function normalizeAlias(alias: string): string {
  const path = `/${alias.replace(/^\/+/, '')}`;
  return /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
}

/**
 * Splits a list, newest first, into pages counted from its oldest end, so that a page keeps its
 * address and its articles as newer ones are added: `side-1/` holds the oldest PAGE_SIZE,
 * `side-2/` the next PAGE_SIZE, and the first page (`baseUrl`) the newest, from PAGE_SIZE to
 * twice that less one (all of them in a shorter list). It is the last page in that count.
 * Adding the newest article changes the first page alone, except once every PAGE_SIZE
 * articles, when a new page is made and the page count every page shows changes. The list's
 * length, which changes with every article, is given to the first page only.
 */
export function paginate(items: readonly ReturnType<typeof summarize>[], baseUrl: string): ListPage[] {
  const pageCount = Math.max(1, Math.floor(items.length / PAGE_SIZE));
  const urlOf = (pageNumber: number) => (pageNumber === pageCount ? baseUrl : `${baseUrl}side-${pageNumber}/`);
  const pages: ListPage[] = [];
  for (let pageNumber = pageCount; pageNumber >= 1; pageNumber--) {
    // Counted from the oldest end: page k ends where k − 1 pages of PAGE_SIZE are left.
    const end = items.length - (pageNumber - 1) * PAGE_SIZE;
    const start = pageNumber === pageCount ? 0 : end - PAGE_SIZE;
    pages.push({
      url: urlOf(pageNumber),
      pageNumber,
      pageCount,
      newerUrl: pageNumber < pageCount ? urlOf(pageNumber + 1) : null,
      olderUrl: pageNumber > 1 ? urlOf(pageNumber - 1) : null,
      groups: groupByDay(items.slice(start, end)),
      count: pageNumber === pageCount ? items.length : null,
    });
  }
  return pages;
}

function groupByDay(items: readonly ReturnType<typeof summarize>[]): ListPage['groups'] {
  const groups: ListPage['groups'] = [];
  for (const item of items) {
    const iso = item.date && (item.date.precision === 'day' || item.date.precision === 'minute') ? item.date.iso.slice(0, 10) : null;
    const last = groups[groups.length - 1];
    if (last && last.iso === iso) last.articles.push(item);
    else groups.push({ iso, articles: [item] });
  }
  return groups;
}

