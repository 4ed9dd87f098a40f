import type { ArticleDate } from '../model/index.ts';

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
  const time = articles.map((article) => (article.date ? startOf(article.date.iso) : NaN));
  const postings = new Map<string, number[]>();
  articles.forEach((article, index) => {
    for (const topic of article.topics) {
      const key = topic.toLocaleLowerCase('da');
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  // Postings in time order (undated last), so that neighbours in a list are neighbours in time.
  const order = (a: number, b: number) => timeOrder(time[a] ?? NaN, time[b] ?? NaN) || compareIds(articles[a]?.id ?? '', articles[b]?.id ?? '');
  const positions = new Map<string, Map<number, number>>();
  for (const [key, list] of postings) {
    list.sort(order);
    positions.set(key, new Map(list.map((index, position) => [index, position])));
  }

  const related = new Map<string, string[]>();
  articles.forEach((article, index) => {
    const scores = new Map<number, number>();
    for (const topic of article.topics) {
      const key = topic.toLocaleLowerCase('da');
      const list = postings.get(key) ?? [];
      if (list.length < 2) continue;
      const weight = 1 / Math.log2(1 + list.length);
      const at = positions.get(key)?.get(index) ?? 0;
      const from = Math.max(0, at - WINDOW);
      const to = Math.min(list.length, at + WINDOW + 1);
      for (let position = from; position < to; position++) {
        const other = list[position] as number;
        if (other !== index) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const ranked = [...scores.entries()].sort(
      ([a, scoreA], [b, scoreB]) =>
        scoreB - scoreA ||
        distance(time[index] ?? NaN, time[a] ?? NaN) - distance(time[index] ?? NaN, time[b] ?? NaN) ||
        compareIds(articles[a]?.id ?? '', articles[b]?.id ?? ''),
    );
    related.set(article.id, ranked.slice(0, limit).map(([other]) => articles[other]?.id ?? ''));
  });
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

/** Days apart; an undated article is as far away as can be. */
function distance(a: number, b: number): number {
  return Number.isNaN(a) || Number.isNaN(b) ? Number.MAX_SAFE_INTEGER : Math.abs(a - b);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
