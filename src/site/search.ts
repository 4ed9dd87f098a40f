import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { SearchShard } from '../archive/index.ts';
import type { Article, Block } from '../model/index.ts';
import { formatDate } from '../render/dates.ts';
import type { Progress } from './progress.ts';
import type { SiteView } from './view.ts';
import { startWorker } from './workers.ts';

/** One article as the search index takes it; the search thread reads its body from the body log. */
export interface SearchRecord {
  /** The input file, for messages. */
  file: string;
  url: string;
  /** Headline and lead; the body's text follows them. */
  text: string;
  /** Pagefind shows every field but the title as "name: value" under a hit. */
  meta: Record<string, string>;
  /** Where the body lies in the log: [offset, length]. */
  body: readonly [number, number] | null;
}

/** Parts of the search index to write, each into its own folder. */
export interface SearchJob {
  id: number;
  log: string;
  parts: { name: string; output: string; records: SearchRecord[] }[];
}

export type SearchReply = { indexed: string } | { finished: number } | { failed: number; error: string };

/**
 * Writes parts of the Pagefind search index into `output/pagefind/<name>/` in a thread of its
 * own, which feeds Pagefind while the caller goes on planning and rendering. Parts are queued
 * by name; the thread reads their bodies from the record store's log (`log`, at the ranges
 * `bodyOf` gives).
 */
export class SearchIndexWriter {
  private readonly queued = new Set<string>();
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private readonly jobs: Promise<void>[] = [];
  private done = 0;
  private readonly started = performance.now();
  /** Milliseconds from the start until the last queued part was written; 0 when none was. */
  milliseconds = 0;

  constructor(
    private readonly shards: readonly SearchShard[],
    private readonly site: SiteView,
    private readonly output: string,
    private readonly log: string,
    private readonly bodyOf: (article: Article) => readonly [number, number] | null,
    private readonly progress: Progress,
  ) {}

  /** Names of the parts queued so far. */
  get parts(): ReadonlySet<string> {
    return this.queued;
  }

  /** Queues the parts named that are not queued yet. */
  write(names: Iterable<string>): void {
    const wanted = new Set(names);
    const parts = this.shards.filter((shard) => wanted.has(shard.name) && !this.queued.has(shard.name));
    if (parts.length === 0) return;
    for (const part of parts) this.queued.add(part.name);
    const job: SearchJob = {
      id: this.jobs.length,
      log: this.log,
      parts: parts.map((shard) => ({ name: shard.name, output: path.join(this.output, 'pagefind', shard.name), records: shard.articles.map((article) => this.record(article)) })),
    };
    const finished = new Promise<void>((resolve, reject) => this.waiting.set(job.id, { resolve, reject })).then(() => {
      this.milliseconds = performance.now() - this.started;
    });
    // A failure is reported by `finished`, not as an unhandled rejection before it is awaited.
    finished.catch(() => {});
    this.jobs.push(finished);
    this.thread().postMessage(job);
  }

  /** Resolves when every queued part is written; rejects with the first failure. Stops the thread. */
  async finished(): Promise<void> {
    try {
      await Promise.all(this.jobs);
    } finally {
      await this.worker?.terminate();
      this.worker = null;
    }
  }

  private record(article: Article): SearchRecord {
    const meta: Record<string, string> = { title: article.headline };
    if (article.date) meta.dato = formatDate(article.date);
    return { file: article.file, url: this.site.href(article.url), text: `${article.headline}\n${article.lead ?? ''}`, meta, body: this.bodyOf(article) };
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker('search-worker');
    const failAll = (error: Error) => {
      for (const { reject } of this.waiting.values()) reject(error);
      this.waiting.clear();
    };
    worker.on('message', (reply: SearchReply) => {
      if ('indexed' in reply) {
        this.progress.indexed(++this.done, this.queued.size);
      } else if ('finished' in reply) {
        this.waiting.get(reply.finished)?.resolve();
        this.waiting.delete(reply.finished);
      } else {
        failAll(new Error(reply.error));
      }
    });
    worker.once('error', failAll);
    worker.once('exit', (code) => failAll(new Error(`The search index thread stopped with code ${code}`)));
    this.worker = worker;
    return worker;
  }
}

/** The text Pagefind indexes for an article: headline and lead (a record's `text`), then the body, nothing else. */
export function searchContent(record: Pick<SearchRecord, 'text'>, body: readonly Block[]): string {
  return record.text + body.map((block) => `\n${block.text}`).join('');
}
