import type { Article } from '../model/index.ts';

/** One part of the search index and the articles it holds. */
export interface SearchShard {
  /** `2021`, `2005-2012` (a span of years), `2021-h2` (a half), `2021-k3` (a quarter), `2021-07` (a month), `2021-07-d2` or `udateret-d1` (a share). */
  name: string;
  articles: Article[];
}

/** A part holds at most this many articles while the archive is small; re-indexing time follows its size. */
export const SHARD_LIMIT = 1000;
/**
 * Parts the archive is cut into, roughly, before the limit doubles: the browser loads every
 * part on the first search, so their number is held down.
 */
export const SHARD_COUNT = 24;
/** The largest part: Pagefind holds a part in memory while it indexes it, about 90 MB per 1 000 articles. */
export const MAX_SHARD_LIMIT = 2 * SHARD_LIMIT;
/** Widest span of years one part covers in a sparse archive. */
const MAX_SPAN_YEARS = 16;
const UNDATED = 'udateret';

interface Level {
  /** The sub-part an article belongs to, by name. */
  key: (article: Article, name: string, count: number, limit: number) => string;
  next: number;
}

/** Span of years → year → half-year → quarter → month → shares by a hash of the id (also for undated articles). */
const LEVELS: Level[] = [
  { key: (article) => yearOf(article), next: 1 },
  { key: (article, name) => `${name}-h${monthOf(article) <= 6 ? 1 : 2}`, next: 2 },
  { key: (article, name) => `${name.slice(0, 4)}-k${Math.ceil(monthOf(article) / 3)}`, next: 3 },
  { key: (article, name) => `${name.slice(0, 4)}-${String(monthOf(article)).padStart(2, '0')}`, next: 4 },
  { key: (article, name, count, limit) => `${name}-d${1 + (stableHash(article.id) % Math.ceil(count / limit))}`, next: 5 },
];

/**
 * Splits the search index so that a change re-indexes one small part, and a search in the
 * browser loads few. Parts hold at most `shardLimit` articles: a sparse archive puts
 * neighbouring years together (aligned spans of 2, 4, 8 or 16 years, as many as half a part
 * holds on average), a busy span is split into years, a busy year into halves, a busy half
 * into quarters, a busy quarter into months, a busy month (and the undated articles) into
 * shares. Decided by the content alone, so an incremental build and a full build make the same
 * parts. A part is named by what it holds: `2021`, `2005-2012`, `2021-h2`, `2021-k3`,
 * `2021-07`, `2021-07-d2`, `udateret-d1`. Newest first, undated last.
 */
export function searchShards(articles: readonly Article[]): SearchShard[] {
  const limit = shardLimit(articles.length);
  const dated = articles.filter((article) => article.date !== null);
  const undated = articles.filter((article) => article.date === null);
  const byYear = group(dated, yearOf);
  let width = 1;
  while (width < MAX_SPAN_YEARS && width * 2 * (dated.length / byYear.size) <= limit / 2) width *= 2;
  const spans = new Map<number, { years: string[]; articles: Article[] }>();
  for (const [year, list] of [...byYear].sort(([a], [b]) => compare(a, b))) {
    const start = Math.floor(Number(year) / width);
    const span = spans.get(start);
    if (span) {
      span.years.push(year);
      span.articles = span.articles.concat(list);
    } else spans.set(start, { years: [year], articles: list });
  }
  const shards = [...spans.values()].flatMap(({ years, articles: list }) =>
    years.length === 1 ? split(`${years[0]}`, list, 1, limit) : split(`${years[0]}-${years[years.length - 1]}`, list, 0, limit),
  );
  const newest = new Map(shards.map((shard) => [shard, shard.articles.reduce((latest, article) => (article.date && article.date.iso > latest ? article.date.iso : latest), '')]));
  shards.sort((a, b) => compare(newest.get(b) ?? '', newest.get(a) ?? '') || compare(b.name, a.name));
  return undated.length > 0 ? [...shards, ...split(UNDATED, undated, 4, limit).sort((a, b) => compare(a.name, b.name))] : shards;
}

/** The most articles a part holds in an archive of `count`: SHARD_LIMIT, doubled while more than about SHARD_COUNT parts would be needed, up to MAX_SHARD_LIMIT. */
export function shardLimit(count: number): number {
  let limit = SHARD_LIMIT;
  while (limit * SHARD_COUNT < count && limit < MAX_SHARD_LIMIT) limit *= 2;
  return limit;
}

function split(name: string, articles: Article[], level: number, limit: number): SearchShard[] {
  const rule = LEVELS[level];
  if (articles.length <= limit || !rule) return [{ name, articles }];
  return [...group(articles, (article) => rule.key(article, name, articles.length, limit))].flatMap(([part, list]) => split(part, list, rule.next, limit));
}

function yearOf(article: Article): string {
  return article.date?.iso.slice(0, 4) ?? UNDATED;
}

/** 1–12; January for a date of year precision. */
function monthOf(article: Article): number {
  return Number(article.date?.iso.slice(5, 7) || '1');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function group(articles: readonly Article[], keyOf: (article: Article) => string): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    const key = keyOf(article);
    const list = groups.get(key);
    if (list) list.push(article);
    else groups.set(key, [article]);
  }
  return groups;
}

/** FNV-1a: the same number for the same id on every machine. */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
