import type { MonthPage } from '../src/archive/index.ts';
import { monthName } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { articleCount, layout } from './layout.ts';
import { crumbs, dayGroups, neighbours, pager } from './partials.ts';
import { pagesOf, type Template } from './types.ts';
import { capitalize } from './text.ts';

/** A month, day by day, in pages of 50 articles counted from the oldest. */
export const month: Template<MonthPage> = {
  data: pagesOf('months'),
  render(data) {
    const { site, entry } = data;
    const view = entry.month;
    const name = `${monthName(view.month)} ${view.year}`;
    const onPage = entry.pageNumber < entry.pageCount ? ` · side ${entry.pageNumber} af ${entry.pageCount}` : '';
    const other = (month: MonthPage['olderMonth']) => month && { label: `${monthName(month.month)} ${month.year}`, url: month.url };
    const main = html`
${crumbs(site, [{ label: 'Tidslinje', url: '/' }, { label: String(view.year), url: `/${view.year}/` }, { label: monthName(view.month) }])}
<h1 class="page-title">${capitalize(name)}</h1>
<p class="page-intro">${articleCount(view.count)}${onPage}.</p>
${dayGroups(site, entry, 'Dato kendt til måneden')}
${pager(site, entry)}
${neighbours(site, 'Andre måneder', other(entry.olderMonth), other(entry.newerMonth))}`;
    const title = `${capitalize(name)}${entry.pageNumber < entry.pageCount ? ` · side ${entry.pageNumber}` : ''}`;
    return layout(data, { title, description: `Artikler fra ${name} i ${site.title}.`, main });
  },
};
