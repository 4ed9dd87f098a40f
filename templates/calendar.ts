import type { CalendarMonth } from '../src/archive/index.ts';
import { monthName } from '../src/render/dates.ts';
import { html, type SafeHtml } from '../src/render/html.ts';
import type { SiteView } from '../src/site/view.ts';
import { articleCount } from './layout.ts';
import { capitalize } from './text.ts';

const WEEKDAYS: [string, string][] = [
  ['ma', 'mandag'],
  ['ti', 'tirsdag'],
  ['on', 'onsdag'],
  ['to', 'torsdag'],
  ['fr', 'fredag'],
  ['lø', 'lørdag'],
  ['sø', 'søndag'],
];

/** A month as a table of weeks; days with articles link to where they are listed. */
export function calendar(site: SiteView, month: CalendarMonth, monthUrl: string): SafeHtml {
  const name = monthName(month.month);
  return html`<table class="calendar">
  <caption><a href="${site.href(monthUrl)}">${capitalize(name)}</a></caption>
  <thead><tr>${WEEKDAYS.map(([short, long]) => html`<th scope="col"><abbr title="${long}">${short}</abbr></th>`)}</tr></thead>
  <tbody>${month.weeks.map(
    (week) => html`
    <tr>${week.map((cell) =>
      cell === null
        ? html`<td></td>`
        : cell.url
          ? html`<td class="calendar__day--linked"><a href="${site.href(cell.url)}" aria-label="${cell.day}. ${name}: ${articleCount(cell.count)}">${cell.day}</a></td>`
          : html`<td>${cell.day}</td>`,
    )}</tr>`,
  )}
  </tbody>
</table>`;
}
