import { parentPort, workerData } from 'node:worker_threads';
import { scanArticleFiles } from '../read/files.ts';
import type { ScanRequest } from './load.ts';
import type { ParsedFile } from './parse-file.ts';

/**
 * A worker thread that lists the content folder `root` and stats its files, while the main
 * thread reads the record store, and parses the files modified after `newerThan` (the store's
 * last save), which the store cannot hold as they are, when there are at most `parseAtMost`:
 * `{scanned, parsed}` out, or `{error}` with the message and code of what failed.
 */
const { root, newerThan, parseAtMost } = workerData as ScanRequest;
try {
  const scanned = scanArticleFiles(root);
  const newer = scanned.files.filter((_, index) => (scanned.mtimes[index] as number) > newerThan);
  const parsed: ParsedFile[] = [];
  // The parser is loaded only when there is something to parse: it takes a fifth of a second.
  if (newer.length > 0 && newer.length <= parseAtMost) {
    const { parseMany } = await import('./parse-pool.ts');
    await parseMany(root, newer, (result) => parsed.push(result));
  }
  parentPort?.postMessage({ scanned, parsed });
} catch (error) {
  const { message, code } = error as NodeJS.ErrnoException;
  parentPort?.postMessage({ error: { message, code } });
}
