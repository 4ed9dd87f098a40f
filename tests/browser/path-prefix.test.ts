import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { DESKTOP, launchChromium, openPage, PHONE, screenshot, watchProblems } from '../support/browser.ts';
import { SEED_BIDEN_PUTIN_HEADLINE, SEED_BIDEN_PUTIN_URL } from '../support/paths.ts';
import { buildTestSite, type TestSite } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { chromiumTool } from '../support/tools.ts';

const chromium = chromiumTool();
const { skip } = chromium;
const PREFIX = '/arkiv/';

describe(`a site built with --path-prefix ${PREFIX}, served under ${PREFIX}, in Chromium`, () => {
  let site: TestSite;
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    if (skip) return;
    chromium.assertPresent();
    site = await buildTestSite({ prefix: PREFIX, articles: 120 });
    server = await serveStatic(site.output, PREFIX);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await site?.remove();
  });

  test('should find the article that says "soldater" when searching "soldaterne", and open it', { skip }, async () => {
    const page = await openPage(browser, PHONE);
    const problems = watchProblems(page);
    await page.goto(`${server.origin}${PREFIX}soeg/`);
    await page.locator('.pagefind-ui__search-input').fill('soldaterne');
    const link = page.locator('.pagefind-ui__result-link', { hasText: SEED_BIDEN_PUTIN_HEADLINE });
    await link.waitFor();
    await screenshot(page, 'browser/phone', 'prefix-search-results');
    assert.equal(await link.getAttribute('href'), `${PREFIX}${SEED_BIDEN_PUTIN_URL.slice(1)}`);
    await link.click();
    await page.waitForURL(`${server.origin}${PREFIX}${SEED_BIDEN_PUTIN_URL.slice(1)}`);
    assert.equal(await page.locator('h1').innerText(), SEED_BIDEN_PUTIN_HEADLINE);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test('should search for the words in ?q= of the address when the page opens', { skip }, async () => {
    const page = await openPage(browser, DESKTOP);
    const problems = watchProblems(page);
    await page.goto(`${server.origin}${PREFIX}soeg/?q=soldaterne`);
    await page.locator('.pagefind-ui__result-link', { hasText: SEED_BIDEN_PUTIN_HEADLINE }).waitFor();
    assert.equal(await page.locator('.pagefind-ui__search-input').inputValue(), 'soldaterne');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test(`should keep every request of a walk through the site under ${PREFIX}`, { skip }, async () => {
    const page = await openPage(browser, DESKTOP);
    const problems = watchProblems(page);
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== server.origin || !url.pathname.startsWith(PREFIX)) outside.push(request.url());
    });
    await page.goto(`${server.origin}${PREFIX}`);
    for (const selector of ['.year-row__year', '.month-summary .section-title a', '.article-list__link', '.article-aside__topics a.tag', '.site-nav a[href$="/emner/"]', '.site-nav a[href$="/soeg/"]']) {
      const link = page.locator(selector).first();
      const href = await link.getAttribute('href');
      assert.ok(href?.startsWith(PREFIX), `${selector} links to ${href}`);
      await link.click();
      await page.waitForURL(`${server.origin}${href}`);
    }
    await page.locator('.pagefind-ui__search-input').waitFor();
    assert.deepEqual(outside, []);
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
