import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import { stringify } from 'yaml';
import { writeArticle } from '../support/articles.ts';
import { runCli } from '../support/cli.ts';
import { HOSTILE_MARKDOWN, HOSTILE_TEXT, writeHostileArticles } from '../support/hostile.ts';
import { temporaryFolder } from '../support/paths.ts';
import { buildTestSite, filesUnder, type TestSite } from '../support/site.ts';

type Node = ReturnType<typeof parseDocument>;
type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

const PREFIX = '/arkiv/';
/** The only sources a page may name in its Content-Security-Policy. */
const ALLOWED_SOURCES = new Set(["'self'", "'none'", "'wasm-unsafe-eval'", 'data:']);

const elements = (root: Node | Element, name: string) => DomUtils.getElementsByTagName(name, root, true);
const textOf = (element: Element | undefined) => (element ? DomUtils.textContent(element) : '');

/** Markup that could run code or load from elsewhere: each problem on one line. */
function unsafeMarkup(document: Node, file: string): string[] {
  const problems: string[] = [];
  for (const element of DomUtils.findAll(() => true, document.children)) {
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name)) problems.push(`${file}: <${element.name} ${name}="${value}">`);
      if (/^\s*javascript:/i.test(value)) problems.push(`${file}: <${element.name} ${name}="${value}">`);
    }
    if (['img', 'iframe', 'object', 'embed', 'form', 'base'].includes(element.name)) problems.push(`${file}: <${element.name}>`);
    if (element.name === 'svg' && element.attribs.class !== 'chart__svg') problems.push(`${file}: <svg> outside the chart`);
    if (element.name === 'script') {
      const { type, src } = element.attribs;
      if (type === 'application/ld+json') {
        const json = textOf(element);
        if (/<\//.test(json)) problems.push(`${file}: "</" inside JSON-LD`);
        assert.doesNotThrow(() => JSON.parse(json), `${file}: JSON-LD parses`);
      } else if (!src?.startsWith(PREFIX) || textOf(element).trim() !== '') {
        problems.push(`${file}: <script${src ? ` src="${src}"` : ''}> with inline code or from elsewhere`);
      }
    }
  }
  return problems;
}

describe('safe output', () => {
  let site: TestSite;
  let pages: string[];
  const read = (file: string) => readFile(path.join(site.output, file), 'utf8');
  const parse = async (file: string) => parseDocument(await read(file));

  before(async () => {
    site = await buildTestSite({ articles: 40, prefix: PREFIX, addContent: writeHostileArticles });
    pages = (await filesUnder(site.output)).filter((file) => file.endsWith('.html'));
  });

  after(() => site?.remove());

  test('should start every page with a Content-Security-Policy that allows only the site itself and WebAssembly', async () => {
    assert.ok(pages.length > 50);
    for (const file of pages) {
      const document = await parse(file);
      const [head] = elements(document, 'head');
      assert.ok(head, `${file} has a <head>`);
      const [charset, policy] = DomUtils.getChildren(head).filter((node): node is Element => DomUtils.isTag(node));
      assert.equal(charset?.attribs.charset, 'utf-8', file);
      assert.equal(policy?.attribs['http-equiv'], 'Content-Security-Policy', `${file}: the policy comes before anything it governs`);
      const directives = new Map((policy?.attribs.content ?? '').split(';').map((part) => {
        const [name = '', ...sources] = part.trim().split(/\s+/);
        return [name, sources] as const;
      }));
      assert.deepEqual(directives.get('default-src'), ["'self'"], file);
      assert.deepEqual(directives.get('script-src'), ["'self'", "'wasm-unsafe-eval'"], file);
      assert.deepEqual(directives.get('style-src'), ["'self'"], file);
      assert.deepEqual(directives.get('object-src'), ["'none'"], file);
      assert.deepEqual(directives.get('base-uri'), ["'self'"], file);
      for (const [name, sources] of directives) {
        for (const source of sources) assert.ok(ALLOWED_SOURCES.has(source), `${file}: ${name} allows ${source}`);
      }
    }
  });

  test('should contain no inline script, event handler, foreign script or embedded element in any page', async () => {
    const problems: string[] = [];
    for (const file of pages) problems.push(...unsafeMarkup(await parse(file), file));
    assert.deepEqual(problems, []);
  });

  test('should show every front matter field of a hostile article as the text it is', async () => {
    const m = HOSTILE_MARKDOWN;
    const document = await parse(`${m.url.slice(1)}index.html`);
    const meta = (property: string) => DomUtils.findOne((element) => element.name === 'meta' && element.attribs.property === property, document.children)?.attribs.content;
    assert.equal(textOf(elements(document, 'title')[0]), `${m.title} · Nyhedsarkivet`);
    assert.equal(textOf(elements(document, 'h1')[0]), m.title);
    assert.equal(meta('og:title'), m.title);
    const byClass = (name: string) => DomUtils.findOne((element) => element.attribs.class === name, document.children) ?? undefined;
    assert.equal(textOf(byClass('article__lead')), m.lead);
    assert.equal(textOf(byClass('article__byline')), `Af ${m.authors[0]}`);
    assert.equal(textOf(byClass('article__sources')), `Kilde: ${m.sources[0]}`);
    const tags = DomUtils.findAll((element) => element.attribs.class === 'tag', document.children).map(textOf);
    assert.ok(tags.includes(m.tags[0]), `the topic is shown as text: ${tags.join(' | ')}`);
    const [jsonLd] = elements(document, 'script').filter((element) => element.attribs.type === 'application/ld+json');
    const data = JSON.parse(textOf(jsonLd));
    assert.equal(data.headline, m.title);
    assert.deepEqual(data.author, [{ '@type': 'Person', name: m.authors[0] }]);
    for (const tag of m.tags) assert.ok(data.keywords.includes(tag), tag);
  });

  test('should show the headline, paragraphs and quotes of a hostile news text as the text they are', async () => {
    const t = HOSTILE_TEXT;
    const file = pages.find((page) => page.startsWith('2022/03/rubrik-'));
    assert.ok(file, 'the hostile text has a page');
    const document = await parse(file);
    assert.match(textOf(elements(document, 'h1')[0]), /^Rubrik <script>alert\("x"\)<\/script> <img src=x onerror="alert\('y'\)"> "citat" 'enkelt' Tom & Jerry &amp/);
    const body = DomUtils.findOne((element) => element.attribs.class === 'article__body', document.children) ?? undefined;
    assert.deepEqual(elements(body as Element, 'p').map(textOf), [t.paragraph, t.quote]);
  });

  test('should keep hostile text intact in the Atom feed, the JSON Feed and the topic feed', async () => {
    const m = HOSTILE_MARKDOWN;
    const xml = new XMLParser({ ignoreAttributes: false, htmlEntities: true });
    const atom = xml.parse(await read('feed.xml'));
    const entry = [atom.feed.entry].flat().find((candidate: { title: string }) => candidate.title === m.title);
    assert.ok(entry, 'the Atom feed has the article under its title');
    assert.equal(entry.summary, m.lead);
    const json = JSON.parse(await read('feed.json'));
    const item = json.items.find((candidate: { title: string }) => candidate.title === m.title);
    assert.equal(item?.summary, m.lead);
    assert.ok(item.tags.includes(m.tags[0]));
    const topicFeed = (await filesUnder(site.output)).find((file) => /^emner\/emne-script[^/]*\/feed\.xml$/.test(file));
    assert.ok(topicFeed, 'the hostile topic has a feed');
    assert.equal(xml.parse(await read(topicFeed)).feed.title, `${m.tags[0]} · Nyhedsarkivet`);
  });
});

describe('writing only inside the output folder', () => {
  /** Slugs, aliases, ids and file names that try to leave the output folder. */
  const UNSAFE = [
    { file: 'slug-up.md', fields: { slug: '../../../../../../slug-oppe' } },
    { file: 'slug-absolute.md', fields: { slug: '/tmp/slug-absolut' } },
    { file: 'slug-backslash.md', fields: { slug: '..\\..\\..\\slug-baglaens' } },
    { file: 'slug-dots.md', fields: { slug: '..' } },
    { file: 'alias-up.md', fields: { aliases: ['/../../alias-oppe/'] } },
    { file: 'alias-relative.md', fields: { aliases: ['../../../../../../alias-relativ/'] } },
    { file: 'alias-backslash.md', fields: { aliases: ['\\..\\..\\alias-baglaens\\'] } },
    { file: 'alias-protocol.md', fields: { aliases: ['//alias-vaert/'] } },
    { file: 'alias-url.md', fields: { aliases: ['https://example.com/alias-url/'] } },
  ];
  /** Names that look like escapes but are only odd text: these articles are built, inside the output. */
  const ODD = [
    { file: 'slug-encoded.md', fields: { slug: '%2e%2e%2f%2e%2e%2fslug-kodet' } },
    { file: 'alias-encoded.md', fields: { aliases: ['/%2e%2e/%2e%2e/alias-kodet/'] } },
    { file: 'id-up.md', fields: { id: '../../../../id-oppe', title: 'Samme rubrik' } },
    { file: 'id-up-2.md', fields: { id: '../../../../id-oppe-2', title: 'Samme rubrik' } },
    { file: 'fil..med..prikker.md', fields: {} },
    { file: 'mappe..op/fil...md', fields: {} },
  ];

  test('should write nothing outside the output folder, report unsafe slugs and aliases, and build the rest', async () => {
    const folder = await temporaryFolder();
    try {
      // Deep enough that every `..` above still lands inside the temporary folder, where it is seen.
      const work = path.join(folder.path, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'arbejde');
      const content = path.join(work, 'content');
      const output = path.join(work, 'site');
      await mkdir(content, { recursive: true });
      for (const [index, { file, fields }] of [...UNSAFE, ...ODD].entries()) {
        const frontMatter = stringify({ title: `Artikel ${file}`, date: `2022-05-${String(index + 1).padStart(2, '0')}`, ...fields });
        await writeArticle(content, file, `---\n${frontMatter}---\nEn tekst om ${file}.\n`);
      }
      const before = await filesUnder(folder.path);

      const run = await runCli(['build', '--quiet', '--content', content, '--output', output, '--cache-dir', path.join(work, 'cache')]);
      assert.equal(run.code, 0, run.stderr);

      const written = (await filesUnder(folder.path)).filter((file) => !before.includes(file));
      const outside = written.filter((file) => !file.startsWith(path.relative(folder.path, output) + path.sep) && !file.startsWith(path.relative(folder.path, path.join(work, 'cache')) + path.sep));
      assert.deepEqual(outside, []);
      const site = await filesUnder(output);
      assert.deepEqual(site.filter((file) => file.split(path.sep).includes('..')), []);
      for (const { file } of UNSAFE) assert.match(run.stderr + run.stdout, new RegExp(`${file.replace('.', '\\.')}:\\d+:\\d+\\s+error\\s.*slug-unsafe`), `${file} is reported`);
      const articles = site.filter((file) => /^2022\/05\/[^/]+\/index\.html$/.test(file));
      assert.equal(articles.length, ODD.length, articles.join('\n'));
    } finally {
      await folder.remove();
    }
  });

  test(
    "should leave out an alias that takes another page's address, with a warning naming the file, and build the rest",
    async () => {
      const folder = await temporaryFolder();
      try {
        const content = path.join(folder.path, 'content');
        for (const [index, alias] of ['/', '/soeg/', '/2022/'].entries()) {
          await writeArticle(content, `alias-${index}.md`, `---\n${stringify({ title: `Alias ${index}`, date: '2022-05-01', aliases: [alias] })}---\nTekst.\n`);
        }
        await writeArticle(content, 'god.md', `---\n${stringify({ title: 'En god artikel', date: '2022-05-02' })}---\nTekst.\n`);
        const output = path.join(folder.path, 'site');
        const run = await runCli(['build', '--content', content, '--output', output, '--cache-dir', path.join(folder.path, 'cache')]);
        assert.equal(run.code, 0, run.stderr);
        for (const [index, alias] of ['/', '/soeg/', '/2022/'].entries()) {
          assert.ok(
            run.stderr.includes(`alias-${index}.md:4:1  warning  Alias \`${alias}\` is already the address of another page, expected an address of its own; ignored  alias-taken`),
            run.stderr,
          );
        }
        assert.match(await readFile(path.join(output, 'index.html'), 'utf8'), /<h1 class="page-title">Tidslinje<\/h1>/);
        assert.match(await readFile(path.join(output, '2022', '05', 'en-god-artikel', 'index.html'), 'utf8'), /En god artikel/);
      } finally {
        await folder.remove();
      }
    },
  );
});
