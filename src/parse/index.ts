import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Diagnostic, ParsedArticle } from '../model/index.ts';
import { report, toDiagnostic } from '../model/index.ts';
import { splitFrontMatter } from './front-matter.ts';
import { parseMarkdown } from './markdown.ts';
import { newsText } from './news-text.ts';
import { partsFromTree } from './record.ts';
import { firstSentence, headlineFromSentence, isBlank } from './text.ts';

export { daysInMonth, isoWeekday, parseIsoDate, ZONE } from './dateline.ts';

const newsTextParser = unified().use(newsText);

export type ParseResult = { ok: true; article: ParsedArticle } | { ok: false; errors: Diagnostic[] };

/**
 * Turns the text of one article file into a record. Pure: no file system, no clock.
 * `file` is the path relative to the content folder; `.md` bodies are Markdown, anything
 * else news text. A file with any error yields its errors instead of an article.
 */
export function parseArticle(source: string, file: string): ParseResult {
  const vfile = new VFile({ path: file });
  const article = build(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), file, vfile);
  const diagnostics = vfile.messages.map((message) => toDiagnostic(message, file));
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0 || article === null) return { ok: false, errors };
  const warnings = diagnostics.map(({ line, column, code, message }) => ({ line, column, code, message }));
  return { ok: true, article: { ...article, warnings } };
}

function build(text: string, file: string, vfile: VFile): Omit<ParsedArticle, 'warnings'> | null {
  if (isBlank(text)) {
    report(vfile, 'file-empty', { line: 1 });
    return null;
  }
  const split = splitFrontMatter(text, vfile);
  if (!split) return null;
  const { frontMatter, body, bodyLine, fieldLines } = split;

  // The file's value becomes the body, front matter stripped, as vfile-matter does.
  vfile.value = body;
  vfile.data.firstLine = bodyLine;
  const tree: Root = /\.md$/i.test(file) ? parseMarkdown(body, bodyLine, vfile) : newsTextParser.parse(vfile);
  const news = vfile.data.news ?? { date: null, sources: [], authors: [], dateHints: [] };
  const parts = partsFromTree(tree);
  const lead = frontMatter.lead ?? parts.lead?.text ?? null;

  let headline: Pick<ParsedArticle, 'headline' | 'headlineSource'>;
  if (frontMatter.title !== undefined) headline = { headline: frontMatter.title, headlineSource: 'front-matter' };
  else if (parts.headline) headline = { headline: parts.headline.text, headlineSource: 'text' };
  else {
    const first = parts.body.find((block) => block.kind !== 'subhead') ?? parts.body[0];
    const from = lead !== null ? { text: lead, line: parts.lead?.line ?? bodyLine } : first;
    if (from === undefined) {
      report(vfile, 'headline-missing', { line: bodyLine });
      return null;
    }
    report(vfile, lead !== null ? 'headline-from-lead' : 'headline-from-body', { line: from.line });
    headline = { headline: headlineFromSentence(firstSentence(from.text)), headlineSource: 'lead' };
  }

  const date = frontMatter.date
    ? { ...frontMatter.date, source: 'front-matter' as const }
    : news.date
      ? { iso: news.date.iso, precision: news.date.precision, source: news.date.source }
      : null;
  if (date === null) report(vfile, 'date-missing', { line: 1 });

  return {
    id: frontMatter.id ?? file.replace(/\.[^./]+$/, ''),
    file,
    ...headline,
    lead,
    date,
    body: parts.body,
    sources: frontMatter.sources ?? news.sources,
    authors: frontMatter.authors ?? news.authors,
    tags: frontMatter.tags ?? [],
    slug: frontMatter.slug ?? null,
    aliases: frontMatter.aliases ?? [],
    draft: frontMatter.draft ?? false,
    dateHints: news.dateHints,
    frontMatterLines: fieldLines,
  };
}
