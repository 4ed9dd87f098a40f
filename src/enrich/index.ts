import type { Article, Diagnostic, ParsedArticle, Warning } from '../model/index.ts';
import { catalogue } from '../model/index.ts';
import { archiveSpan, inferDate } from './dates.ts';
import { relateArticles } from './related.ts';
import { topicKey } from './slug.ts';
import { extractTopics, foldGenitivesAcross } from './topics.ts';
import { assignUrls } from './urls.ts';

export { slugify, topicKey } from './slug.ts';
export { urlFolder } from './urls.ts';

/** The whole archive after enrichment: articles in time order, oldest first, undated last. */
export interface Corpus {
  articles: Article[];
  /** Corpus-wide problems, such as two files with the same id. */
  errors: Diagnostic[];
  /** Previous and next article in time, by id. */
  neighbours: Map<string, { previous: string | null; next: string | null }>;
  /** Up to five related articles, by id. */
  related: Map<string, string[]>;
}

/** A parsed article with the names its text mentions: the part of enriching done per file. */
export type PreparedArticle = ParsedArticle & { mentions: string[] };

/** The per-file part of enriching, cacheable with the parsed record. */
export function prepareArticle(article: ParsedArticle): PreparedArticle {
  const texts = [...(article.headlineSource === 'lead' ? [] : [{ text: article.headline }]), ...(article.lead ? [{ text: article.lead }] : []), ...article.body];
  return { ...article, mentions: extractTopics(texts) };
}

export interface EnrichOptions {
  /** Keep articles marked `draft: true`. */
  drafts?: boolean;
}

/** Articles placed in the archive, before their topics are known. */
export interface PlacedCorpus {
  /** In time order, as in `Corpus`; `topics` is empty until `relateCorpus`. */
  articles: Article[];
  errors: Diagnostic[];
  /** The names each article's text mentions. */
  mentions: Map<Article, readonly string[]>;
}

/**
 * Places parsed articles in the archive: drops duplicates and drafts, estimates missing
 * dates, gives every article its URL and topics, and links neighbours in time and related
 * articles. `parsed` must be in file order; the result does not depend on it otherwise.
 */
export function enrichCorpus(parsed: readonly (ParsedArticle | PreparedArticle)[], options: EnrichOptions = {}): Corpus {
  return relateCorpus(placeArticles(parsed, options));
}

/**
 * The first half of `enrichCorpus`: drops duplicates and drafts, estimates missing dates and
 * gives every article its URL, in time order. That is all the search index needs.
 */
export function placeArticles(parsed: readonly (ParsedArticle | PreparedArticle)[], options: EnrichOptions = {}): PlacedCorpus {
  const errors: Diagnostic[] = [];
  const firstById = new Map<string, ParsedArticle>();
  const unique: (ParsedArticle | PreparedArticle)[] = [];
  for (const article of parsed) {
    const first = firstById.get(article.id);
    if (first) {
      const message = catalogue['id-duplicate'].message({ id: article.id, first: first.file });
      errors.push({ file: article.file, line: article.frontMatterLines.id ?? 1, column: 1, severity: 'error', code: 'id-duplicate', message });
      continue;
    }
    firstById.set(article.id, article);
    if (article.draft && options.drafts !== true) continue;
    unique.push(article);
  }

  const span = archiveSpan(unique);
  const dated = unique.map((article) => withInferredDate(article, span));
  const urls = assignUrls(dated);
  const mentions = new Map<Article, readonly string[]>();
  const articles = dated
    .map((prepared: ParsedArticle & { mentions?: string[] }) => {
      const { mentions: _mentions, ...record } = prepared;
      const article: Article = Object.assign(record, { url: urls.get(prepared.id) ?? '/', topics: [] as string[] });
      mentions.set(article, mentionsOf(prepared));
      return article;
    })
    .sort(compareInTime);
  return { articles, errors, mentions };
}

/**
 * The second half of `enrichCorpus`: gives every article its topics (front matter tags first,
 * then the names its text mentions, genitives folded across the archive) and links
 * neighbours in time and related articles. Sets `topics` on the placed articles.
 */
export function relateCorpus({ articles, errors, mentions }: PlacedCorpus): Corpus {
  const folded = foldGenitivesAcross(
    articles.map((article) => mentions.get(article) ?? []),
    articles.map((article) => article.tags),
  );
  articles.forEach((article, index) => {
    article.topics = distinctTopics([...article.tags, ...(folded[index] ?? [])]);
  });
  return { articles, errors, neighbours: linkNeighbours(articles), related: relateArticles(articles) };
}

function withInferredDate<T extends ParsedArticle>(article: T, span: ReturnType<typeof archiveSpan>): T {
  if (article.date !== null) return article;
  const inference = inferDate(article.dateHints, span);
  if (!inference) return article;
  const { hint } = inference;
  const note: Warning = {
    line: hint.line,
    column: 1,
    code: 'date-inferred',
    message: catalogue['date-inferred'].message({ estimate: inference.date.iso, mention: hint.text, line: hint.line }),
  };
  const warnings = article.warnings.filter((warning) => warning.code !== 'date-missing').concat(note);
  return { ...article, date: inference.date, warnings };
}

/** The names the text mentions, most mentioned first. */
function mentionsOf(article: ParsedArticle | PreparedArticle): string[] {
  return 'mentions' in article ? article.mentions : prepareArticle(article).mentions;
}

/** Front matter tags first, then the names the text mentions; each topic once, its first spelling kept. */
function distinctTopics(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((tag) => {
    const key = topicKey(tag);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The warnings of every article as diagnostics naming their file. */
export function warningsOf(articles: readonly Article[]): Diagnostic[] {
  return articles.flatMap((article) => article.warnings.map((warning) => ({ file: article.file, severity: 'warning' as const, ...warning })));
}

/** Oldest first by date, then by id; undated articles last, by id. */
export function compareInTime(a: Pick<Article, 'date' | 'id'>, b: Pick<Article, 'date' | 'id'>): number {
  if (a.date === null || b.date === null) {
    if (a.date !== b.date) return a.date === null ? 1 : -1;
  } else if (a.date.iso !== b.date.iso) {
    return a.date.iso < b.date.iso ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function linkNeighbours(articles: readonly Article[]): Corpus['neighbours'] {
  const links: Corpus['neighbours'] = new Map();
  const dated = articles.filter((article) => article.date !== null);
  dated.forEach((article, index) => {
    links.set(article.id, { previous: dated[index - 1]?.id ?? null, next: dated[index + 1]?.id ?? null });
  });
  return links;
}
