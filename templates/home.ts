import { monthName } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import type { HomePage } from '../src/archive/index.ts';
import { monthChart } from './chart.ts';
import { articleCount, layout } from './layout.ts';
import { articleList } from './partials.ts';
import { pagesOf, type Template } from './types.ts';

const SHORT_MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** The home page: the timeline of years and months, and the latest articles. */
export const home: Template<HomePage> = {
  data: pagesOf('home'),
  render(data) {
    const { site, entry } = data;
    const { chart: years, undated } = entry;
    const span = years.length === 0 ? '' : years.length === 1 ? ` fra ${years[0]?.year}` : ` fra ${years.at(-1)?.year}–${years[0]?.year}`;
    const main = html`
<h1 class="page-title">Tidslinje</h1>
<p class="page-intro">${articleCount(entry.count)}${span}${
      undated > 0 && html`, heraf <a href="${site.href('/udateret/')}">${undated} udaterede</a>`
    }.</p>

<div class="home-grid">
${monthChart(site, years)}
${
  entry.latest.length > 0 &&
  html`<section class="latest" aria-labelledby="seneste">
  <h2 id="seneste" class="section-title">Seneste artikler</h2>
  ${articleList(site, entry.latest, { date: true, lead: false })}
</section>`
}
</div>
${
  years.length > 0 &&
  html`<section class="timeline" aria-labelledby="tidslinje-titel">
  <h2 id="tidslinje-titel" class="section-title">Alle år og måneder</h2>
  <ol class="year-list">${years.map(
    (year) => html`
    <li class="year-row">
      <a class="year-row__year" href="${site.href(year.url)}">${year.year}</a> <span class="count">${articleCount(year.count)}</span>
      <ol class="year-row__months">${year.months.map(
        (month) => html`<li class="m${month.month}"><a href="${site.href(month.url)}" aria-label="${monthName(month.month)} ${year.year}: ${articleCount(month.count)}">${SHORT_MONTHS[month.month - 1]} <span class="year-row__count">${month.count}</span></a></li>`,
      )}${
        year.yearOnly > 0 &&
        html`<li class="m13"><a href="${site.href(year.url)}#kun-aar" aria-label="Dateret til ${year.year}: ${articleCount(year.yearOnly)}">kun år <span class="year-row__count">${year.yearOnly}</span></a></li>`
      }</ol>
    </li>`,
  )}
  </ol>
</section>`
}`;
    return layout(data, { section: 'timeline', main });
  },
};
