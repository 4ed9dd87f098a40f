import { topicKey } from '../enrich/index.ts';
import type { Article } from '../model/index.ts';
import type { Summary } from './timeline.ts';
import { summarize } from './timeline.ts';

/** A topic with a page of its own. */
export interface Topic {
  name: string;
  slug: string;
  url: string;
  count: number;
  /** Its articles, newest first; undated last. */
  articles: Summary[];
}

const collator = new Intl.Collator('da', { sensitivity: 'base' });

/**
 * The topic index: every topic of the archive, each with a page, sorted the Danish way (æ, ø,
 * å after z). A topic's name is its most used spelling.
 */
export function buildTopics(articles: readonly Article[]): Topic[] {
  const groups = new Map<string, { spellings: Map<string, number>; articles: Article[] }>();
  for (const article of articles) {
    for (const topic of article.topics) {
      const slug = topicKey(topic);
      if (slug === '') continue;
      let group = groups.get(slug);
      if (!group) {
        group = { spellings: new Map(), articles: [] };
        groups.set(slug, group);
      }
      group.spellings.set(topic, (group.spellings.get(topic) ?? 0) + 1);
      if (group.articles.at(-1) !== article) group.articles.push(article);
    }
  }
  const topics: Topic[] = [];
  for (const [slug, group] of groups) {
    const name = mostUsed(group.spellings) ?? slug;
    const newestFirst = [...group.articles].reverse();
    const dated = newestFirst.filter((article) => article.date !== null);
    const undated = newestFirst.filter((article) => article.date === null).reverse();
    topics.push({ name, slug, url: `/emner/${slug}/`, count: group.articles.length, articles: [...dated, ...undated].map(summarize) });
  }
  return topics.sort((a, b) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
}

/** The most used spelling; of equally used ones the first in Danish order. */
function mostUsed(spellings: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (best === undefined || count > bestCount || (count === bestCount && (collator.compare(spelling, best) || (spelling < best ? -1 : 1)) < 0)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}
