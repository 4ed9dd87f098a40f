import { parentPort } from 'node:worker_threads';
import type { ParsedFile } from './parse-file.ts';
import { parseFile } from './parse-file.ts';

/** A worker thread that parses the files it is sent: `{root, files}` in, `ParsedFile[]` out. */
parentPort?.on('message', async ({ root, files }: { root: string; files: string[] }) => {
  // Reads overlap with parsing: the files of a chunk are read at once.
  const results: ParsedFile[] = await Promise.all(files.map((file) => parseFile(root, file)));
  parentPort?.postMessage(results);
});
