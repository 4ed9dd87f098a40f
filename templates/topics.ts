import type { TopicIndexPage, TopicLink, TopicPage } from '../src/archive/index.ts';
import { html } from '../src/render/html.ts';
import { articleCount, layout } from './layout.ts';
import { articleList, crumbs, pager } from './partials.ts';
import { pagesOf, type Template } from './types.ts';

/** All topics, A–Å, with their number of articles. */
export const topicIndex: Template<TopicIndexPage> = {
  data: pagesOf('topicIndex'),
  render(data) {
    const { site, entry } = data;
    const groups = new Map<string, TopicLink[]>();
    for (const topic of entry.topics) {
      const letter = initial(topic.name);
      const group = groups.get(letter);
      if (group) group.push(topic);
      else groups.set(letter, [topic]);
    }
    const main = html`
${crumbs(site, [{ label: 'Tidslinje', url: '/' }, { label: 'Emner' }])}
<h1 class="page-title">Emner</h1>
<p class="page-intro">${entry.topics.length === 1 ? '1 person, sted eller organisation, som artiklerne nævner.' : `${entry.topics.length} personer, steder og organisationer, som artiklerne nævner.`}</p>
${entry.topics.length > 0 && html`<nav class="letters" aria-label="Forbogstaver"><ul>${[...groups.keys()].map((letter) => html`<li><a href="#bogstav-${letter}">${letter}</a></li>`)}</ul></nav>`}
${[...groups.entries()].map(
  ([letter, topics]) => html`
<section class="topic-group" aria-labelledby="bogstav-${letter}">
  <h2 class="topic-group__letter" id="bogstav-${letter}">${letter}</h2>
  <ul class="topic-list">${topics.map(
    (topic) => html`
    <li><a href="${site.href(topic.url)}">${topic.name}</a> <span class="count">${articleCount(topic.count)}</span></li>`,
  )}
  </ul>
</section>`,
)}`;
    return layout(data, { title: 'Emner', section: 'topics', description: `Personer, steder og organisationer i ${site.title}.`, main });
  },
};

/** One topic: its articles, newest first, in pages of 50 counted from the oldest, and its feed. */
export const topic: Template<TopicPage> = {
  data: pagesOf('topicPages'),
  render(data) {
    const { site, entry } = data;
    // The first page gives the number of articles; the others, which keep their articles as new ones come, where they are.
    const intro = entry.count === null ? `Side ${entry.pageNumber} af ${entry.pageCount}` : articleCount(entry.count);
    const feed = `${entry.topic.url}feed.xml`;
    const main = html`
${crumbs(site, [{ label: 'Tidslinje', url: '/' }, { label: 'Emner', url: '/emner/' }, { label: entry.topic.name }])}
<h1 class="page-title">${entry.topic.name}</h1>
<p class="page-intro">${intro} · <a href="${site.href(feed)}">Feed for emnet</a></p>
${entry.groups.map((group) => articleList(site, group.articles, { date: true, lead: true }))}
${pager(site, entry)}`;
    const title = `${entry.topic.name}${entry.pageNumber < entry.pageCount ? ` · side ${entry.pageNumber}` : ''}`;
    const head = html`<link rel="alternate" type="application/atom+xml" title="${entry.topic.name} · ${site.title}" href="${site.href(feed)}">`;
    return layout(data, { title, section: 'topics', head, description: `Artikler om ${entry.topic.name} i ${site.title}.`, main });
  },
};

/**
 * The letter a topic is filed under; digits and signs under "#". Danish sorting reads "Aa" as
 * "Å" (Aarhus comes after Z), so such names are filed under Å, where the sorting puts them.
 */
function initial(name: string): string {
  const letter = name.charAt(0).toLocaleUpperCase('da');
  if (!/\p{L}/u.test(letter)) return '#';
  if (/^aa/i.test(name)) return 'Å';
  return 'ÆØÅ'.includes(letter) ? letter : letter.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
