import { closeSync, openSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { SearchJob, SearchRecord, SearchReply } from './search.ts';
import { searchContent } from './search.ts';
import { readBody } from './store.ts';

/**
 * A worker thread that writes parts of the Pagefind search index: a `SearchJob` in, an
 * `{indexed}` per part and a `{finished}` (or `{failed}`) per job out. Jobs run one after the
 * other.
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

/**
 * Articles Pagefind indexes at a time, over the parts it writes at once: it holds them in
 * memory, about 90 MB per 1 000.
 */
const RECORDS_AT_ONCE = 2500;

/** Writes the parts of a job, two at a time while their articles fit in RECORDS_AT_ONCE. */
async function writeParts({ log, parts }: SearchJob): Promise<void> {
  const fd = openSync(log, 'r');
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let running = 0;
      let records = 0;
      const start = () => {
        for (let part = parts[next]; part && (running === 0 || (running < 2 && records + part.records.length <= RECORDS_AT_ONCE)); part = parts[next]) {
          const { name, records: list, output } = part;
          next++;
          running++;
          records += list.length;
          writePart(name, list, output, fd).then(() => {
            running--;
            records -= list.length;
            reply({ indexed: name });
            if (next === parts.length && running === 0) resolve();
            else start();
          }, reject);
        }
      };
      if (parts.length === 0) resolve();
      else start();
    });
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
      const content = searchContent(record, record.body ? readBody(fd, record.body) : []);
      const added = await index.addCustomRecord({ url: record.url, content, language: 'da', meta: record.meta });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.file}: ${added.errors.join('; ')}`);
    }),
  );
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  // Pagefind keeps every index in memory until it is deleted.
  await index.deleteIndex();
}
