import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import { renderBody } from '../src/render/body.ts';
import { toInstant } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import type { Template } from './types.ts';

/** The newest articles as an Atom feed. */
export const atomFeed: Template = {
  data: { permalink: '/feed.xml', eleventyExcludeFromCollections: true },
  render({ site, archive }) {
    const newest = archive.feed[0]?.date;
    const updated = newest ? toInstant(newest) : dateToRfc3339(new Date(0));
    return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
  <title>${site.title}</title>
  <subtitle>${site.description}</subtitle>
  <id>${site.absolute('/')}</id>
  <link href="${site.absolute('/feed.xml')}" rel="self" type="application/atom+xml"/>
  <link href="${site.absolute('/')}" rel="alternate" type="text/html"/>
  <updated>${updated}</updated>
  <generator>newsarchive</generator>${archive.feed.map(
    (article) => html`
  <entry>
    <title>${article.headline}</title>
    <id>${site.absolute(article.url)}</id>
    <link href="${site.absolute(article.url)}" rel="alternate" type="text/html"/>
    <published>${article.date && toInstant(article.date)}</published>
    <updated>${article.date && toInstant(article.date)}</updated>
    <author><name>${article.authors.length > 0 ? article.authors.join(', ') : article.sources.length > 0 ? article.sources.join(', ') : site.title}</name></author>${
      article.lead && html`
    <summary>${article.lead}</summary>`
    }${article.topics.map((topic) => html`
    <category term="${topic}"/>`)}
    <content type="html">${renderBody(article.body)}</content>
  </entry>`,
  )}
</feed>
`.value;
  },
};

/** Every page of the site, for search engines. */
export const sitemap: Template = {
  data: { permalink: '/sitemap.xml', eleventyExcludeFromCollections: true },
  render({ site, archive }) {
    const url = (path: string, lastmod?: string | null) =>
      html`
  <url><loc>${site.absolute(path)}</loc>${lastmod && html`<lastmod>${lastmod}</lastmod>`}</url>`;
    const newest = archive.feed[0]?.date;
    return html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${url('/', newest && toInstant(newest))}${archive.years.map((page) =>
      url(page.url),
    )}${archive.months.map((page) => url(page.url))}${archive.undated.map((page) => url(page.url))}${archive.articles.map((page) =>
      url(page.url, page.article.date && toInstant(page.article.date)),
    )}
</urlset>
`.value;
  },
};
