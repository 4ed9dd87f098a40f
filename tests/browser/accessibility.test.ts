import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchChromium, openPage, PHONE, screenshot, watchProblems } from '../support/browser.ts';
import { SEED_BIDEN_PUTIN_URL } from '../support/paths.ts';
import { buildTestSite, type TestSite } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { chromiumTool } from '../support/tools.ts';

const chromium = chromiumTool();
const { skip } = chromium;

/** Every rule axe has for WCAG 2.0, 2.1 and 2.2 at levels A and AA (2.2 adds no level-A rule). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each page type once; the estimated-date sample shows the "anslået dato" badge. */
const PAGES: { type: string; url: string; prepare?: (page: Page) => Promise<void> }[] = [
  { type: 'home', url: '/' },
  { type: 'year', url: '/2022/' },
  { type: 'month', url: '/2022/02/' },
  { type: 'older topic page', url: '/emner/folketinget/side-1/' },
  { type: 'article', url: SEED_BIDEN_PUTIN_URL },
  { type: 'article with an estimated date', url: '/udateret/biden-og-putin-er-gaaet-med-til-at-moedes-om-ukraine-konflikt/' },
  { type: 'topic index', url: '/emner/' },
  { type: 'topic', url: '/emner/folketinget/' },
  { type: 'undated', url: '/udateret/' },
  {
    type: 'search',
    url: '/soeg/',
    prepare: async (page) => {
      await page.locator('.pagefind-ui__search-input').fill('soldaterne');
      await page.locator('.pagefind-ui__result').first().waitFor();
    },
  },
  { type: '404', url: '/findes-ikke/' },
];

/** Light colours on a desktop and dark colours on a phone: both schemes, both layouts. */
const SETUPS = [
  { device: DESKTOP, colorScheme: 'light' },
  { device: PHONE, colorScheme: 'dark' },
] as const;

describe('accessibility of every page type (axe-core, WCAG 2.2 A and AA)', () => {
  let site: TestSite;
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    if (skip) return;
    chromium.assertPresent();
    site = await buildTestSite();
    server = await serveStatic(site.output);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await site?.remove();
  });

  for (const { type, url, prepare } of PAGES) {
    test(`should have no violations on the ${type} page`, { skip }, async () => {
      const found: string[] = [];
      for (const { device, colorScheme } of SETUPS) {
        const page = await openPage(browser, device, { colorScheme });
        const problems = watchProblems(page, (address) => new URL(address).pathname === '/findes-ikke/');
        const response = await page.goto(`${server.origin}${url}`);
        assert.equal(response?.status(), type === '404' ? 404 : 200);
        await prepare?.(page);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        assert.ok(results.passes.length >= 10, `axe checked only ${results.passes.length} rules on ${url}`);
        for (const violation of results.violations) {
          const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`);
          found.push(`${device.name}, ${colorScheme}: ${violation.id} (${violation.impact}) ${violation.help}\n${nodes.join('\n')}`);
        }
        if (results.violations.length > 0) await screenshot(page, 'accessibility', `${type.replace(/\W+/g, '-')}-${device.name}-${colorScheme}`);
        assert.deepEqual(problems, []);
        await page.context().close();
      }
      assert.equal(found.length, 0, `axe found violations on ${url}:\n${found.join('\n')}`);
    });
  }
});
