import type { ChartYear } from '../src/archive/index.ts';
import { monthName } from '../src/render/dates.ts';
import { html, type SafeHtml } from '../src/render/html.ts';
import type { SiteView } from '../src/site/view.ts';
import { articleCount } from './layout.ts';

const LABEL = 44;
const COLUMN = 28;
const ROW = 30;
const HEADER = 18;
const INITIALS = ['j', 'f', 'm', 'a', 'm', 'j', 'j', 'a', 's', 'o', 'n', 'd'];

/**
 * Articles per month as an SVG made at build time: a row per year, a column per month, a bar
 * per month whose height shows its number of articles and which links to the month's page.
 */
export function monthChart(site: SiteView, years: readonly ChartYear[]): SafeHtml | null {
  if (years.length === 0) return null;
  const max = Math.max(1, ...years.flatMap((year) => year.months.map((month) => month.count)));
  const width = LABEL + COLUMN * 12;
  const height = HEADER + ROW * years.length;
  const rows = years.map((year, row) => {
    const top = HEADER + row * ROW;
    const bars = Array.from({ length: 12 }, (_, index) => {
      const month = year.months.find((candidate) => candidate.month === index + 1);
      const x = LABEL + index * COLUMN;
      const slot = html`<rect class="chart__slot" x="${x + 2}" y="${top + 3}" width="${COLUMN - 4}" height="${ROW - 6}" rx="2"/>`;
      if (!month) return slot;
      const barHeight = Math.max(3, Math.round(((ROW - 6) * month.count) / max));
      const label = `${monthName(month.month)} ${year.year}: ${articleCount(month.count)}`;
      return html`${slot}<a href="${site.href(month.url)}" aria-label="${label}"><title>${label}</title><rect class="chart__bar" x="${x + 2}" y="${top + ROW - 3 - barHeight}" width="${COLUMN - 4}" height="${barHeight}" rx="2"/><rect class="chart__hit" x="${x + 1}" y="${top + 1}" width="${COLUMN - 2}" height="${ROW - 2}"/></a>`;
    });
    return html`
  <a href="${site.href(year.url)}" aria-label="${year.year}: ${articleCount(year.count)}"><text class="chart__year" x="0" y="${top + ROW / 2 + 5}">${year.year}</text></a>${bars}`;
  });
  return html`<figure class="chart">
<figcaption id="diagram-titel" class="chart__caption">Artikler pr. måned. Vælg en søjle for at se månedens artikler.</figcaption>
<svg class="chart__svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="diagram-titel">
  ${INITIALS.map((letter, index) => html`<text class="chart__month" x="${LABEL + index * COLUMN + COLUMN / 2}" y="12" text-anchor="middle" aria-hidden="true">${letter}</text>`)}${rows}
</svg>
</figure>`;
}
