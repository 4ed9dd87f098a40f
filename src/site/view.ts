import type { Settings } from '../model/index.ts';

/** The site as templates see it: settings plus the two ways of writing a link. */
export interface SiteView {
  title: string;
  description: string;
  baseUrl: string;
  pathPrefix: string;
  language: 'da';
  /** A site-relative URL as the browser needs it: `/2021/` → `/arkiv/2021/`. */
  href: (url: string) => string;
  /** A site-relative URL made absolute: `/2021/` → `https://example.dk/arkiv/2021/`. */
  absolute: (url: string) => string;
}

export function siteView(settings: Settings): SiteView {
  const href = (url: string) => `${settings.pathPrefix}${url.replace(/^\//, '')}`;
  return {
    title: settings.title,
    description: settings.description,
    baseUrl: settings.baseUrl,
    pathPrefix: settings.pathPrefix,
    language: 'da',
    href,
    absolute: (url) => `${settings.baseUrl}${href(url)}`,
  };
}
