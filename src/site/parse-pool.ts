import { availableParallelism } from 'node:os';
import type { ParsedFile } from './parse-file.ts';
import { parseFile } from './parse-file.ts';
import { startWorker } from './workers.ts';

/** Fewer files than this are parsed right here; starting worker threads costs more. */
const WORKER_THRESHOLD = 200;
/** Files sent to a worker at a time. */
const CHUNK = 100;

/**
 * Parses files, in worker threads (one per core) when there are many, calling `onParsed`
 * with each file's result as it arrives.
 */
export async function parseMany(root: string, files: readonly string[], onParsed: (result: ParsedFile) => void): Promise<void> {
  if (files.length < WORKER_THRESHOLD) {
    for (const file of files) onParsed(await parseFile(root, file));
    return;
  }
  const chunks: string[][] = [];
  for (let index = 0; index < files.length; index += CHUNK) chunks.push(files.slice(index, index + CHUNK));
  const count = Math.max(1, Math.min(availableParallelism(), chunks.length));
  await Promise.all(Array.from({ length: count }, () => runWorker(root, chunks, onParsed)));
}

async function runWorker(root: string, chunks: string[][], onParsed: (result: ParsedFile) => void): Promise<void> {
  const worker = startWorker('parse-worker');
  try {
    await new Promise<void>((resolve, reject) => {
      const next = () => {
        const chunk = chunks.shift();
        if (chunk) worker.postMessage({ root, files: chunk });
        else resolve();
      };
      worker.on('message', (results: ParsedFile[]) => {
        for (const result of results) onParsed(result);
        next();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => code !== 0 && reject(new Error(`The parser worker stopped with code ${code}`)));
      next();
    });
  } finally {
    await worker.terminate();
  }
}
