import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LinkChecker, LinkState } from 'linkinator';
import { buildTestSite, filesUnder, type TestSite } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

for (const prefix of ['/', '/arkiv/']) {
  describe(`links of a site built with --path-prefix ${prefix}, served under ${prefix}`, () => {
    let site: TestSite;
    let server: StaticServer;
    let pages: string[];

    before(async () => {
      site = await buildTestSite({ prefix, articles: 150 });
      server = await serveStatic(site.output, prefix);
      pages = (await filesUnder(site.output)).filter((file) => file.endsWith('.html'));
    });

    after(async () => {
      await server?.close();
      await site?.remove();
    });

    test('should resolve every internal link, fragment, stylesheet and script of every page (linkinator)', async () => {
      const origin = server.origin;
      const urls = pages.map((file) => `${origin}${prefix}${file.replace(/(?:^|\/)index\.html$/, (end) => end.replace('index.html', ''))}`);
      const checker = new LinkChecker();
      const result = await checker.check({
        path: urls,
        recurse: false,
        checkCss: true,
        checkFragments: true,
        concurrency: 16,
        // Canonical and Open Graph addresses name the public host; they are checked as paths below.
        linksToSkip: async (link) => !link.startsWith(origin),
      });
      const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED);
      assert.ok(checked.length > pages.length, `${checked.length} links checked`);
      const broken = result.links
        .filter((link) => link.state === LinkState.BROKEN)
        .map((link) => `${link.parent ?? ''} → ${link.url}: ${link.status} ${link.failureDetails?.map((detail) => (detail instanceof Error ? detail.message : detail.status)).join('; ') ?? ''}`);
      assert.deepEqual(broken, []);
    });

    test('should point every canonical link, redirect and Open Graph address at a page of the site', async () => {
      const missing: string[] = [];
      for (const file of pages) {
        const html = await readFile(path.join(site.output, file), 'utf8');
        const targets = [
          ...html.matchAll(/<link rel="canonical" href="([^"]+)">/g),
          ...html.matchAll(/<meta property="og:url" content="([^"]+)">/g),
          ...html.matchAll(/<meta http-equiv="refresh" content="0; url=([^"]+)">/g),
        ].map((match) => match[1] ?? '');
        for (const target of targets) {
          const pathname = new URL(target, server.origin).pathname;
          assert.ok(pathname.startsWith(prefix), `${file}: ${target} is outside ${prefix}`);
          const relative = pathname.slice(prefix.length);
          const served = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
          // The not-found page names no address of its own.
          if (file !== '404.html' && !existsSync(path.join(site.output, served))) missing.push(`${file}: ${target}`);
        }
      }
      assert.deepEqual(missing, []);
    });
  });
}
