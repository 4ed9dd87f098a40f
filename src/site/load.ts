import type { Corpus, EnrichOptions } from '../enrich/index.ts';
import { enrichCorpus } from '../enrich/index.ts';
import type { Diagnostic, ParsedArticle } from '../model/index.ts';
import type { ArticleFiles } from '../read/files.ts';
import { listArticleFiles, scanArticleFiles } from '../read/files.ts';
import type { ParsedFile } from './parse-file.ts';
import { parseMany } from './parse-pool.ts';
import type { Progress } from './progress.ts';
import type { RecordStore } from './store.ts';
import { startWorker } from './workers.ts';

/** The content folder read, parsed and enriched. */
export interface LoadedCorpus {
  corpus: Corpus;
  /** Number of input files. */
  files: number;
  /** Per-file errors and corpus-wide ones, in file order. */
  errors: Diagnostic[];
}

/** Reads and parses every article file under `root` (a folder or one file), in file order. */
export async function parseFolder(root: string): Promise<{ files: string[]; parsed: ParsedArticle[]; errors: Diagnostic[] }> {
  const files = await listArticleFiles(root);
  const results = new Map<string, ParsedFile>();
  await parseMany(root, files, (result) => results.set(result.file, result));
  const parsed: ParsedArticle[] = [];
  const errors: Diagnostic[] = [];
  for (const file of files) {
    const result = results.get(file);
    if (result?.record) parsed.push(result.record);
    else errors.push(...(result?.errors ?? []));
  }
  return { files, parsed, errors };
}

/** Every article of a content folder, ready for the archive. */
export async function loadCorpus(root: string, options: EnrichOptions = {}): Promise<LoadedCorpus> {
  const { files, parsed, errors } = await parseFolder(root);
  const corpus = enrichCorpus(parsed, options);
  return { corpus, files: files.length, errors: sortDiagnostics([...errors, ...corpus.errors]) };
}

/** By file, then line and column. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

/**
 * Brings the record store up to date with the content folder: files whose size or modification
 * time changed are read and parsed again, files that are gone are forgotten. `scanned` is the
 * folder's listing when it was made already (`scanInThread`), and `parsed` files it parsed
 * already, taken when they are as the listing found them. Returns the number of input files,
 * every file's errors, and the listing.
 */
export async function refreshStore(
  store: RecordStore,
  root: string,
  progress: Progress,
  { scanned = scanArticleFiles(root), parsed = [] }: Partial<ScannedFolder> = {},
): Promise<{ files: number; errors: Diagnostic[]; listing: ArticleFiles }> {
  const { files, sizes, mtimes } = scanned;
  const ready = new Map(parsed.map((result) => [result.file, result]));
  const changed: string[] = [];
  files.forEach((file, index) => {
    const size = sizes[index] as number;
    const mtimeMs = mtimes[index] as number;
    if (store.unchanged(file, size, mtimeMs)) return;
    const result = ready.get(file);
    if (result && result.size === size && result.mtimeMs === mtimeMs) store.put(file, result);
    else changed.push(file);
  });
  let done = files.length - changed.length;
  progress.read(done, files.length, 0);
  await parseMany(root, changed, (result) => {
    store.put(result.file, result);
    done++;
    if (done % 250 === 0 || done === files.length) progress.read(done, files.length, changed.length);
  });
  store.retain(new Set(files));
  const errors: Diagnostic[] = [];
  for (const file of files) {
    const stored = store.files[file];
    if (stored && stored.errors.length > 0) errors.push(...stored.errors);
  }
  return { files: files.length, errors, listing: scanned };
}

/** What the scanning thread is asked to do: see `scanInThread`. */
export interface ScanRequest {
  root: string;
  newerThan: number;
  parseAtMost: number;
}

/** The content folder listed, with the files parsed while it was. */
export interface ScannedFolder {
  scanned: ArticleFiles;
  parsed: ParsedFile[];
}

/**
 * `scanArticleFiles` in a thread of its own, so that listing and statting a large content
 * folder overlaps with reading the record store. The thread also parses the files modified
 * after `newerThan`, the store's last save, when there are at most `parseAtMost`: an article
 * added or edited since the last build is parsed meanwhile too.
 */
export function scanInThread(root: string, newerThan: number, parseAtMost: number): Promise<ScannedFolder> {
  const worker = startWorker('scan-worker', { workerData: { root, newerThan, parseAtMost } satisfies ScanRequest });
  const scanned = new Promise<ScannedFolder>((resolve, reject) => {
    worker.once('message', (reply: ScannedFolder | { error: { message: string; code?: string } }) => {
      if ('error' in reply) reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
      else resolve(reply);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The content scanning thread stopped with code ${code}`)));
  });
  return scanned.finally(() => worker.terminate());
}
