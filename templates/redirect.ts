import type { RedirectPage } from '../src/archive/index.ts';
import { html } from '../src/render/html.ts';
import { CONTENT_SECURITY_POLICY } from './layout.ts';
import { pagesOf, type Template } from './types.ts';

/** A page at an old address (front matter `aliases`) that sends the reader on. */
export const redirect: Template<RedirectPage> = {
  data: pagesOf('redirects'),
  render({ site, entry }) {
    return html`<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>Flyttet: ${entry.headline}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${site.absolute(entry.target)}">
<meta http-equiv="refresh" content="0; url=${site.href(entry.target)}">
</head>
<body>
<p>Artiklen er flyttet til <a href="${site.href(entry.target)}">${entry.headline}</a>.</p>
</body>
</html>
`.value;
  },
};
