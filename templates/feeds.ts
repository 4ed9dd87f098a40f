import type { FeedPage, SitemapEntry, SitemapIndexPage, SitemapPage, TopicFeedPage } from '../src/archive/index.ts';
import { newestKnownDate } from '../src/archive/dates.ts';
import { statedDate } from '../src/model/dates.ts';
import type { ArticleDate } from '../src/model/index.ts';
import { renderBody } from '../src/render/body.ts';
import { toInstant } from '../src/render/dates.ts';
import { html } from '../src/render/html.ts';
import type { SiteView } from '../src/site/view.ts';
import { pagesOf, type PageData, type Template } from './types.ts';

/**
 * The filters of @11ty/eleventy-plugin-rss, which the newsarchive plugin registers for the
 * JavaScript templates; Eleventy hands them to a template's render function as `this`.
 */
export interface FeedFilters {
  dateToRfc3339(date: Date): string;
  absoluteUrl(url: string, base: string): string;
  htmlToAbsoluteUrls(html: string, base: string): Promise<string>;
}

/** A template rendered with the feed filters. */
interface FeedTemplate<Entry> extends Omit<Template<Entry>, 'render'> {
  render(this: FeedFilters, data: PageData<Entry>): string | Promise<string>;
}

/**
 * The filters for one feed: dates as RFC 3339, the epoch when there is none (feeds require a
 * date), and site-relative URLs made absolute against the site's address.
 */
function feedHelpers(filters: FeedFilters, site: SiteView) {
  const root = site.absolute('/');
  return {
    instant: (date: ArticleDate | null | undefined) => filters.dateToRfc3339(new Date(date ? toInstant(date) : 0)),
    absolute: (url: string) => filters.absoluteUrl(url.replace(/^\/+/, ''), root),
  };
}

const notInCollections = { eleventyExcludeFromCollections: true };

/**
 * The newest articles as an Atom feed. An article with an estimated date has no `<published>`,
 * and its `<updated>` is the epoch, as for an article without a date: the estimate is shown on
 * its page, marked as such, but not stated as a fact here.
 */
export const atomFeed: FeedTemplate<FeedPage> = {
  data: pagesOf('atomFeed', notInCollections),
  async render({ site, entry }) {
    const { instant, absolute } = feedHelpers(this, site);
    const entries = await Promise.all(
      entry.articles.map(async (article) => {
        const url = absolute(article.url);
        const date = statedDate(article.date);
        return html`
  <entry>
    <title>${article.headline}</title>
    <id>${url}</id>
    <link href="${url}" rel="alternate" type="text/html"/>${date && html`
    <published>${instant(date)}</published>`}
    <updated>${instant(date)}</updated>
    <author><name>${article.authors.length > 0 ? article.authors.join(', ') : article.sources.length > 0 ? article.sources.join(', ') : site.title}</name></author>${
      article.lead && html`
    <summary>${article.lead}</summary>`
    }${article.topics.map((topic) => html`
    <category term="${topic}"/>`)}
    <content type="html">${await this.htmlToAbsoluteUrls(renderBody(article.body), url)}</content>
  </entry>`;
      }),
    );
    return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
  <title>${site.title}</title>
  <subtitle>${site.description}</subtitle>
  <id>${absolute('/')}</id>
  <link href="${absolute(entry.url)}" rel="self" type="application/atom+xml"/>
  <link href="${absolute('/')}" rel="alternate" type="text/html"/>
  <updated>${instant(statedDate(entry.updated))}</updated>
  <generator>newsarchive</generator>${entries}
</feed>
`.value;
  },
};

/** The same newest articles as a JSON Feed 1.1; an estimated date is left out, as in the Atom feed. */
export const jsonFeed: FeedTemplate<FeedPage> = {
  data: pagesOf('jsonFeed', notInCollections),
  async render({ site, entry }) {
    const { instant, absolute } = feedHelpers(this, site);
    const items = await Promise.all(
      entry.articles.map(async (article) => {
        const url = absolute(article.url);
        const date = statedDate(article.date);
        return {
          id: url,
          url,
          title: article.headline,
          ...(article.lead ? { summary: article.lead } : {}),
          content_html: await this.htmlToAbsoluteUrls(renderBody(article.body), url),
          ...(date ? { date_published: instant(date) } : {}),
          ...(article.authors.length > 0 ? { authors: article.authors.map((name) => ({ name })) } : {}),
          ...(article.topics.length > 0 ? { tags: article.topics } : {}),
        };
      }),
    );
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: site.title,
      description: site.description,
      home_page_url: absolute('/'),
      feed_url: absolute(entry.url),
      language: 'da',
      items,
    };
    return `${JSON.stringify(feed, null, 2)}\n`;
  },
};

/** An Atom feed per topic: the newest articles naming it, with their leads. */
export const topicFeed: FeedTemplate<TopicFeedPage> = {
  data: pagesOf('topicFeeds', notInCollections),
  render({ site, entry }) {
    const { instant, absolute } = feedHelpers(this, site);
    return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
  <title>${entry.topic.name} · ${site.title}</title>
  <id>${absolute(entry.url)}</id>
  <link href="${absolute(entry.url)}" rel="self" type="application/atom+xml"/>
  <link href="${absolute(entry.topic.url)}" rel="alternate" type="text/html"/>
  <updated>${instant(newestKnownDate(entry.articles))}</updated>
  <author><name>${site.title}</name></author>${entry.articles.map(
    (article) => html`
  <entry>
    <title>${article.headline}</title>
    <id>${absolute(article.url)}</id>
    <link href="${absolute(article.url)}" rel="alternate" type="text/html"/>
    <updated>${instant(statedDate(article.date))}</updated>${article.lead && html`
    <summary>${article.lead}</summary>`}
  </entry>`,
  )}
</feed>
`.value;
  },
};

/** The sitemaps of the site, for search engines: one of the list pages, one per year of articles. */
export const sitemapIndex: Template<SitemapIndexPage> = {
  data: pagesOf('sitemapIndex', notInCollections),
  render: ({ site, entry }) => sitemapXml(site, 'sitemapindex', 'sitemap', entry.sitemaps),
};

/** Pages of the site, for search engines. */
export const sitemap: Template<SitemapPage> = {
  data: pagesOf('sitemap', notInCollections),
  render: ({ site, entry }) => sitemapXml(site, 'urlset', 'url', entry.entries),
};

/** A sitemap (`urlset` of `url`) or a sitemap index (`sitemapindex` of `sitemap`): addresses with their dates. */
function sitemapXml(site: SiteView, root: string, element: string, entries: readonly SitemapEntry[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries
    .map(({ url, lastmod }) => html`
  <${element}><loc>${site.absolute(url)}</loc>${lastmod && html`<lastmod>${toInstant(lastmod)}</lastmod>`}</${element}>`.value)
    .join('')}
</${root}>
`;
}

/** Tells crawlers where the sitemap is. */
export const robots: Template<{ url: string }> = {
  data: pagesOf('robots', notInCollections),
  render({ site }) {
    return `User-agent: *\nAllow: /\n\nSitemap: ${site.absolute('/sitemap.xml')}\n`;
  },
};
