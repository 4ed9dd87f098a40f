import type { Archive, PageKind } from '../src/archive/index.ts';
import type { SiteView } from '../src/site/view.ts';

/** What Eleventy hands a template's render function. */
export interface PageData<Entry> {
  /** The page's descriptor. */
  entry: Entry;
  chrome: Archive['chrome'];
  site: SiteView;
  page: { url: string };
}

/** An Eleventy JavaScript template: front matter as `data`, and a render function (the feeds' renders wait for a filter). */
export interface Template<Entry> {
  data: Record<string, unknown>;
  render: (data: PageData<Entry>) => string | Promise<string>;
}

/** Front matter of a template that renders one page per descriptor of a kind. */
export function pagesOf(kind: PageKind, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { pagination: { data: `pages.${kind}`, size: 1, alias: 'entry' }, ...extra };
}
