import type { YearPage } from '../src/archive/index.ts';
import { monthName } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { articleCount, layout } from './layout.ts';
import { calendar } from './calendar.ts';
import { articleList, crumbs, neighbours } from './partials.ts';
import { capitalize } from './text.ts';
import { pagesOf, type Template } from './types.ts';

/** A year: each month with its newest articles. */
export const year: Template<YearPage> = {
  data: pagesOf('years'),
  render(data) {
    const { site, entry } = data;
    const view = entry;
    const months = view.months.length;
    const main = html`
${crumbs(site, [{ label: 'Tidslinje', url: '/' }, { label: String(view.year) }])}
<h1 class="page-title">${view.year}</h1>
<p class="page-intro">${articleCount(view.count)} i ${months} ${months === 1 ? 'måned' : 'måneder'}.</p>
${
  entry.calendars.length > 0 &&
  html`<section class="calendars" aria-labelledby="kalender-titel">
  <h2 class="visually-hidden" id="kalender-titel">Kalender</h2>
  ${entry.calendars.map((month) => calendar(site, month, `/${view.year}/${String(month.month).padStart(2, '0')}/`))}
</section>`
}
<div class="month-summaries">${view.months.map(
  (month) => html`
<section class="month-summary" aria-labelledby="maaned-${month.month}">
  <h2 class="section-title" id="maaned-${month.month}"><a href="${site.href(month.url)}">${capitalize(monthName(month.month))}</a> <span class="count">${articleCount(month.count)}</span></h2>
  ${articleList(site, month.highlights, { date: true, lead: false })}${
    month.count > month.highlights.length &&
    html`
  <p class="more"><a href="${site.href(month.url)}">Alle ${articleCount(month.count)} fra ${monthName(month.month)} ${view.year}</a></p>`
  }
</section>`,
)}${
      view.yearOnly.length > 0 &&
      html`
<section id="kun-aar" class="month-summary" aria-labelledby="kun-aar-titel">
  <h2 class="section-title" id="kun-aar-titel">Dateret til året</h2>
  ${articleList(site, view.yearOnly, { date: false, lead: false })}
</section>`
    }
</div>
${neighbours(
  site,
  'Andre år',
  entry.olderYear && { label: String(entry.olderYear.year), url: entry.olderYear.url },
  entry.newerYear && { label: String(entry.newerYear.year), url: entry.newerYear.url },
)}`;
    return layout(data, { title: String(view.year), description: `Artikler fra ${view.year} i ${site.title}.`, main });
  },
};
