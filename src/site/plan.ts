import { hash } from 'node:crypto';
import type { Archive, PageKind, Pages, SearchShard } from '../archive/index.ts';
import { outputFile, summarize } from '../archive/index.ts';

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
 * Every page of the archive with a hash of its descriptor. `salt` covers what every page
 * depends on: templates, settings, chrome.
 *
 * Lists repeat the same articles many times, so each article and each summary is written out
 * once, as a token, and a page's hash covers the tokens of what it shows. An article's token is
 * made of the key of the file it was parsed from (`bodyKeys`, by article id), which fixes the
 * parsed record and its body, and the fields enrichment adds; bodies need not be in memory to
 * tell whether a page changed. A summary's token is made of what it shows, so that an edit of
 * an article's body leaves the lists showing it as they are.
 */
export function planPages(archive: Archive, bodyKeys: ReadonlyMap<string, string>, salt: string): PlannedPage[] {
  const tokens = new Map<object, string>();
  for (const { article } of archive.pages.articles) {
    const key = bodyKeys.get(article.id);
    const { url, date, topics, warnings } = article;
    const summary = summarize(article);
    tokens.set(article, digest(key === undefined ? JSON.stringify(article) : JSON.stringify([key, url, date, topics, warnings])));
    tokens.set(summary, digest(JSON.stringify(summary)));
  }
  // A topic link is shared by every article page showing the topic: described once.
  for (const { topics } of archive.pages.articles) {
    for (const link of topics) if (!tokens.has(link)) tokens.set(link, describe(link, tokens));
  }
  const planned: PlannedPage[] = [];
  for (const kind of Object.keys(archive.pages) as PageKind[]) {
    for (const entry of archive.pages[kind]) {
      planned.push({ kind, file: outputFile(entry.url), entry, hash: hash('sha1', salt + kind + describe(entry, tokens), 'hex') });
    }
  }
  return planned;
}

/** A short stand-in for `text`, told apart from JSON by its `#`. */
function digest(text: string): string {
  return `#${hash('sha1', text, 'base64')}`;
}

/** `value` as JSON would write it, but an object that has a token as the token. */
function describe(value: unknown, tokens: ReadonlyMap<object, string>): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return value === undefined ? 'u' : String(value);
  const token = tokens.get(value);
  if (token !== undefined) return token;
  let text: string;
  if (Array.isArray(value)) {
    text = '[';
    for (const item of value) text += `${describe(item, tokens)},`;
    return `${text}]`;
  }
  text = '{';
  for (const key in value) text += `${key}:${describe((value as Record<string, unknown>)[key], tokens)},`;
  return `${text}}`;
}

/** Each part of the search index with a hash of what it indexes. */
export function planShards(shards: readonly SearchShard[], bodyKeys: ReadonlyMap<string, string>, salt: string): PlannedShard[] {
  return shards.map((shard) => {
    // The key of an article's file fixes its headline, lead and body; enriching adds the rest.
    let text = `${salt}\n${shard.name}\n`;
    for (const article of shard.articles) {
      const key = bodyKeys.get(article.id);
      const { url, date } = article;
      text += key === undefined ? `${JSON.stringify([url, article.headline, article.lead, date, article.body])}\n` : `${key}\t${url}\t${date ? `${date.iso} ${date.precision} ${date.source}` : ''}\n`;
    }
    return { name: shard.name, hash: hash('sha1', text, 'hex') };
  });
}

/** The archive's pages cut down to `planned`, grouped by kind as the templates paginate them. */
export function pagesToRender(archive: Archive, planned: readonly PlannedPage[]): Pages {
  const pages = Object.fromEntries(Object.keys(archive.pages).map((kind) => [kind, [] as unknown[]])) as Record<PageKind, unknown[]>;
  for (const page of planned) pages[page.kind].push(page.entry);
  return pages as unknown as Pages;
}
