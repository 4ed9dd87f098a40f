import type { ListPage } from '../src/archive/index.ts';
import { html } from '../src/render/html.ts';
import { articleCount, layout } from './layout.ts';
import { articleList, crumbs, pager } from './partials.ts';
import { pagesOf, type Template } from './types.ts';

/** Articles whose date is unknown. */
export const undated: Template<ListPage> = {
  data: pagesOf('undated'),
  render(data) {
    const { site, entry } = data;
    const main = html`
${crumbs(site, [{ label: 'Tidslinje', url: '/' }, { label: 'Udateret' }])}
<h1 class="page-title">Udateret</h1>
<p class="page-intro">${
      entry.count === null
        ? `Side ${entry.pageNumber} af ${entry.pageCount}: artikler, hvor hverken teksten eller filen angiver en dato.`
        : entry.count > 0
          ? `${articleCount(entry.count)}, hvor hverken teksten eller filen angiver en dato.`
          : 'Alle artikler i arkivet har en dato, angivet i teksten eller anslået ud fra den.'
    }</p>
${entry.groups.map((group) => articleList(site, group.articles, { date: false, lead: true }))}
${pager(site, entry)}`;
    const title = `Udateret${entry.pageNumber < entry.pageCount ? ` · side ${entry.pageNumber}` : ''}`;
    return layout(data, { title, section: 'undated', description: `Artikler uden kendt dato i ${site.title}.`, main });
  },
};
