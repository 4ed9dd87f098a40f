import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchShard } from '../archive/index.ts';
import type { Article, Block } from '../model/index.ts';
import { formatDate } from '../render/dates.ts';
import type { Progress } from './progress.ts';
import type { SiteView } from './view.ts';

/**
 * Writes each part of the Pagefind search index to `output/pagefind/<name>/`, two at a time.
 * `bodyOf` reads an article's body: bodies are loaded only for the part being written.
 */
export async function writeSearchIndex(
  shards: readonly SearchShard[],
  site: SiteView,
  output: string,
  bodyOf: (article: Article) => Block[],
  progress: Progress,
): Promise<void> {
  if (shards.length === 0) return;
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < shards.length) {
      const shard = shards[next++] as SearchShard;
      const articles = shard.articles.map((article) => ({ ...article, body: bodyOf(article) }));
      await writeShard({ name: shard.name, articles }, site, path.join(output, 'pagefind', shard.name));
      progress.indexed(++done, shards.length);
    }
  };
  try {
    await Promise.all([worker(), worker()]);
  } finally {
    await pagefind.close();
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
