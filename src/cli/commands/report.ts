import { stat } from 'node:fs/promises';
import path from 'node:path';
import { enrichCorpus } from '../../enrich/index.ts';
import type { Article, ArticleDate, Diagnostic } from '../../model/index.ts';
import { parseFolder } from '../../site/load.ts';
import type { ParsedCommandLine } from '../args.ts';
import { UsageError } from '../args.ts';
import type { Io } from '../io.ts';
import { plural } from '../report.ts';

/** One row of the corpus report: an article, or a file that could not be read as one. */
export interface ReportRow {
  file: string;
  headline: string;
  date: string;
  blocks: string;
  warnings: string;
}

/**
 * `newsarchive report DIR…`: parses folders of article files and prints one Markdown table
 * row per file (file, headline, date with precision and source, number of body blocks,
 * warnings), for checking the parser against real text by eye. Exit 0; 1 when a folder is
 * missing.
 */
export async function reportCommand(cli: ParsedCommandLine, io: Io): Promise<number> {
  if (cli.positionals.length === 0) throw new UsageError('Missing DIR, expected one or more folders or files', 'report');
  let failed = false;
  for (const target of cli.positionals) {
    const absolute = path.resolve(io.cwd, target);
    if (!(await stat(absolute).then(() => true, () => false))) {
      io.stderr(`${target}:1:1  error  Cannot read file: no such file or folder  file-unreadable\n`);
      failed = true;
      continue;
    }
    const { files, parsed, errors } = await parseFolder(absolute);
    const corpus = enrichCorpus(parsed, { drafts: true });
    const rows = reportRows(corpus.articles, [...errors, ...corpus.errors]);
    const warningCount = corpus.articles.reduce((sum, article) => sum + article.warnings.length, 0);
    if (cli.positionals.length > 1) io.stdout(`## ${target}\n\n`);
    io.stdout(formatTable(rows));
    io.stdout(
      `\n${plural(files.length, 'file', 'files')}: ${plural(corpus.articles.length, 'article', 'articles')}, ` +
        `${plural(rows.length - corpus.articles.length, 'error', 'errors')}, ${plural(warningCount, 'warning', 'warnings')}\n`,
    );
    if (cli.positionals.length > 1) io.stdout('\n');
  }
  return failed ? 1 : 0;
}

/** Rows in file order: each article, and each file that became an error instead (once). */
export function reportRows(articles: readonly Article[], errors: readonly Diagnostic[]): ReportRow[] {
  const rows: ReportRow[] = articles.map((article) => ({
    file: article.file,
    headline: article.headlineSource === 'text' ? article.headline : `${article.headline} (${article.headlineSource})`,
    date: formatReportDate(article.date),
    blocks: String(article.body.length),
    warnings: [...new Set(article.warnings.map((warning) => warning.code))].join(', '),
  }));
  const failed = new Set<string>();
  for (const error of errors) {
    if (failed.has(error.file)) continue;
    failed.add(error.file);
    rows.push({ file: error.file, headline: `error: ${error.message} (line ${error.line})`, date: '–', blocks: '–', warnings: error.code });
  }
  return rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** `2021-04 (month, prefix)`, or `–` for an undated article. */
export function formatReportDate(date: ArticleDate | null): string {
  return date === null ? '–' : `${date.iso} (${date.precision}, ${date.source})`;
}

const HEADER: ReportRow = { file: 'file', headline: 'headline', date: 'date', blocks: 'blocks', warnings: 'warnings' };

/** A Markdown table; `|` inside a cell is escaped so the columns stay put. */
export function formatTable(rows: readonly ReportRow[]): string {
  const line = (row: ReportRow) =>
    `| ${[row.file, row.headline, row.date, row.blocks, row.warnings].map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |\n`;
  return `${line(HEADER)}| --- | --- | --- | ---: | --- |\n${rows.map(line).join('')}`;
}
