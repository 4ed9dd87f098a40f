import { html, type Html, trusted } from '../src/render/html.ts';
import type { PageData } from './types.ts';

/**
 * The page may load only the site's own files. Pagefind compiles its WebAssembly search
 * ('wasm-unsafe-eval'); nothing else runs that the site did not ship. JSON-LD is data, not script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export interface LayoutOptions {
  /** Page title before the site name; none on the home page. */
  title?: string;
  description?: string;
  /** Which main menu entry is current. */
  section?: 'timeline' | 'topics' | 'undated' | 'search';
  /** Extra elements for `<head>`. */
  head?: Html;
  main: Html;
}

const DESCRIPTION_LENGTH = 160;

/** Shortens a text for a meta description, at a word boundary. */
export function excerpt(text: string, length = DESCRIPTION_LENGTH): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2)).replace(/[\s,;:–-]+$/, '')}…`;
}

/** The page around every template's content: head, masthead, main, footer. */
export function layout({ site, chrome, page }: PageData<unknown>, options: LayoutOptions): string {
  const { title, section, head, main } = options;
  const description = excerpt(options.description ?? site.description);
  const current = (name: LayoutOptions['section']) => (section === name ? trusted(' aria-current="page"') : '');
  return html`<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title ? `${title} · ` : ''}${site.title}</title>
<meta name="description" content="${description}">
<link rel="canonical" href="${site.absolute(page.url)}">
<link rel="stylesheet" href="${site.href('/assets/site.css')}">
<link rel="icon" href="${site.href('/assets/favicon.svg')}" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${site.title} (Atom)" href="${site.href('/feed.xml')}">
${head}
</head>
<body>
<a class="skip-link" href="#indhold">Gå til indhold</a>
<header class="masthead">
  <div class="wrap masthead__inner">
    <a class="brand" href="${site.href('/')}">${site.title}</a>
    <nav class="site-nav" aria-label="Hovedmenu">
      <ul>
        <li><a href="${site.href('/')}"${current('timeline')}>Tidslinje</a></li>
        <li><a href="${site.href('/emner/')}"${current('topics')}>Emner</a></li>
        ${chrome.hasUndated && html`<li><a href="${site.href('/udateret/')}"${current('undated')}>Udateret</a></li>`}
        <li><a href="${site.href('/soeg/')}"${current('search')}>Søg</a></li>
      </ul>
    </nav>
  </div>
</header>
<main id="indhold" class="wrap">
${main}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${site.title} · ${site.description}</p>
    <p><a href="${site.href('/feed.xml')}">Atom-feed</a> · <a href="${site.href('/sitemap.xml')}">Oversigt over alle sider</a></p>
  </div>
</footer>
</body>
</html>
`.value;
}

/** "1 artikel", "1.234 artikler" */
export function articleCount(count: number): string {
  return `${count.toLocaleString('da-DK')} ${count === 1 ? 'artikel' : 'artikler'}`;
}
