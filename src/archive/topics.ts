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

/** Topics named in at least this many articles get a page; front matter tags always do. */
export const TOPIC_MINIMUM = 2;

const collator = new Intl.Collator('da', { sensitivity: 'base' });

/**
 * The topic index: every topic of two or more articles (or given as a tag), sorted the Danish
 * way (æ, ø, å after z). A topic's name is its most used spelling.
 */
export function buildTopics(articles: readonly Article[]): Topic[] {
  const groups = new Map<string, { spellings: Map<string, number>; tagged: boolean; articles: Article[] }>();
  for (const article of articles) {
    for (const topic of article.topics) {
      const slug = topicKey(topic);
      if (slug === '') continue;
      let group = groups.get(slug);
      if (!group) {
        group = { spellings: new Map(), tagged: false, articles: [] };
        groups.set(slug, group);
      }
      group.spellings.set(topic, (group.spellings.get(topic) ?? 0) + 1);
      group.tagged ||= article.tags.includes(topic);
      if (group.articles.at(-1) !== article) group.articles.push(article);
    }
  }
  const topics: Topic[] = [];
  for (const [slug, group] of groups) {
    if (group.articles.length < TOPIC_MINIMUM && !group.tagged) continue;
    const name = [...group.spellings.entries()].sort(([a, countA], [b, countB]) => countB - countA || collator.compare(a, b) || (a < b ? -1 : 1))[0]?.[0] ?? slug;
    const newestFirst = [...group.articles].reverse();
    const dated = newestFirst.filter((article) => article.date !== null);
    const undated = newestFirst.filter((article) => article.date === null).reverse();
    topics.push({ name, slug, url: `/emner/${slug}/`, count: group.articles.length, articles: [...dated, ...undated].map(summarize) });
  }
  return topics.sort((a, b) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
}
