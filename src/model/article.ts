import * as z from 'zod';

/** A block of body text. `line` is the 1-based line in the source file where it starts. */
export const BlockSchema = z.object({
  kind: z.enum(['paragraph', 'quote', 'subhead']),
  text: z.string().min(1),
  line: z.number().int().positive(),
});
export type Block = z.infer<typeof BlockSchema>;
export type BlockKind = Block['kind'];

export const DatePrecisionSchema = z.enum(['year', 'month', 'day', 'minute']);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, local time in Europe/Copenhagen. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?$/, 'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM');

export const ArticleDateSchema = z.object({
  iso: IsoDateSchema,
  precision: DatePrecisionSchema,
  source: z.enum(['front-matter', 'prefix', 'stamp', 'inferred']),
});
export type ArticleDate = z.infer<typeof ArticleDateSchema>;

/** A problem found in one file; `line` and `column` are 1-based. */
export const WarningSchema = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  code: z.string(),
  message: z.string(),
});
export type Warning = z.infer<typeof WarningSchema>;

/**
 * A mention in the text that may date an undated article: a weekday with a day and month
 * ("torsdag 24. februar") or a full date ("24. februar 2022"). Resolved corpus-wide in enrich/.
 */
export const DateHintSchema = z.object({
  line: z.number().int().positive(),
  /** The mention as written. */
  text: z.string().min(1),
  day: z.number().int().min(1).max(31),
  month: z.number().int().min(1).max(12),
  year: z.number().int().nullable(),
  /** ISO weekday, 1 = Monday … 7 = Sunday, or null when the text names none. */
  weekday: z.number().int().min(1).max(7).nullable(),
});
export type DateHint = z.infer<typeof DateHintSchema>;

/** What one file says about itself; the output of parse/. */
export const ParsedArticleSchema = z.object({
  id: z.string().min(1),
  /** Path relative to the content folder, with forward slashes. */
  file: z.string().min(1),
  headline: z.string().min(1),
  headlineSource: z.enum(['text', 'front-matter', 'lead']),
  lead: z.string().min(1).nullable(),
  date: ArticleDateSchema.nullable(),
  body: z.array(BlockSchema),
  sources: z.array(z.string().min(1)),
  authors: z.array(z.string().min(1)),
  tags: z.array(z.string().min(1)),
  /** Front matter `slug`, already checked to be a single safe path segment. */
  slug: z.string().min(1).nullable(),
  aliases: z.array(z.string().min(1)),
  draft: z.boolean(),
  dateHints: z.array(DateHintSchema),
  /** Line of each front matter field in the file, by name, for diagnostics found later (`id:`, `aliases:`). */
  frontMatterLines: z.record(z.string(), z.number().int().positive()),
  warnings: z.array(WarningSchema),
});
export type ParsedArticle = z.infer<typeof ParsedArticleSchema>;

/** The full record: a parsed article placed in the archive by enrich/. */
export const ArticleSchema = ParsedArticleSchema.extend({
  /** Site-relative URL, always starting and ending with `/`. */
  url: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/),
  topics: z.array(z.string().min(1)),
});
export type Article = z.infer<typeof ArticleSchema>;

/**
 * The record as `newsarchive parse --json` prints it: the fields of the design's record in
 * its order, then authors, tags and the other front matter fields. Date hints and front matter
 * lines stay internal.
 */
export function toPublicRecord(article: Article) {
  const { id, file, url, headline, headlineSource, lead, date, body, sources, topics, warnings } = article;
  const { authors, tags, slug, aliases, draft } = article;
  return { id, file, url, headline, headlineSource, lead, date, body, sources, topics, warnings, authors, tags, slug, aliases, draft };
}
export type PublicRecord = ReturnType<typeof toPublicRecord>;
