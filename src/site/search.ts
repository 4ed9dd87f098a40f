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

/** A part of the search index to write into its own folder, or the end of the work. */
export type SearchMessage = { log: string; name: string; output: string; records: SearchRecord[] } | { close: true };

export type SearchReply = { indexed: string } | { failed: string; error: string } | { closed: true };

/** Parts handed to the search thread before it has written the earlier ones: their records take memory. */
const PARTS_AHEAD = 3;

/**
 * The thread that feeds Pagefind, with the Pagefind process it starts. A long-running process
 * such as `newsarchive serve` keeps one from build to build: starting the thread and Pagefind
 * took a third of a rebuild's search indexing.
 */
export class SearchThread {
  readonly worker: Worker;
  private failed = false;
  private closed = false;

  /** `background`: at a low priority, so that planning and rendering get the processor first. */
  constructor(readonly background: boolean) {
    this.worker = startWorker('search-worker', { workerData: { background } });
    this.worker.once('error', () => (this.failed = true));
    this.worker.once('exit', () => (this.failed = true));
  }

  /** Whether it can index more parts: it has not failed and was not stopped. */
  get usable(): boolean {
    return !this.failed && !this.closed;
  }

  /** Lets the thread close Pagefind, then ends it; closing twice is harmless. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const worker = this.worker;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 5000);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      worker.on('message', (reply: SearchReply) => 'closed' in reply && done());
      worker.once('exit', done);
      worker.postMessage({ close: true } satisfies SearchMessage);
    });
    await worker.terminate();
  }
}

/**
 * Writes parts of the Pagefind search index into `output/pagefind/<name>/` in a thread of its
 * own, which feeds Pagefind while the caller goes on planning and rendering. Parts are queued
 * by name and handed over a few at a time; the thread reads their bodies from the record
 * store's log (`log`, at the ranges `bodyOf` gives). The thread is started when the first part
 * is handed over and stopped when all are written, unless it came from `keptThread`.
 */
export class SearchIndexWriter {
  private readonly queued = new Set<string>();
  private readonly waiting: SearchShard[] = [];
  /** The thread parts are handed to, and how this writer's listeners come off it. */
  private attached: { thread: SearchThread; detach: () => void } | null = null;
  private handed = 0;
  private done = 0;
  private failure: Error | null = null;
  private settle: (() => void) | null = null;
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
    /** Index at a low priority, so that planning and rendering get the processor first. */
    private readonly background = false,
    /** A thread kept beyond this writer (by a build session), for `background`; the writer starts and stops its own without. */
    private readonly keptThread?: (background: boolean) => SearchThread,
  ) {}

  /** Names of the parts queued so far. */
  get parts(): ReadonlySet<string> {
    return this.queued;
  }

  /** Queues the parts named that are not queued yet. */
  write(names: Iterable<string>): void {
    const wanted = new Set(names);
    for (const shard of this.shards) {
      if (!wanted.has(shard.name) || this.queued.has(shard.name)) continue;
      this.queued.add(shard.name);
      this.waiting.push(shard);
    }
    this.handOver();
  }

  /** Resolves when every queued part is written; rejects with the first failure. Stops the thread. */
  async finished(): Promise<void> {
    try {
      await new Promise<void>((resolve) => {
        this.settle = resolve;
        this.handOver();
      });
      if (this.failure) throw this.failure;
    } finally {
      const attached = this.attached;
      this.attached = null;
      attached?.detach();
      // A kept thread stays for the next build; the session stops it after a failure.
      if (!this.keptThread) await attached?.thread.close();
    }
  }

  /** Hands parts to the thread while fewer than PARTS_AHEAD wait there; settles `finished` when all are written. */
  private handOver(): void {
    while (!this.failure && this.waiting.length > 0 && this.handed - this.done < PARTS_AHEAD) {
      const shard = this.waiting.shift() as SearchShard;
      this.worker().postMessage({
        log: this.log,
        name: shard.name,
        output: path.join(this.output, 'pagefind', shard.name),
        records: shard.articles.map((article) => this.record(article)),
      } satisfies SearchMessage);
      this.handed++;
    }
    if (this.failure || (this.waiting.length === 0 && this.done === this.handed)) this.settle?.();
  }

  private record(article: Article): SearchRecord {
    const meta: Record<string, string> = { title: article.headline };
    if (article.date) meta.dato = formatDate(article.date);
    return { file: article.file, url: this.site.href(article.url), text: `${article.headline}\n${article.lead ?? ''}`, meta, body: this.bodyOf(article) };
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.settle?.();
  }

  private worker(): Worker {
    if (this.attached) return this.attached.thread.worker;
    const thread = this.keptThread?.(this.background) ?? new SearchThread(this.background);
    const onMessage = (reply: SearchReply) => {
      if ('indexed' in reply) {
        this.done++;
        this.milliseconds = performance.now() - this.started;
        this.progress.indexed(this.done, this.queued.size);
        this.handOver();
      } else if ('failed' in reply) {
        this.fail(new Error(reply.error));
      }
    };
    const onError = (error: Error) => this.fail(error);
    const onExit = (code: number) => this.fail(new Error(`The search index thread stopped with code ${code}`));
    thread.worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    this.attached = { thread, detach: () => thread.worker.off('message', onMessage).off('error', onError).off('exit', onExit) };
    return thread.worker;
  }
}

/** The text Pagefind indexes for an article: headline and lead (a record's `text`), then the body, nothing else. */
export function searchContent(record: Pick<SearchRecord, 'text'>, body: readonly Block[]): string {
  return record.text + body.map((block) => `\n${block.text}`).join('');
}
