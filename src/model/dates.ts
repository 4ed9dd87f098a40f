import type { ArticleDate } from './article.ts';

// Apart from the schemas, so that the templates use it without loading zod.

/** The date as a fact the archive states; null for none or an estimate ("anslået dato"), which is not published as one. */
export function statedDate(date: ArticleDate | null): ArticleDate | null {
  return date && date.source !== 'inferred' ? date : null;
}
