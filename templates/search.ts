import { html } from '../src/render/html.ts';
import { layout } from './layout.ts';
import { crumbs } from './partials.ts';
import type { SearchPage } from '../src/archive/index.ts';
import { pagesOf, type Template } from './types.ts';

/** Search with Pagefind: one index per part of the archive, merged in the browser. */
export const search: Template<SearchPage> = {
  data: pagesOf('search'),
  render(data) {
    const { site, entry } = data;
    const bundles = entry.shards.map((shard) => site.href(`/pagefind/${shard}/`));
    const [primary] = bundles;
    const head =
      primary &&
      html`<link rel="stylesheet" href="${primary}pagefind-ui.css">
<script src="${primary}pagefind-ui.js" defer></script>
<script src="${site.href('/assets/search.js')}" defer></script>`;
    const main = html`
${crumbs(site, [{ label: 'Tidslinje', url: '/' }, { label: 'Søg' }])}
<h1 class="page-title">Søg i arkivet</h1>
${
  primary
    ? html`<p class="page-intro">Søgningen finder også bøjede former: <i>soldaterne</i> finder artikler om <i>soldater</i>.</p>
<div id="soegning" class="search" data-bundles="${JSON.stringify(bundles)}"></div>
<noscript><p class="notice">Søgningen kræver JavaScript. Uden kan du finde artikler på <a href="${site.href('/')}">tidslinjen</a> og under <a href="${site.href('/emner/')}">emner</a>.</p></noscript>`
    : html`<p class="page-intro">Arkivet har endnu ingen artikler at søge i.</p>`
}`;
    return layout(data, { title: 'Søg', section: 'search', head, description: `Søg i ${site.title}.`, main });
  },
};
