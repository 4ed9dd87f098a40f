import type { ArticleDate } from '../model/index.ts';
import { statedDate } from '../model/dates.ts';
import type { Summary } from './timeline.ts';

/** The newest date the articles state as a fact (estimates left out), or null. */
export function newestKnownDate(articles: readonly Pick<Summary, 'date'>[]): ArticleDate | null {
  let newest: ArticleDate | null = null;
  for (const article of articles) newest = newer(newest, statedDate(article.date));
  return newest;
}

/** The later of two dates; none is earlier than any. */
export function newer(a: ArticleDate | null, b: ArticleDate | null): ArticleDate | null {
  return a === null || (b !== null && b.iso > a.iso) ? b : a;
}
