import { createHash } from 'node:crypto';
import type { ArticleDate } from '../model/index.ts';
import { slugify } from './slug.ts';

export interface Placeable {
  id: string;
  headline: string;
  slug: string | null;
  date: ArticleDate | null;
}

/** Slugs that would clash with the archive's own pages: month folders and list pages. */
const RESERVED = /^(?:\d+|side-\d+)$/;

/**
 * Folder of an article's URL: `/2021/04/`, `/2021/` for a year-only date, `/udateret/`. An
 * estimated date does not count: it can change as the archive grows, and a URL must not.
 */
export function urlFolder(date: ArticleDate | null): string {
  if (date === null || date.source === 'inferred') return '/udateret/';
  const [year, month] = date.iso.split(/[-T]/);
  return date.precision === 'year' ? `/${year}/` : `/${year}/${month}/`;
}

function baseSlug(article: Placeable): string {
  const slug = slugify(article.slug ?? article.headline) || 'artikel';
  return RESERVED.test(slug) ? `${slug}-artikel` : slug;
}

/** Six hex digits that depend on the id alone, so a suffixed URL never changes. */
export function idSuffix(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 6);
}

/**
 * URLs for all articles. Articles that would share a URL are told apart by id: the earliest
 * (by date, then id) keeps the plain slug, each other one gets a suffix made from its own id.
 * So URLs never depend on file order, and a newer article with the same headline never takes
 * an existing article's URL.
 */
export function assignUrls(articles: readonly Placeable[]): Map<string, string> {
  const groups = new Map<string, Placeable[]>();
  for (const article of articles) {
    const url = `${urlFolder(article.date)}${baseSlug(article)}/`;
    const group = groups.get(url);
    if (group) group.push(article);
    else groups.set(url, [article]);
  }
  const urls = new Map<string, string>();
  for (const [url, group] of groups) {
    group.sort((a, b) => compare(statedIso(a.date), statedIso(b.date)) || compare(a.id, b.id));
    group.forEach((article, index) => {
      urls.set(article.id, index === 0 ? url : `${url.slice(0, -1)}-${idSuffix(article.id)}/`);
    });
  }
  return urls;
}

function statedIso(date: ArticleDate | null): string {
  return date && date.source !== 'inferred' ? date.iso : '';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
