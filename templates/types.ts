import type { Archive } from '../src/archive/index.ts';
import type { SiteView } from '../src/site/view.ts';

/** What Eleventy hands a template's render function. */
export interface PageData<Entry = undefined> {
  entry: Entry;
  archive: Archive;
  site: SiteView;
  page: { url: string };
}

/** An Eleventy JavaScript template: front matter as `data`, and a render function. */
export interface Template<Entry = undefined> {
  data: Record<string, unknown>;
  render: (data: PageData<Entry>) => string;
}

/** Front matter of a template that renders one page per entry of an archive list. */
export function paginate(list: keyof Archive): Record<string, unknown> {
  return { pagination: { data: `archive.${list}`, size: 1, alias: 'entry' } };
}
