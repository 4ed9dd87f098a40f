import type { Corpus } from '../enrich/index.ts';
import { slugify } from '../enrich/index.ts';
import type { Article } from '../model/index.ts';
import type { CalendarMonth } from './calendar.ts';
import { calendarMonth } from './calendar.ts';
import type { MonthView, Summary, Timeline, YearView } from './timeline.ts';
import { buildTimeline, monthArticles, summarize } from './timeline.ts';
import type { Topic } from './topics.ts';
import { buildTopics } from './topics.ts';

export type { CalendarDay, CalendarMonth } from './calendar.ts';
export type { DayGroup, MonthView, Summary, Timeline, YearView } from './timeline.ts';
export type { Topic } from './topics.ts';

/** Articles per list page. */
export const PAGE_SIZE = 50;
/** Articles in the feeds and on the home page. */
export const FEED_SIZE = 50;
export const LATEST_SIZE = 12;

/** One page of a paginated list, with its articles grouped by day. */
export interface ListPage {
  url: string;
  pageNumber: number;
  pageCount: number;
  newerUrl: string | null;
  olderUrl: string | null;
  groups: { iso: string | null; articles: Summary[] }[];
  count: number;
}

export interface YearPage {
  url: string;
  year: YearView;
  /** The months that have articles, as calendars whose days link to the month pages. */
  calendars: CalendarMonth[];
  newerYear: { url: string; year: number } | null;
  olderYear: { url: string; year: number } | null;
}

export interface MonthPage extends ListPage {
  month: MonthView;
  newerMonth: MonthView | null;
  olderMonth: MonthView | null;
}

export interface ArticlePage {
  url: string;
  article: Article;
  previous: Summary | null;
  next: Summary | null;
  related: Summary[];
  /** The article's topics; `url` is null for a topic without a page of its own. */
  topics: { name: string; url: string | null }[];
  yearUrl: string | null;
  monthUrl: string | null;
}

export interface TopicPage extends ListPage {
  topic: Omit<Topic, 'articles'>;
}

export interface RedirectPage {
  url: string;
  target: string;
  headline: string;
}

/** Everything the site shows, as page descriptors with site-relative URLs. */
export interface Archive {
  timeline: Timeline;
  years: YearPage[];
  months: MonthPage[];
  articles: ArticlePage[];
  undated: ListPage[];
  /** Every topic with a page, in Danish alphabetical order. */
  topics: Omit<Topic, 'articles'>[];
  topicPages: TopicPage[];
  /** Per topic, its newest articles for its feed. */
  topicFeeds: { url: string; topic: Omit<Topic, 'articles'>; articles: Summary[] }[];
  redirects: RedirectPage[];
  /** Parts of the search index, one per year and one for undated articles. */
  searchShards: string[];
  latest: Summary[];
  /** Newest dated articles, newest first, for the feeds. */
  feed: Article[];
  count: number;
}

/** Builds every view of the site from the enriched corpus. Pure. */
export function buildArchive(corpus: Corpus): Archive {
  const timeline = buildTimeline(corpus.articles);
  const byId = new Map(corpus.articles.map((article) => [article.id, article]));
  const summaryOf = (id: string | null | undefined) => {
    const article = id ? byId.get(id) : undefined;
    return article ? summarize(article) : null;
  };

  const allMonths = timeline.years.flatMap((year) => year.months);
  const months = allMonths.flatMap((month, index) =>
    paginate(monthArticles(month), month.url).map((page) => ({
      ...page,
      month,
      newerMonth: allMonths[index - 1] ?? null,
      olderMonth: allMonths[index + 1] ?? null,
    })),
  );
  const dayLinks = new Map<string, { url: string; count: number }>();
  for (const page of months) {
    for (const group of page.groups) {
      if (group.iso && !dayLinks.has(group.iso)) dayLinks.set(group.iso, { url: `${page.url}#d-${group.iso}`, count: countOnDay(page.month, group.iso) });
    }
  }
  const years = timeline.years.map((year, index) => {
    const newer = timeline.years[index - 1];
    const older = timeline.years[index + 1];
    return {
      url: year.url,
      year,
      calendars: [...year.months].reverse().map((month) => calendarMonth(year.year, month.month, dayLinks)),
      newerYear: newer ? { url: newer.url, year: newer.year } : null,
      olderYear: older ? { url: older.url, year: older.year } : null,
    };
  });

  const topics = buildTopics(corpus.articles);
  const topicUrls = new Map(topics.map((topic) => [topic.slug, topic.url]));
  const topicPages = topics.flatMap(({ articles, ...topic }) => paginate(articles, topic.url).map((page) => ({ ...page, topic })));
  const topicFeeds = topics.map(({ articles, ...topic }) => ({ url: `${topic.url}feed.xml`, topic, articles: articles.slice(0, FEED_SIZE) }));

  const articles = corpus.articles.map((article): ArticlePage => {
    const links = corpus.neighbours.get(article.id);
    const [year, month] = article.date ? article.date.iso.split(/[-T]/) : [];
    return {
      url: article.url,
      article,
      previous: summaryOf(links?.previous),
      next: summaryOf(links?.next),
      related: (corpus.related.get(article.id) ?? []).flatMap((id) => summaryOf(id) ?? []),
      topics: article.topics.map((name) => ({ name, url: topicUrls.get(slugify(name)) ?? null })),
      yearUrl: year ? `/${year}/` : null,
      monthUrl: year && month && article.date?.precision !== 'year' ? `/${year}/${month}/` : null,
    };
  });

  const taken = new Set(articles.map((page) => page.url));
  const redirects = corpus.articles.flatMap((article) =>
    article.aliases
      .map((alias) => normalizeAlias(alias))
      .filter((alias) => !taken.has(alias))
      .map((alias) => ({ url: alias, target: article.url, headline: article.headline })),
  );

  const feed = timeline.newestFirst.slice(0, FEED_SIZE).flatMap((summary) => byId.get(summary.id) ?? []);
  return {
    timeline,
    years,
    months,
    articles,
    undated: paginate(timeline.undated, '/udateret/'),
    topics: topics.map(({ articles: _, ...topic }) => topic),
    topicPages,
    topicFeeds,
    redirects,
    searchShards: [...new Set(corpus.articles.map(searchShard))].sort((a, b) => (a === b ? 0 : a === UNDATED_SHARD ? 1 : b === UNDATED_SHARD ? -1 : b < a ? -1 : 1)),
    latest: timeline.newestFirst.slice(0, LATEST_SIZE),
    feed,
    count: corpus.articles.length,
  };
}

const UNDATED_SHARD = 'udateret';

/** The part of the search index an article belongs to: its year, or `udateret`. */
export function searchShard(article: Pick<Article, 'date'>): string {
  return article.date ? article.date.iso.slice(0, 4) : UNDATED_SHARD;
}

function countOnDay(month: MonthView, iso: string): number {
  return month.days.find((day) => day.iso === iso)?.articles.length ?? 0;
}

/** `2020/01/gammel` → `/2020/01/gammel/`; an alias ending in a file name keeps it. */
export function normalizeAlias(alias: string): string {
  const path = `/${alias.replace(/^\/+/, '')}`;
  return /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
}

/** Splits a list into pages of PAGE_SIZE: `/2021/04/`, `/2021/04/side-2/`, … */
export function paginate(items: readonly Summary[], baseUrl: string): ListPage[] {
  const pageCount = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const urlOf = (pageNumber: number) => (pageNumber === 1 ? baseUrl : `${baseUrl}side-${pageNumber}/`);
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    const slice = items.slice(index * PAGE_SIZE, pageNumber * PAGE_SIZE);
    return {
      url: urlOf(pageNumber),
      pageNumber,
      pageCount,
      newerUrl: pageNumber > 1 ? urlOf(pageNumber - 1) : null,
      olderUrl: pageNumber < pageCount ? urlOf(pageNumber + 1) : null,
      groups: groupByDay(slice),
      count: items.length,
    };
  });
}

function groupByDay(items: readonly Summary[]): ListPage['groups'] {
  const groups: ListPage['groups'] = [];
  for (const item of items) {
    const iso = item.date && (item.date.precision === 'day' || item.date.precision === 'minute') ? item.date.iso.slice(0, 10) : null;
    const last = groups[groups.length - 1];
    if (last && last.iso === iso) last.articles.push(item);
    else groups.push({ iso, articles: [item] });
  }
  return groups;
}
