import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Article } from '../model/index.ts';
import { searchShard } from '../archive/index.ts';
import { formatDate } from '../render/dates.ts';
import type { SiteView } from './view.ts';

/** Writes the Pagefind search index, one bundle per shard, under `output/pagefind/<shard>/`. */
export async function writeSearchIndex(articles: readonly Article[], site: SiteView, output: string, only?: ReadonlySet<string>): Promise<void> {
  const shards = new Map<string, Article[]>();
  for (const article of articles) {
    const shard = searchShard(article);
    if (only && !only.has(shard)) continue;
    const list = shards.get(shard);
    if (list) list.push(article);
    else shards.set(shard, [article]);
  }
  try {
    await Promise.all([...shards].map(([shard, list]) => writeShard(shard, list, site, path.join(output, 'pagefind', shard))));
  } finally {
    await pagefind.close();
  }
}

async function writeShard(shard: string, articles: readonly Article[], site: SiteView, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
  if (!index) throw new Error(`Pagefind could not create the search index for ${shard}: ${errors.join('; ')}`);
  for (const article of articles) {
    const content = [article.headline, article.lead ?? '', ...article.body.map((block) => block.text)].join('\n');
    const meta: Record<string, string> = { title: article.headline };
    if (article.date) meta.date = formatDate(article.date);
    const added = await index.addCustomRecord({ url: site.href(article.url), content, language: 'da', meta });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${article.file}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
}
