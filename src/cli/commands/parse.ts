import { stat } from 'node:fs/promises';
import path from 'node:path';
import { enrichCorpus } from '../../enrich/index.ts';
import type { Diagnostic, ParsedArticle } from '../../model/index.ts';
import { toPublicRecord } from '../../model/index.ts';
import { parseFolder } from '../../site/load.ts';
import type { ParsedCommandLine } from '../args.ts';
import { UsageError } from '../args.ts';
import type { Io } from '../io.ts';
import { displayDiagnostic } from '../report.ts';

/** `newsarchive parse [--json] PATH…`: the records of files and folders. */
export async function parseCommand(cli: ParsedCommandLine, io: Io): Promise<number> {
  if (cli.positionals.length === 0) throw new UsageError('Missing PATH, expected one or more files or folders', 'parse');
  const parsed: ParsedArticle[] = [];
  const errors: Diagnostic[] = [];
  for (const target of cli.positionals) {
    const absolute = path.resolve(io.cwd, target);
    const exists = await stat(absolute).then(() => true, () => false);
    if (!exists) {
      errors.push({ file: target, line: 1, column: 1, severity: 'error', code: 'file-unreadable', message: `Cannot read file: no such file or folder` });
      continue;
    }
    const result = await parseFolder(absolute);
    parsed.push(...result.parsed);
    errors.push(...result.errors);
  }
  const corpus = enrichCorpus(parsed, { drafts: true });
  errors.push(...corpus.errors);
  const articles = [...corpus.articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map(toPublicRecord);

  if (cli.values.json === true) {
    const printable = errors.map(({ file, line, column, code, message }) => ({ file, line, column, code, message }));
    io.stdout(`${JSON.stringify({ articles, errors: printable }, null, 2)}\n`);
  } else {
    for (const article of articles) {
      const date = article.date ? `${article.date.iso} (${article.date.source})` : 'udateret';
      io.stdout(`${article.file}  ${date}  ${article.headline}\n`);
    }
    for (const error of errors) io.stderr(`${displayDiagnostic(error, '', false)}\n`);
  }
  return errors.length > 0 ? 1 : 0;
}
