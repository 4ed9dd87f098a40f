import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import type { Summary } from '../src/archive/index.ts';
import { renderBody } from '../src/render/body.ts';
import { toInstant } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { paginate, type Template } from './types.ts';

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
    )}${archive.months.map((page) => url(page.url))}${archive.undated.map((page) => url(page.url))}${url('/emner/')}${archive.topicPages.map((page) => url(page.url))}${url('/soeg/')}${archive.articles.map((page) =>
      url(page.url, page.article.date && toInstant(page.article.date)),
    )}
</urlset>
`.value;
  },
};

/** The same newest articles as a JSON Feed 1.1. */
export const jsonFeed: Template = {
  data: { permalink: '/feed.json', eleventyExcludeFromCollections: true },
  render({ site, archive }) {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: site.title,
      description: site.description,
      home_page_url: site.absolute('/'),
      feed_url: site.absolute('/feed.json'),
      language: 'da',
      items: archive.feed.map((article) => ({
        id: site.absolute(article.url),
        url: site.absolute(article.url),
        title: article.headline,
        ...(article.lead ? { summary: article.lead } : {}),
        content_html: renderBody(article.body),
        ...(article.date ? { date_published: toInstant(article.date) } : {}),
        ...(article.authors.length > 0 ? { authors: article.authors.map((name) => ({ name })) } : {}),
        ...(article.topics.length > 0 ? { tags: article.topics } : {}),
      })),
    };
    return `${JSON.stringify(feed, null, 2)}\n`;
  },
};

/** An Atom feed per topic: the newest articles naming it, with their leads. */
export const topicFeed: Template<{ url: string; topic: { name: string; url: string }; articles: Summary[] }> = {
  data: { ...paginate('topicFeeds'), eleventyExcludeFromCollections: true },
  render({ site, entry }) {
    const newest = entry.articles.find((article) => article.date)?.date;
    return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
  <title>${entry.topic.name} · ${site.title}</title>
  <id>${site.absolute(entry.url)}</id>
  <link href="${site.absolute(entry.url)}" rel="self" type="application/atom+xml"/>
  <link href="${site.absolute(entry.topic.url)}" rel="alternate" type="text/html"/>
  <updated>${newest ? toInstant(newest) : dateToRfc3339(new Date(0))}</updated>
  <author><name>${site.title}</name></author>${entry.articles.map(
    (article) => html`
  <entry>
    <title>${article.headline}</title>
    <id>${site.absolute(article.url)}</id>
    <link href="${site.absolute(article.url)}" rel="alternate" type="text/html"/>
    <updated>${article.date ? toInstant(article.date) : dateToRfc3339(new Date(0))}</updated>${article.lead && html`
    <summary>${article.lead}</summary>`}
  </entry>`,
  )}
</feed>
`.value;
  },
};

/** Tells crawlers where the sitemap is. */
export const robots: Template = {
  data: { permalink: '/robots.txt', eleventyExcludeFromCollections: true },
  render({ site }) {
    return `User-agent: *\nAllow: /\n\nSitemap: ${site.absolute('/sitemap.xml')}\n`;
  },
};
