import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, type Device, horizontalOverflow, launchChromium, openPage, PHONE, screenshot, watchProblems } from '../support/browser.ts';
import { SEED_BIDEN_PUTIN_HEADLINE, SEED_BIDEN_PUTIN_URL } from '../support/paths.ts';
import { buildTestSite, type TestSite } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { chromiumTool } from '../support/tools.ts';

const chromium = chromiumTool();
const { skip } = chromium;

describe('reading the archive in Chromium', () => {
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

  /** A reader on one device: follows links by clicking them and looks at every page. */
  async function reader(device: Device, journey: string) {
    const page = await openPage(browser, device);
    const problems = watchProblems(page);
    const overflows: string[] = [];
    let step = 0;
    const look = async (name: string) => {
      await page.waitForLoadState('load');
      if (device === PHONE) {
        const overflow = await horizontalOverflow(page);
        if (overflow > 0) overflows.push(`${page.url()} is ${overflow}px wider than the phone`);
      }
      await screenshot(page, `browser/${device.name}`, `${journey}-${String(++step).padStart(2, '0')}-${name}`);
    };
    const follow = async (link: ReturnType<Page['locator']>, name: string) => {
      const href = await link.getAttribute('href');
      assert.ok(href, `a link for ${name}`);
      await link.click();
      await page.waitForURL(new URL(href, page.url()).href);
      await look(name);
      return href;
    };
    const headline = () => page.locator('h1').innerText();
    return { page, problems, overflows, look, follow, headline };
  }

  for (const device of [PHONE, DESKTOP]) {
    test(`should walk home, year, month, article, next, previous, topic and related article on a ${device.name}`, { skip }, async () => {
      const { page, problems, overflows, look, follow, headline } = await reader(device, 'walk');
      await page.goto(`${server.origin}/`);
      await look('home');
      assert.equal(await headline(), 'Tidslinje');

      await follow(page.locator('.year-row__year', { hasText: '2022' }), 'year');
      assert.equal(await headline(), '2022');

      await follow(page.locator('.month-summary .section-title a', { hasText: 'Februar' }), 'month');
      assert.equal(await headline(), 'Februar 2022');
      // Its 60-odd articles fit the first page, which holds up to 99.
      assert.equal(await page.locator('.pager').count(), 0);

      const first = page.locator('.article-list__link').nth(3);
      const title = await first.innerText();
      const articleUrl = await follow(first, 'article');
      assert.equal(await headline(), title);
      assert.equal(await page.locator('.article__body p').count() > 0, true);

      const next = page.locator('.neighbours--articles a[rel="next"]');
      const nextTitle = await next.locator('.neighbours__title').innerText();
      await follow(next, 'next');
      assert.equal(await headline(), nextTitle);

      await follow(page.locator('.neighbours--articles a[rel="prev"]'), 'previous');
      assert.equal(new URL(page.url()).pathname, articleUrl);
      assert.equal(await headline(), title);

      const tag = page.locator('.article-aside__topics a.tag').first();
      const topic = await tag.innerText();
      await follow(tag, 'topic');
      assert.equal(await headline(), topic);
      const topicUrl = page.url();

      // A topic of more than 99 articles has pages counted from its oldest ones.
      await page.goto(`${server.origin}/emner/folketinget/`);
      await look('topic-newest');
      assert.equal(await page.locator('.pager__status').innerText(), 'Side 2 af 2');
      await follow(page.locator('.pager a[rel="next"]', { hasText: 'Ældre' }), 'topic-older');
      assert.equal(new URL(page.url()).pathname, '/emner/folketinget/side-1/');
      assert.equal(await headline(), 'Folketinget');
      assert.equal(await page.locator('.article-list__link').count(), 50);
      await follow(page.locator('.pager a[rel="prev"]', { hasText: 'Nyere' }), 'topic-newer');
      assert.equal(new URL(page.url()).pathname, '/emner/folketinget/');
      await page.goto(topicUrl);

      const topicArticle = page.locator('.article-list__link').first();
      const topicTitle = await topicArticle.innerText();
      await follow(topicArticle, 'topic-article');
      assert.equal(await headline(), topicTitle);
      assert.match(await page.locator('.article__body').innerText(), new RegExp(topic.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

      const related = page.locator('.article-aside__related .article-list__link').first();
      const relatedTitle = await related.innerText();
      await follow(related, 'related');
      assert.equal(await headline(), relatedTitle);

      assert.deepEqual(problems, []);
      assert.deepEqual(overflows, []);
      await page.context().close();
    });

    test(`should find the article that says "soldater" when searching "soldaterne", and open it, on a ${device.name}`, { skip }, async () => {
      const { page, problems, overflows, look, follow, headline } = await reader(device, 'search');
      await page.goto(`${server.origin}/soeg/`);
      await page.locator('.pagefind-ui__search-input').fill('soldaterne');
      const hit = page.locator('.pagefind-ui__result', { hasText: SEED_BIDEN_PUTIN_HEADLINE });
      await hit.waitFor();
      await look('results');
      assert.deepEqual(await hit.locator('mark').allInnerTexts().then((marks) => [...new Set(marks)]), ['soldater']);
      assert.deepEqual(await hit.locator('.pagefind-ui__result-tag').allInnerTexts(), ['Dato: april 2021']);
      await follow(hit.locator('.pagefind-ui__result-link'), 'hit');
      assert.equal(new URL(page.url()).pathname, SEED_BIDEN_PUTIN_URL);
      assert.equal(await headline(), SEED_BIDEN_PUTIN_HEADLINE);
      assert.deepEqual(problems, []);
      assert.deepEqual(overflows, []);
      await page.context().close();
    });
  }
});
