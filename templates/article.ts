import type { ArticlePage, Summary } from '../src/archive/index.ts';
import { statedDate } from '../src/model/dates.ts';
import { renderBody } from '../src/render/body.ts';
import { datetimeAttribute, monthName } from '../src/render/dates.ts';
import { html, trusted } from '../src/render/html.ts';
import type { SiteView } from '../src/site/view.ts';
import { excerpt, layout } from './layout.ts';
import { articleList, type Crumb, crumbs, time } from './partials.ts';
import { pagesOf, type Template } from './types.ts';

/** One article: headline, date, lead, body, sources, and its neighbours in time. */
export const article: Template<ArticlePage> = {
  data: pagesOf('articles'),
  render(data) {
    const { site, entry } = data;
    const { article: record } = entry;
    const trail: Crumb[] = [{ label: 'Tidslinje', url: '/' }];
    if (entry.yearUrl) trail.push({ label: record.date?.iso.slice(0, 4) ?? '', url: entry.yearUrl });
    if (entry.monthUrl) trail.push({ label: monthName(Number(record.date?.iso.slice(5, 7))), url: entry.monthUrl });
    if (!record.date) trail.push({ label: 'Udateret', url: '/udateret/' });
    const estimated = html` <span class="badge" title="Datoen står ikke i teksten, men er anslået ud fra datoer, teksten nævner.">anslået dato</span>`;

    const topics =
      entry.topics.length > 0 &&
      html`
  <section class="article-aside__section article-aside__topics" aria-labelledby="emner-titel">
    <h2 class="article__aside-title" id="emner-titel">Emner</h2>
    <ul class="tags">${entry.topics.map((topic) =>
      topic.url ? html`<li><a class="tag" href="${site.href(topic.url)}">${topic.name}</a></li>` : html`<li><span class="tag tag--plain">${topic.name}</span></li>`,
    )}</ul>
  </section>`;
    const related =
      entry.related.length > 0 &&
      html`
  <section class="article-aside__section article-aside__related" aria-labelledby="relaterede-titel">
    <h2 class="article__aside-title" id="relaterede-titel">Relaterede artikler</h2>
    ${articleList(site, entry.related, { date: true, lead: false })}
  </section>`;

    const main = html`
${crumbs(site, trail)}
<div class="article-layout">
<article class="article">
  <header class="article__header">
    <p class="article__dateline">${
      record.date ? html`${time(record.date, true)}${record.date.source === 'inferred' && estimated}` : html`<span class="badge">Udateret</span>`
    }</p>
    <h1 class="article__headline">${record.headline}</h1>${record.lead && html`
    <p class="article__lead">${record.lead}</p>`}${record.authors.length > 0 && html`
    <p class="article__byline">Af ${record.authors.join(', ')}</p>`}
  </header>
  <div class="article__body" data-pagefind-body>
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
</article>${
      (topics || related) &&
      html`
<aside class="article-aside" aria-label="Emner og relaterede artikler">${topics}${related}
</aside>`
    }
</div>`;
    const description = record.lead ?? record.body.find((block) => block.kind === 'paragraph')?.text ?? record.headline;
    return layout(data, { title: record.headline, description, head: sharing(site, entry, excerpt(description)), main });
  },
};

/** Open Graph tags and a schema.org NewsArticle for search engines and link previews. */
function sharing(site: SiteView, entry: ArticlePage, description: string) {
  const { article: record } = entry;
  const url = site.absolute(entry.url);
  // An estimated date is shown on the page as such, but not published as a fact for machines.
  const stated = statedDate(record.date);
  const published = stated ? datetimeAttribute(stated) : null;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: record.headline,
    ...(published ? { datePublished: published } : {}),
    description,
    inLanguage: 'da',
    url,
    mainEntityOfPage: url,
    isPartOf: { '@type': 'WebSite', name: site.title, url: site.absolute('/') },
    ...(record.authors.length > 0 ? { author: record.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(record.sources.length > 0 ? { sourceOrganization: record.sources.map((name) => ({ '@type': 'Organization', name })) } : {}),
    ...(record.topics.length > 0 ? { keywords: record.topics } : {}),
  };
  return html`<meta property="og:type" content="article">
<meta property="og:title" content="${record.headline}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="${site.title}">
<meta property="og:locale" content="da_DK">${published && html`
<meta property="article:published_time" content="${published}">`}${record.topics.map((topic) => html`
<meta property="article:tag" content="${topic}">`)}
<script type="application/ld+json">${trusted(JSON.stringify(jsonLd).replace(/</g, '\\u003c'))}</script>`;
}

function neighbour(site: SiteView, summary: Summary, rel: 'prev' | 'next') {
  const label = rel === 'prev' ? '← Forrige' : 'Næste →';
  return html`<a href="${site.href(summary.url)}" rel="${rel}"><span class="neighbours__label">${label}</span> <span class="neighbours__title">${summary.headline}</span></a>`;
}
