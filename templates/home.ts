import { monthName } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { articleCount, layout } from './layout.ts';
import { monthChart } from './chart.ts';
import { articleList } from './partials.ts';
import type { HomePage } from '../src/archive/index.ts';
import { pagesOf, type Template } from './types.ts';

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

${monthChart(site, years)}
${
  entry.latest.length > 0 &&
  html`
<section class="latest" aria-labelledby="seneste">
  <h2 id="seneste" class="section-title">Seneste artikler</h2>
  ${articleList(site, entry.latest, true)}
</section>`
}
<section class="timeline" aria-labelledby="tidslinje-titel">
  <h2 id="tidslinje-titel" class="section-title">Alle år og måneder</h2>
  ${years.map(
    (year) => html`
  <section class="timeline-year" aria-labelledby="aar-${year.year}">
    <h3 class="timeline-year__title" id="aar-${year.year}"><a href="${site.href(year.url)}">${year.year}</a> <span class="count">${articleCount(year.count)}</span></h3>
    <ol class="month-grid">${year.months.map(
      (month) => html`
      <li><a class="month-grid__cell" href="${site.href(month.url)}"><span class="month-grid__name">${monthName(month.month)}</span> <span class="month-grid__count">${articleCount(month.count)}</span></a></li>`,
    )}${
      year.yearOnly > 0 &&
      html`
      <li><a class="month-grid__cell month-grid__cell--year" href="${site.href(year.url)}#kun-aar"><span class="month-grid__name">Kun årstal</span> <span class="month-grid__count">${articleCount(year.yearOnly)}</span></a></li>`
    }
    </ol>
  </section>`,
  )}
</section>`;
    return layout(data, { section: 'timeline', main });
  },
};
