import type { Article } from '../model/index.ts';

/** One part of the search index and the articles it holds. */
export interface SearchShard {
  /** `2021`, `2021-k3` (a quarter), `2021-07` (a month), `2021-07-d2` or `udateret-d1` (a share). */
  name: string;
  articles: Article[];
}

/** A part with more articles than this is split further: memory and re-indexing time follow its size. */
export const SHARD_LIMIT = 1000;
const UNDATED = 'udateret';

interface Level {
  /** The sub-part an article belongs to, by name. */
  key: (article: Article, name: string, count: number) => string;
  next: number;
}

/** Year → quarter → month → shares by a hash of the id (also for undated articles). */
const LEVELS: Level[] = [
  { key: (article, name) => `${name}-k${Math.ceil(Number(article.date?.iso.slice(5, 7) || '1') / 3)}`, next: 1 },
  { key: (article, name) => `${name.slice(0, 4)}-${article.date?.iso.slice(5, 7) || '01'}`, next: 2 },
  { key: (article, name, count) => `${name}-d${1 + (stableHash(article.id) % Math.ceil(count / SHARD_LIMIT))}`, next: 3 },
];

/**
 * Splits the search index so that a change re-indexes one small part: a part per year, a busy
 * year split into quarters, a busy quarter into months, a busy month (and the undated articles)
 * into shares. Decided by the content alone, so an incremental build and a full build make the
 * same parts. Newest first, undated last.
 */
export function searchShards(articles: readonly Article[]): SearchShard[] {
  const byYear = group(articles, (article) => (article.date ? article.date.iso.slice(0, 4) : UNDATED));
  const shards = [...byYear].flatMap(([name, list]) => split(name, list, name === UNDATED ? 2 : 0));
  return shards.sort((a, b) => (a.name === b.name ? 0 : isUndated(a.name) !== isUndated(b.name) ? (isUndated(a.name) ? 1 : -1) : isUndated(a.name) ? (a.name < b.name ? -1 : 1) : a.name < b.name ? 1 : -1));
}

function split(name: string, articles: Article[], level: number): SearchShard[] {
  const rule = LEVELS[level];
  if (articles.length <= SHARD_LIMIT || !rule) return [{ name, articles }];
  return [...group(articles, (article) => rule.key(article, name, articles.length))].flatMap(([part, list]) => split(part, list, rule.next));
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

function isUndated(name: string): boolean {
  return name.startsWith(UNDATED);
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
