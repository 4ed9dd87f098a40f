import { closeSync, openSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { SearchMessage, SearchReply } from './search.ts';
import { searchContent } from './search.ts';
import { readBody } from './store.ts';
import { lowerPriorityInBackground } from './workers.ts';

/**
 * A worker thread that writes parts of the Pagefind search index: a part in, `{indexed}` (or
 * `{failed}`) out when it is written; `{close}` closes Pagefind and answers `{closed}`. Two
 * parts are written at a time while their articles fit in RECORDS_AT_ONCE.
 */
type Part = Exclude<SearchMessage, { close: true }>;

/**
 * Articles Pagefind indexes at a time, over the parts it writes at once: it holds them in
 * memory, about 90 MB per 1 000.
 */
const RECORDS_AT_ONCE = 2500;

/** The nice value of a search thread in the background, inherited by the Pagefind process it starts. */
const BACKGROUND_NICE = 15;

lowerPriorityInBackground(BACKGROUND_NICE);

const waiting: Part[] = [];
let running = 0;
let records = 0;

parentPort?.on('message', (message: SearchMessage) => {
  if ('close' in message) {
    void pagefind.close().finally(() => reply({ closed: true }));
    return;
  }
  waiting.push(message);
  start();
});

function reply(message: SearchReply): void {
  parentPort?.postMessage(message);
}

function start(): void {
  for (let part = waiting[0]; part && (running === 0 || (running < 2 && records + part.records.length <= RECORDS_AT_ONCE)); part = waiting[0]) {
    waiting.shift();
    const { name, records: list } = part;
    running++;
    records += list.length;
    writePart(part).then(
      () => reply({ indexed: name }),
      (error: unknown) => reply({ failed: name, error: error instanceof Error ? error.message : String(error) }),
    ).finally(() => {
      running--;
      records -= list.length;
      start();
    });
  }
}

async function writePart({ log, name, output, records: list }: Part): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
  if (!index) throw new Error(`Pagefind could not create the search index ${name}: ${errors.join('; ')}`);
  const fd = openSync(log, 'r');
  try {
    await Promise.all(
      list.map(async (record) => {
        const content = searchContent(record, record.body ? readBody(fd, record.body) : []);
        const added = await index.addCustomRecord({ url: record.url, content, language: 'da', meta: record.meta });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.file}: ${added.errors.join('; ')}`);
      }),
    );
  } finally {
    closeSync(fd);
  }
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${output}: ${written.errors.join('; ')}`);
  // Pagefind keeps every index in memory until it is deleted.
  await index.deleteIndex();
}
