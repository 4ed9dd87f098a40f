import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchShard } from '../archive/index.ts';
import type { Article, Block } from '../model/index.ts';
import { formatDate } from '../render/dates.ts';
import type { Progress } from './progress.ts';
import type { SiteView } from './view.ts';

/**
 * Writes parts of the Pagefind search index into `output/pagefind/<name>/` while the caller
 * goes on planning and rendering: Pagefind works in its own process. Parts are queued by name
 * and written two at a time, each with only its own articles' bodies loaded (`bodyOf`).
 */
export class SearchIndexWriter {
  private readonly queued = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private done = 0;
  private readonly started = performance.now();
  /** Milliseconds from the start until the last queued part was written. */
  milliseconds = 0;

  constructor(
    private readonly shards: readonly SearchShard[],
    private readonly site: SiteView,
    private readonly output: string,
    private readonly bodyOf: (article: Article) => Block[],
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
    this.queue = this.queue.then(() => this.writeParts(parts));
    // A failure is reported by `finished`, not as an unhandled rejection before it is awaited.
    this.queue.catch(() => {});
  }

  /** Resolves when every queued part is written; rejects with the first failure. */
  async finished(): Promise<void> {
    try {
      await this.queue;
    } finally {
      this.milliseconds = performance.now() - this.started;
    }
  }

  private async writeParts(parts: readonly SearchShard[]): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < parts.length) {
        const shard = parts[next++] as SearchShard;
        const articles = shard.articles.map((article) => ({ ...article, body: this.bodyOf(article) }));
        await writeShard({ name: shard.name, articles }, this.site, path.join(this.output, 'pagefind', shard.name));
        this.progress.indexed(++this.done, this.queued.size);
      }
    };
    try {
      await Promise.all([worker(), worker()]);
    } finally {
      await pagefind.close();
    }
  }
}

/** The text Pagefind indexes for an article: headline, lead and body, nothing else. */
export function searchText(article: Article): string {
  return [article.headline, article.lead ?? '', ...article.body.map((block) => block.text)].join('\n');
}

async function writeShard(shard: SearchShard, site: SiteView, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
  if (!index) throw new Error(`Pagefind could not create the search index ${shard.name}: ${errors.join('; ')}`);
  await Promise.all(
    shard.articles.map(async (article) => {
      // Pagefind shows every field but the title as "name: value" under a hit.
      const meta: Record<string, string> = { title: article.headline };
      if (article.date) meta.dato = formatDate(article.date);
      const added = await index.addCustomRecord({ url: site.href(article.url), content: searchText(article), language: 'da', meta });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${article.file}: ${added.errors.join('; ')}`);
    }),
  );
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  // Pagefind keeps every index in memory until it is deleted.
  await index.deleteIndex();
}
