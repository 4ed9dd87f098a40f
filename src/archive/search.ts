import type { Article } from '../model/index.ts';

/** One part of the search index and the articles it holds. */
export interface SearchShard {
  /** `2021`, `2021-3` (a quarter of a busy year) or `udateret`. */
  name: string;
  articles: Article[];
}

/** A year with more articles than this is indexed a quarter at a time. */
export const SHARD_LIMIT = 400;
const UNDATED = 'udateret';

/**
 * Splits the search index so that a change re-indexes one small part: a part per year, a busy
 * year split into quarters, and one for undated articles. Decided by the content alone, so an
 * incremental build and a full build make the same parts. Newest first, undated last.
 */
export function searchShards(articles: readonly Article[]): SearchShard[] {
  const byYear = new Map<string, Article[]>();
  for (const article of articles) {
    const year = article.date ? article.date.iso.slice(0, 4) : UNDATED;
    const list = byYear.get(year);
    if (list) list.push(article);
    else byYear.set(year, [article]);
  }
  const shards: SearchShard[] = [];
  for (const [year, list] of byYear) {
    if (year === UNDATED || list.length <= SHARD_LIMIT) {
      shards.push({ name: year, articles: list });
      continue;
    }
    const quarters = new Map<string, Article[]>();
    for (const article of list) {
      const month = Number(article.date?.iso.slice(5, 7) || '1');
      const name = `${year}-${Math.ceil(month / 3)}`;
      quarters.set(name, [...(quarters.get(name) ?? []), article]);
    }
    for (const [name, quarter] of quarters) shards.push({ name, articles: quarter });
  }
  return shards.sort((a, b) => (a.name === b.name ? 0 : a.name === UNDATED ? 1 : b.name === UNDATED ? -1 : a.name < b.name ? 1 : -1));
}
