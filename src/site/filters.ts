import type { ArticleDate, Block, Settings } from '../model/index.ts';
import { renderBody } from '../render/body.ts';
import { datetimeAttribute, formatDate, formatDateLong, monthName, toInstant } from '../render/dates.ts';

type MaybeDate = Pick<ArticleDate, 'iso' | 'precision'> | null | undefined;

/** Template filters. None of them changes its input. */
export function createFilters(settings: Settings) {
  const siteRoot = `${settings.baseUrl}${settings.pathPrefix}`;
  return {
    /** "april 2021", "21. februar 2022" */
    danishDate: (date: MaybeDate) => (date ? formatDate(date) : ''),
    /** "mandag den 21. februar 2022, kl. 06.12" */
    danishDateLong: (date: MaybeDate) => (date ? formatDateLong(date) : ''),
    /** A day given as `2022-02-21`: "mandag 21. februar" */
    danishDay: (iso: string) => formatDateLong({ iso, precision: 'day' }).replace(/ den /, ' ').replace(/ \d{4}$/, ''),
    /** The `datetime` attribute for `<time>`. */
    datetime: (date: MaybeDate) => (date ? datetimeAttribute(date) : ''),
    /** RFC 3339 for feeds and sitemaps. */
    instant: (date: MaybeDate) => (date ? toInstant(date) : ''),
    monthName: (month: number) => monthName(month),
    /** Body blocks as escaped HTML. */
    bodyHtml: (blocks: readonly Block[]) => renderBody(blocks),
    /** `/2021/04/x/` → `https://example.dk/arkiv/2021/04/x/` */
    absolute: (url: string) => `${siteRoot}${url.replace(/^\//, '')}`,
    /** `/2021/` → `/arkiv/2021/`, for URLs outside `href` and `src`, which Eleventy prefixes itself. */
    prefixed: (url: string) => `${settings.pathPrefix}${url.replace(/^\//, '')}`,
    /** "1 artikel", "12 artikler" */
    articles: (count: number) => `${count.toLocaleString('da-DK')} ${count === 1 ? 'artikel' : 'artikler'}`,
    /** JSON for a `<script>` element or a JSON file; `<` is escaped so no tag can close early. */
    json: (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c'),
  };
}
