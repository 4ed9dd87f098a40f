import type { PreparedArticle } from '../enrich/index.ts';
import { prepareArticle } from '../enrich/index.ts';
import type { Diagnostic } from '../model/index.ts';
import { parseArticle } from '../parse/index.ts';
import { readArticleFile } from '../read/content.ts';

/** One input file read, parsed and prepared: a record or its errors. */
export interface ParsedFile {
  file: string;
  size: number;
  mtimeMs: number;
  /** Identifies the path and the bytes. */
  key: string;
  record: PreparedArticle | null;
  errors: Diagnostic[];
}

/** Reads, parses and prepares one file of the content folder `root` (or `root` itself, a file). */
export async function parseFile(root: string, file: string): Promise<ParsedFile> {
  const read = await readArticleFile(root, file);
  const entry = { file, size: read.info.size, mtimeMs: read.info.mtimeMs };
  if (!read.ok) return { ...entry, key: `${file}\0unreadable:${entry.size}:${entry.mtimeMs}`, record: null, errors: [read.diagnostic] };
  const key = `${file}\0${read.source.hash}`;
  const parsed = parseArticle(read.source.text, file);
  return parsed.ok ? { ...entry, key, record: prepareArticle(parsed.article), errors: [] } : { ...entry, key, record: null, errors: parsed.errors };
}
