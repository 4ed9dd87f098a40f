import type { ArticlePage, Summary } from '../src/archive/index.ts';
import { renderBody } from '../src/render/body.ts';
import { monthName } from '../src/render/dates.ts';
import { html, trusted } from '../src/render/html.ts';
import type { SiteView } from '../src/site/view.ts';
import { layout } from './layout.ts';
import { type Crumb, crumbs, time } from './partials.ts';
import { paginate, type Template } from './types.ts';

/** One article: headline, date, lead, body, sources, and its neighbours in time. */
export const article: Template<ArticlePage> = {
  data: paginate('articles'),
  render(data) {
    const { site, entry } = data;
    const { article: record } = entry;
    const trail: Crumb[] = [{ label: 'Tidslinje', url: '/' }];
    if (entry.yearUrl) trail.push({ label: record.date?.iso.slice(0, 4) ?? '', url: entry.yearUrl });
    if (entry.monthUrl) trail.push({ label: monthName(Number(record.date?.iso.slice(5, 7))), url: entry.monthUrl });
    if (!record.date) trail.push({ label: 'Udateret', url: '/udateret/' });
    const estimated = html` <span class="badge" title="Datoen står ikke i teksten, men er anslået ud fra datoer, teksten nævner.">anslået dato</span>`;

    const main = html`
<article class="article">
  ${crumbs(site, trail)}
  <header class="article__header">
    <p class="article__dateline">${
      record.date ? html`${time(record.date, true)}${record.date.source === 'inferred' && estimated}` : html`<span class="badge">Udateret</span>`
    }</p>
    <h1 class="article__headline">${record.headline}</h1>${record.lead && html`
    <p class="article__lead">${record.lead}</p>`}${record.authors.length > 0 && html`
    <p class="article__byline">Af ${record.authors.join(', ')}</p>`}
  </header>
  <div class="article__body">
${trusted(renderBody(record.body))}
  </div>
  <footer class="article__footer">${record.sources.length > 0 && html`
    <p class="article__sources"><span class="label">Kilde:</span> ${record.sources.join(', ')}</p>`}${
      (entry.previous || entry.next) &&
      html`
    <nav class="neighbours neighbours--articles" aria-label="Forrige og næste artikel">
      ${entry.previous ? neighbour(site, entry.previous, 'prev') : html`<span></span>`}
      ${entry.next && neighbour(site, entry.next, 'next')}
    </nav>`
    }
  </footer>
</article>`;
    const description = record.lead ?? record.body.find((block) => block.kind === 'paragraph')?.text ?? record.headline;
    return layout(data, { title: record.headline, description, main });
  },
};

function neighbour(site: SiteView, summary: Summary, rel: 'prev' | 'next') {
  const label = rel === 'prev' ? '← Forrige' : 'Næste →';
  return html`<a href="${site.href(summary.url)}" rel="${rel}"><span class="neighbours__label">${label}</span> <span class="neighbours__title">${summary.headline}</span></a>`;
}
