import { parentPort } from 'node:worker_threads';
import type { ParsedFile } from './parse-file.ts';
import { parseFile } from './parse-file.ts';

/** A worker thread that parses the files it is sent: `{root, files}` in, `ParsedFile[]` out. */
parentPort?.on('message', async ({ root, files }: { root: string; files: string[] }) => {
  const results: ParsedFile[] = [];
  for (const file of files) results.push(await parseFile(root, file));
  parentPort?.postMessage(results);
});
