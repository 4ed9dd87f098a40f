import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { writeHostileArticles } from '../support/hostile.ts';
import { BASE_URL, buildTestSite, filesUnder, isArticlePage, type TestSite } from '../support/site.ts';
import { javaTool } from '../support/tools.ts';
import { checkWithVnu, formatVnu } from '../support/vnu.ts';

const java = javaTool();
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', htmlEntities: true });

describe('valid output', () => {
  let site: TestSite;
  let files: string[];
  const read = (file: string) => readFile(path.join(site.output, file), 'utf8');
  /** The file a site URL is served from. */
  const fileOf = (url: string) => {
    const pathname = new URL(url).pathname.slice(site.prefix.length);
    return pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  };

  before(async () => {
    site = await buildTestSite({ addContent: writeHostileArticles });
    files = await filesUnder(site.output);
  });

  after(() => site?.remove());

  test('should have no errors in any page, the stylesheet or the icon by the Nu Html Checker', { skip: java.skip }, async () => {
    java.assertPresent();
    const pages = files.filter((file) => /\.(?:html|css|svg)$/.test(file)).map((file) => path.join(site.output, file));
    assert.ok(pages.length > 400, `${pages.length} files to check`);
    // A page known to be invalid, checked in the same run, shows that the checker really looks.
    const control = path.join(site.folder, 'ugyldig.html');
    await writeFile(control, '<!doctype html><html lang="da"><title>x</title><p><div></p>');
    const errors = await checkWithVnu([control, ...pages]);
    assert.ok(errors.get(control)?.length, 'the Nu Html Checker reports the invalid control page');
    errors.delete(control);
    assert.equal(errors.size, 0, `errors in ${errors.size} files:\n${formatVnu(errors, site.output)}`);
  });

  test('should write Atom feeds that are well-formed XML with an entry per article', async () => {
    const feeds = files.filter((file) => file.endsWith('.xml') && !file.startsWith('sitemap'));
    assert.ok(feeds.length > 10);
    for (const file of feeds) {
      const text = await read(file);
      assert.equal(XMLValidator.validate(text), true, file);
      const { feed } = xml.parse(text);
      assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom', file);
      const entries = [feed.entry ?? []].flat();
      assert.ok(entries.length > 0, `${file} has entries`);
      for (const entry of entries) {
        assert.ok(entry.title, `${file}: an entry without a title`);
        assert.ok(existsSync(path.join(site.output, fileOf(entry.id))), `${file}: ${entry.id} is a page of the site`);
      }
    }
  });

  test('should write a JSON Feed that parses, whose items are pages of the site', async () => {
    const feed = JSON.parse(await read('feed.json'));
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.items.length, 50);
    for (const item of feed.items) {
      assert.equal(typeof item.title, 'string');
      assert.equal(typeof item.content_html, 'string');
      assert.ok(existsSync(path.join(site.output, fileOf(item.url))), item.url);
    }
  });

  test('should list every article page in the sitemap, and only pages that exist', async () => {
    const index = await read('sitemap.xml');
    assert.equal(XMLValidator.validate(index), true);
    const sitemaps: string[] = [xml.parse(index).sitemapindex.sitemap].flat().map((entry: { loc: string }) => entry.loc);
    assert.ok(sitemaps.length >= 3, `${sitemaps.length} sitemaps`);
    const locations: string[] = [];
    for (const sitemap of sitemaps) {
      assert.ok(sitemap.startsWith(`${BASE_URL}/sitemap-`), sitemap);
      const text = await read(fileOf(sitemap));
      assert.equal(XMLValidator.validate(text), true, sitemap);
      locations.push(...[xml.parse(text).urlset.url].flat().map((entry: { loc: string }) => entry.loc));
    }
    assert.equal(new Set(locations).size, locations.length, 'no page twice');
    for (const location of locations) {
      assert.ok(location.startsWith(`${BASE_URL}/`), location);
      assert.ok(existsSync(path.join(site.output, fileOf(location))), `${location} is a page of the site`);
    }
    const listed = new Set(locations.map(fileOf));
    const articles = files.filter(isArticlePage);
    assert.ok(articles.length >= 300, `${articles.length} article pages`);
    assert.deepEqual(articles.filter((file) => !listed.has(file)), []);
  });
});
