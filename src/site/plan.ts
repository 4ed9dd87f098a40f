import { createHash } from 'node:crypto';
import type { Archive, ArticlePage, FeedPage, PageKind, Pages } from '../archive/index.ts';
import { outputFile } from '../archive/index.ts';
import type { Article } from '../model/index.ts';

/** One page to write: where, from which descriptor, and a hash of everything it shows. */
export interface PlannedPage {
  kind: PageKind;
  /** Path in the output folder: `2021/04/slug/index.html`, `feed.xml`. */
  file: string;
  entry: Pages[PageKind][number];
  hash: string;
}

export interface PlannedShard {
  name: string;
  hash: string;
}

/**
 * Every page of the archive with a hash of its descriptor. A body is hashed as the key of the
 * file it was parsed from (`bodyKeys`, by article id), so bodies need not be in memory to tell
 * whether a page changed. `salt` covers what every page depends on: templates, settings, chrome.
 */
export function planPages(archive: Archive, bodyKeys: ReadonlyMap<string, string>, salt: string): PlannedPage[] {
  // An article's body is stood in for by its key: a shallow copy keeps JSON.stringify on its fast path.
  const withKey = (article: Article) => ({ ...article, body: bodyKeys.get(article.id) ?? article.body });
  const hashable = (kind: PageKind, entry: Pages[PageKind][number]): unknown => {
    if (kind === 'articles') return { ...entry, article: withKey((entry as ArticlePage).article) };
    if (kind === 'atomFeed' || kind === 'jsonFeed') return { ...entry, articles: (entry as FeedPage).articles.map(withKey) };
    return entry;
  };
  const planned: PlannedPage[] = [];
  for (const kind of Object.keys(archive.pages) as PageKind[]) {
    for (const entry of archive.pages[kind]) {
      const hash = createHash('sha1').update(salt).update(kind).update(JSON.stringify(hashable(kind, entry))).digest('hex');
      planned.push({ kind, file: outputFile(entry.url), entry, hash });
    }
  }
  return planned;
}

/** Each part of the search index with a hash of what it indexes. */
export function planShards(archive: Archive, bodyKeys: ReadonlyMap<string, string>, salt: string): PlannedShard[] {
  return archive.search.map((shard) => {
    const hash = createHash('sha1').update(salt).update(shard.name);
    for (const article of shard.articles) {
      hash.update(JSON.stringify([article.url, article.headline, article.lead, article.date, bodyKeys.get(article.id) ?? article.body]));
    }
    return { name: shard.name, hash: hash.digest('hex') };
  });
}

/** The archive's pages cut down to `planned`, grouped by kind as the templates paginate them. */
export function pagesToRender(archive: Archive, planned: readonly PlannedPage[]): Pages {
  const pages = Object.fromEntries(Object.keys(archive.pages).map((kind) => [kind, [] as unknown[]])) as Record<PageKind, unknown[]>;
  for (const page of planned) pages[page.kind].push(page.entry);
  return pages as unknown as Pages;
}
