import type { ArticleDate, DateHint, ParsedArticle } from '../../src/model/index.ts';

export const APRIL_2021: ArticleDate = { iso: '2021-04', precision: 'month', source: 'prefix' };
export const THURSDAY_24_FEBRUARY: DateHint = { line: 17, text: 'torsdag 24. februar', day: 24, month: 2, year: null, weekday: 4 };

/** A parsed record with a one-paragraph body, for tests of the stages after parsing. */
export function parsedArticle(id: string, date: ArticleDate | null, dateHints: DateHint[] = []): ParsedArticle {
  return {
    id,
    file: `${id}.txt`,
    headline: `Overskrift ${id}`,
    headlineSource: 'text',
    lead: null,
    date,
    body: [{ kind: 'paragraph', text: 'Tekst.', line: 3 }],
    sources: [],
    authors: [],
    tags: [],
    slug: null,
    aliases: [],
    draft: false,
    dateHints,
    frontMatterLines: {},
    warnings: date === null ? [{ line: 1, column: 1, code: 'date-missing', message: 'No date found' }] : [],
  };
}
