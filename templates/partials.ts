import type { ListPage, Summary } from '../src/archive/index.ts';
import type { ArticleDate } from '../src/model/index.ts';
import { datetimeAttribute, formatDate, formatDateLong } from '../src/render/dates.ts';
import { html, type SafeHtml } from '../src/render/html.ts';
import type { SiteView } from '../src/site/view.ts';

/** `<time>` with the Danish date, never more precise than known. */
export function time(date: Pick<ArticleDate, 'iso' | 'precision'>, long = false): SafeHtml {
  return html`<time datetime="${datetimeAttribute(date)}">${long ? formatDateLong(date) : formatDate(date)}</time>`;
}

/** "mandag 21. februar", the heading of a day in a list. */
export function dayHeading(iso: string): SafeHtml {
  const text = formatDateLong({ iso, precision: 'day' }).replace(' den ', ' ').replace(/ \d{4}$/, '');
  return html`<time datetime="${iso}">${text}</time>`;
}

export interface ListOptions {
  /** Show each article's date. */
  date: boolean;
  /** Show each article's lead; without it the list is compact. */
  lead: boolean;
}

/** A list of articles: headline links, with their dates and leads as asked. */
export function articleList(site: SiteView, items: readonly Summary[], { date, lead }: ListOptions): SafeHtml {
  return html`<ul class="article-list${lead ? '' : ' article-list--compact'}">${items.map(
    (item) => html`
  <li class="article-list__item">
    <a class="article-list__link" href="${site.href(item.url)}">${item.headline}</a>${
      date &&
      item.date &&
      html`
    <span class="article-list__date">${time(item.date)}${item.date.source === 'inferred' && ' (anslået)'}</span>`
    }${lead && item.lead && html`
    <p class="article-list__lead">${item.lead}</p>`}
  </li>`,
  )}
</ul>`;
}

/** The articles of a list page under a heading per day; `emptyDay` heads those without a day. */
export function dayGroups(site: SiteView, page: ListPage, emptyDay: string): SafeHtml {
  return html`${page.groups.map(
    (group, index) => html`
<section class="day-group" aria-labelledby="${group.iso ? `d-${group.iso}` : `gruppe-${index + 1}`}">
  <h2 class="day-group__title" id="${group.iso ? `d-${group.iso}` : `gruppe-${index + 1}`}">${group.iso ? dayHeading(group.iso) : emptyDay}</h2>
  ${articleList(site, group.articles, { date: group.iso === null, lead: true })}
</section>`,
  )}`;
}

export function pager(site: SiteView, page: ListPage): SafeHtml | null {
  if (page.pageCount < 2) return null;
  const link = (url: string | null, label: string, rel: 'prev' | 'next') =>
    url ? html`<a class="pager__link" href="${site.href(url)}" rel="${rel}">${label}</a>` : html`<span class="pager__link pager__link--off">${label}</span>`;
  return html`
<nav class="pager" aria-label="Sider">
  ${link(page.newerUrl, '← Nyere', 'prev')}
  <span class="pager__status">Side ${page.pageNumber} af ${page.pageCount}</span>
  ${link(page.olderUrl, 'Ældre →', 'next')}
</nav>`;
}

export interface Crumb {
  label: string;
  url?: string;
}

/** Breadcrumbs; the last crumb is the current page. */
export function crumbs(site: SiteView, trail: readonly Crumb[]): SafeHtml {
  return html`<nav class="crumbs" aria-label="Brødkrummer"><ol>${trail.map((crumb, index) =>
    index === trail.length - 1 && !crumb.url
      ? html`<li aria-current="page">${crumb.label}</li>`
      : html`<li><a href="${site.href(crumb.url ?? '/')}">${crumb.label}</a></li>`,
  )}</ol></nav>`;
}

/** Older and newer neighbours (years, months): older on the left. */
export function neighbours(site: SiteView, label: string, older: Crumb | null, newer: Crumb | null): SafeHtml | null {
  if (!older?.url && !newer?.url) return null;
  return html`
<nav class="neighbours" aria-label="${label}">
  ${older?.url ? html`<a href="${site.href(older.url)}" rel="prev">← ${older.label}</a>` : html`<span></span>`}
  ${newer?.url && html`<a href="${site.href(newer.url)}" rel="next">${newer.label} →</a>`}
</nav>`;
}
