import { closeSync, openSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { SearchJob, SearchRecord, SearchReply } from './search.ts';
import { readBody } from './store.ts';

/**
 * A worker thread that writes parts of the Pagefind search index: a `SearchJob` in, an
 * `{indexed}` per part and a `{finished}` (or `{failed}`) per job out. Jobs run one after the
 * other, two parts at a time.
 */
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (job: SearchJob) => {
  queue = queue.then(async () => {
    try {
      await writeParts(job);
      reply({ finished: job.id });
    } catch (error) {
      reply({ failed: job.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
});

function reply(message: SearchReply): void {
  parentPort?.postMessage(message);
}

async function writeParts({ log, parts }: SearchJob): Promise<void> {
  const fd = openSync(log, 'r');
  let next = 0;
  const worker = async () => {
    while (next < parts.length) {
      const part = parts[next++] as SearchJob['parts'][number];
      await writePart(part.name, part.records, part.output, fd);
      reply({ indexed: part.name });
    }
  };
  try {
    await Promise.all([worker(), worker()]);
  } finally {
    closeSync(fd);
    await pagefind.close();
  }
}

async function writePart(name: string, records: readonly SearchRecord[], outputPath: string, fd: number): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
  if (!index) throw new Error(`Pagefind could not create the search index ${name}: ${errors.join('; ')}`);
  await Promise.all(
    records.map(async (record) => {
      const body = record.body ? readBody(fd, record.body) : [];
      const content = record.text + body.map((block) => `\n${block.text}`).join('');
      const added = await index.addCustomRecord({ url: record.url, content, language: 'da', meta: record.meta });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.file}: ${added.errors.join('; ')}`);
    }),
  );
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  // Pagefind keeps every index in memory until it is deleted.
  await index.deleteIndex();
}
