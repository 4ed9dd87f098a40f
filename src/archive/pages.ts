import type { Article, ArticleDate } from '../model/index.ts';
import type { CalendarMonth } from './calendar.ts';
import type { Summary } from './timeline.ts';

/**
 * Every page of the site as a self-contained descriptor: a template renders a page from its
 * descriptor and the site settings alone, so a page whose descriptor is unchanged is unchanged.
 */
export interface Pages {
  home: HomePage[];
  years: YearPage[];
  months: MonthPage[];
  articles: ArticlePage[];
  undated: ListPage[];
  topicIndex: TopicIndexPage[];
  topicPages: TopicPage[];
  topicFeeds: TopicFeedPage[];
  search: SearchPage[];
  notFound: { url: string }[];
  atomFeed: FeedPage[];
  jsonFeed: FeedPage[];
  sitemap: SitemapPage[];
  sitemapIndex: SitemapIndexPage[];
  robots: { url: string }[];
  redirects: RedirectPage[];
}

export type PageKind = keyof Pages;

export interface ChartYear {
  year: number;
  url: string;
  count: number;
  /** Articles dated to the year only. */
  yearOnly: number;
  /** Months with articles, January first. */
  months: { month: number; url: string; count: number }[];
}

export interface HomePage {
  url: string;
  count: number;
  undated: number;
  /** Years, newest first. */
  chart: ChartYear[];
  latest: Summary[];
}

/**
 * One page of a paginated list, with its articles grouped by day. Pages are numbered from the
 * oldest end; the first page, at the list's own address, is the last in that count.
 */
export interface ListPage {
  url: string;
  /** 1 for the oldest articles; `pageCount` for the newest, on the list's own address. */
  pageNumber: number;
  pageCount: number;
  newerUrl: string | null;
  olderUrl: string | null;
  groups: { iso: string | null; articles: Summary[] }[];
  /** How many articles the whole list holds; on the first page only, null on the others. */
  count: number | null;
}

export interface YearPage {
  url: string;
  year: number;
  count: number;
  /** Months with articles, newest first, with their newest articles. */
  months: { month: number; url: string; count: number; highlights: Summary[] }[];
  yearOnly: Summary[];
  /** The months that have articles, January first, as calendars whose days link to the month pages. */
  calendars: CalendarMonth[];
  newerYear: { url: string; year: number } | null;
  olderYear: { url: string; year: number } | null;
}

export interface MonthLink {
  year: number;
  month: number;
  url: string;
}

export interface MonthPage extends ListPage {
  month: MonthLink & { count: number };
  newerMonth: MonthLink | null;
  olderMonth: MonthLink | null;
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

export interface TopicLink {
  name: string;
  url: string;
  count: number;
}

export interface TopicIndexPage {
  url: string;
  /** In Danish alphabetical order. */
  topics: TopicLink[];
}

export interface TopicPage extends ListPage {
  topic: { name: string; slug: string; url: string };
}

export interface TopicFeedPage {
  url: string;
  topic: TopicLink & { slug: string };
  articles: Summary[];
}

export interface SearchPage {
  url: string;
  /** Names of the parts of the search index, newest first. */
  shards: string[];
}

export interface FeedPage {
  url: string;
  /** The newest dated articles, newest first. */
  articles: Article[];
  /** The newest date of those articles that is not an estimate. */
  updated: ArticleDate | null;
}

export interface SitemapEntry {
  url: string;
  lastmod: ArticleDate | null;
}

export interface SitemapPage {
  url: string;
  entries: SitemapEntry[];
}

/** `/sitemap.xml`: the sitemaps, each with the newest date its pages state. */
export interface SitemapIndexPage {
  url: string;
  sitemaps: SitemapEntry[];
}

export interface RedirectPage {
  url: string;
  target: string;
  headline: string;
}
