import type { ArticleDate } from '../model/index.ts';
import { topicKey } from './slug.ts';

export interface Relatable {
  id: string;
  date: ArticleDate | null;
  topics: readonly string[];
}

/** Articles considered per shared topic: the nearest in time on either side. */
const WINDOW = 25;

/**
 * Up to `limit` related articles for every article: those sharing the most topics, each shared
 * topic weighted by how rare it is (1 / log2(1 + number of articles with it)), then the closest
 * in time, then by id. For a topic shared by many articles only the nearest in time count, so
 * the work stays linear in the size of the archive.
 */
export function relateArticles(articles: readonly Relatable[], limit = 5): Map<string, string[]> {
  const count = articles.length;
  const time = Float64Array.from(articles, (article) => (article.date ? startOf(article.date.iso) : Number.NaN));
  // Rank of each id in code-point order, for ties.
  const rank = new Int32Array(count);
  [...articles.keys()].sort((a, b) => compareIds(articles[a]?.id ?? '', articles[b]?.id ?? '')).forEach((index, position) => (rank[index] = position));

  const topicIds = new Map<string, number>();
  const postings: number[][] = [];
  const topicsOf: number[][] = articles.map((article, index) => {
    const ids: number[] = [];
    for (const topic of article.topics) {
      const key = topicKey(topic);
      let id = topicIds.get(key);
      if (id === undefined) {
        id = postings.length;
        topicIds.set(key, id);
        postings.push([]);
      }
      if (ids.includes(id)) continue;
      ids.push(id);
      postings[id]?.push(index);
    }
    return ids;
  });
  // Postings in time order (undated last), so that neighbours in a list are neighbours in time;
  // positionsOf[i][j] is where article i stands in the posting of its j-th topic.
  const positionsOf: number[][] = topicsOf.map((ids) => ids.map(() => 0));
  postings.forEach((posting, id) => {
    posting.sort((a, b) => timeOrder(time[a] as number, time[b] as number) || (rank[a] as number) - (rank[b] as number));
    posting.forEach((index, position) => {
      const ids = topicsOf[index] as number[];
      (positionsOf[index] as number[])[ids.indexOf(id)] = position;
    });
  });

  const scores = new Float64Array(count);
  const touched: number[] = [];
  const related = new Map<string, string[]>();
  // The best candidates so far, best first, and the time of the article they are for.
  const best = new Int32Array(limit);
  let here = 0;
  /** > 0 when candidate `a` ranks above `b`. */
  const better = (a: number, b: number) =>
    (scores[a] as number) - (scores[b] as number) ||
    distance(here, time[b] as number) - distance(here, time[a] as number) ||
    (rank[b] as number) - (rank[a] as number);
  for (let index = 0; index < count; index++) {
    const ids = topicsOf[index] as number[];
    for (let j = 0; j < ids.length; j++) {
      const posting = postings[ids[j] as number] as number[];
      if (posting.length < 2) continue;
      const weight = 1 / Math.log2(1 + posting.length);
      const at = (positionsOf[index] as number[])[j] as number;
      const to = Math.min(posting.length, at + WINDOW + 1);
      for (let position = Math.max(0, at - WINDOW); position < to; position++) {
        const other = posting[position] as number;
        if (other === index) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = (scores[other] as number) + weight;
      }
    }
    here = time[index] as number;
    let size = 0;
    for (const other of touched) {
      if (size === limit && better(other, best[limit - 1] as number) <= 0) continue;
      let position = size === limit ? limit - 1 : size++;
      best[position] = other;
      while (position > 0 && better(best[position] as number, best[position - 1] as number) > 0) {
        const swapped = best[position - 1] as number;
        best[position - 1] = best[position] as number;
        best[position] = swapped;
        position--;
      }
    }
    for (const other of touched) scores[other] = 0;
    touched.length = 0;
    const ranked: string[] = [];
    for (let position = 0; position < size; position++) ranked.push(articles[best[position] as number]?.id ?? '');
    related.set(articles[index]?.id ?? '', ranked);
  }
  return related;
}

/** Milliseconds at the start of a date's period: 2021 → 1 January 2021. */
function startOf(iso: string): number {
  const day = iso.slice(0, 10);
  return Date.parse(day.length === 4 ? `${day}-01-01` : day.length === 7 ? `${day}-01` : day);
}

function timeOrder(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) === Number.isNaN(b) ? 0 : Number.isNaN(a) ? 1 : -1;
  return a - b;
}

/** Milliseconds apart; an undated article is as far away as can be. */
function distance(a: number, b: number): number {
  return Number.isNaN(a) || Number.isNaN(b) ? Number.MAX_SAFE_INTEGER : Math.abs(a - b);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
