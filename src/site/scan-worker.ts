import { parentPort, workerData } from 'node:worker_threads';
import { scanArticleFiles } from '../read/files.ts';

/**
 * A worker thread that lists the content folder `workerData.root` and stats its files, while
 * the main thread reads the record store: `ArticleFiles` out, or `{error}` with the message
 * and code of what failed.
 */
try {
  const scanned = scanArticleFiles((workerData as { root: string }).root);
  parentPort?.postMessage(scanned);
} catch (error) {
  const { message, code } = error as NodeJS.ErrnoException;
  parentPort?.postMessage({ error: { message, code } });
}
