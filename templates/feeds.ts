import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import type { FeedPage, SitemapPage, TopicFeedPage } from '../src/archive/index.ts';
import type { ArticleDate } from '../src/model/index.ts';
import { renderBody } from '../src/render/body.ts';
import { toInstant } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import { pagesOf, type Template } from './types.ts';

/** RFC 3339 for a date, or the epoch when there is none (feeds require a date). */
function instant(date: ArticleDate | null | undefined): string {
  return date ? toInstant(date) : dateToRfc3339(new Date(0));
}

const notInCollections = { eleventyExcludeFromCollections: true };

/** The newest articles as an Atom feed. */
export const atomFeed: Template<FeedPage> = {
  data: pagesOf('atomFeed', notInCollections),
  render({ site, entry }) {
    return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
  <title>${site.title}</title>
  <subtitle>${site.description}</subtitle>
  <id>${site.absolute('/')}</id>
  <link href="${site.absolute(entry.url)}" rel="self" type="application/atom+xml"/>
  <link href="${site.absolute('/')}" rel="alternate" type="text/html"/>
  <updated>${instant(entry.updated)}</updated>
  <generator>newsarchive</generator>${entry.articles.map(
    (article) => html`
  <entry>
    <title>${article.headline}</title>
    <id>${site.absolute(article.url)}</id>
    <link href="${site.absolute(article.url)}" rel="alternate" type="text/html"/>
    <published>${instant(article.date)}</published>
    <updated>${instant(article.date)}</updated>
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

/** The same newest articles as a JSON Feed 1.1. */
export const jsonFeed: Template<FeedPage> = {
  data: pagesOf('jsonFeed', notInCollections),
  render({ site, entry }) {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: site.title,
      description: site.description,
      home_page_url: site.absolute('/'),
      feed_url: site.absolute(entry.url),
      language: 'da',
      items: entry.articles.map((article) => ({
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
export const topicFeed: Template<TopicFeedPage> = {
  data: pagesOf('topicFeeds', notInCollections),
  render({ site, entry }) {
    const newest = entry.articles.find((article) => article.date)?.date;
    return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
  <title>${entry.topic.name} · ${site.title}</title>
  <id>${site.absolute(entry.url)}</id>
  <link href="${site.absolute(entry.url)}" rel="self" type="application/atom+xml"/>
  <link href="${site.absolute(entry.topic.url)}" rel="alternate" type="text/html"/>
  <updated>${instant(newest)}</updated>
  <author><name>${site.title}</name></author>${entry.articles.map(
    (article) => html`
  <entry>
    <title>${article.headline}</title>
    <id>${site.absolute(article.url)}</id>
    <link href="${site.absolute(article.url)}" rel="alternate" type="text/html"/>
    <updated>${instant(article.date)}</updated>${article.lead && html`
    <summary>${article.lead}</summary>`}
  </entry>`,
  )}
</feed>
`.value;
  },
};

/** Every page of the site, for search engines. */
export const sitemap: Template<SitemapPage> = {
  data: pagesOf('sitemap', notInCollections),
  render({ site, entry }) {
    return html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entry.entries.map(
      ({ url, lastmod }) => html`
  <url><loc>${site.absolute(url)}</loc>${lastmod && html`<lastmod>${toInstant(lastmod)}</lastmod>`}</url>`,
    )}
</urlset>
`.value;
  },
};

/** Tells crawlers where the sitemap is. */
export const robots: Template<{ url: string }> = {
  data: pagesOf('robots', notInCollections),
  render({ site }) {
    return `User-agent: *\nAllow: /\n\nSitemap: ${site.absolute('/sitemap.xml')}\n`;
  },
};
