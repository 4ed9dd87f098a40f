import assert from 'node:assert/strict';
import test from 'node:test';
import type { Diagnostic } from '../../src/model/index.ts';
import { parseArticle } from '../../src/parse/index.ts';

function errorsOf(text: string, file = 'artikel.md'): Diagnostic[] {
  const result = parseArticle(text, file);
  assert.equal(result.ok, false, 'expected errors');
  return result.ok ? [] : result.errors;
}

const error = (line: number, column: number, code: string, message: string): Diagnostic => ({
  file: 'artikel.md',
  line,
  column,
  severity: 'error',
  code,
  message,
});

test('should report invalid YAML at the line YAML names', () => {
  assert.deepEqual(errorsOf('---\ntitle: "Uafsluttet\ndate: 2022\n---\nTekst.\n'), [
    error(3, 11, 'front-matter-invalid', 'Invalid YAML front matter: Missing closing "quote'),
  ]);
  assert.deepEqual(errorsOf('---\ntitle: [Ukraine, Rusland\n---\nTekst.\n'), [
    error(2, 25, 'front-matter-invalid', 'Invalid YAML front matter: Flow sequence in block collection must be sufficiently indented and end with a ]'),
  ]);
});

test('should report front matter without its closing line', () => {
  assert.deepEqual(errorsOf('---\ntitle: Ikke lukket\nTekst.\n'), [
    error(1, 1, 'front-matter-invalid', 'Invalid YAML front matter: no closing `---` line, expected one after the last field'),
  ]);
});

test('should report front matter that is not key-value pairs, and a repeated key', () => {
  assert.deepEqual(errorsOf('---\n- a\n- b\n---\nTekst.\n'), [error(2, 1, 'front-matter-invalid', 'Invalid YAML front matter: expected `key: value` pairs')]);
  assert.deepEqual(errorsOf('---\ntitle: a\ntitle: b\n---\nTekst.\n'), [error(3, 1, 'front-matter-invalid', 'Invalid YAML front matter: Map keys must be unique')]);
});

test('should report an impossible date at its line', () => {
  assert.deepEqual(errorsOf('---\ntitle: Godt\ndate: 2021-13-40\n---\nTekst.\n'), [
    error(3, 1, 'date-invalid', 'Invalid date `2021-13-40`, expected YYYY, YYYY-MM, YYYY-MM-DD or a date-time such as 2022-02-24T05:10:00+01:00'),
  ]);
});

test('should report a slug or alias that would leave the output folder', () => {
  for (const slug of ['../../etc', 'a/b', '..', 'a\\\\b']) {
    assert.deepEqual(errorsOf(`---\nslug: "${slug}"\n---\nTekst.\n`), [
      error(2, 1, 'slug-unsafe', `Unsafe slug \`${slug.replace('\\\\', '\\')}\`, expected one URL segment of letters, digits and dashes`),
    ], slug);
  }
  assert.deepEqual(errorsOf('---\naliases: [/2020/../../x/]\n---\nTekst.\n'), [
    error(2, 1, 'slug-unsafe', 'Unsafe slug `/2020/../../x/`, expected one URL segment of letters, digits and dashes'),
  ]);
});

test('should report a field of the wrong type and every such field', () => {
  assert.deepEqual(errorsOf('---\ndraft: ja\ntitle: [1, [2]]\n---\nTekst.\n'), [
    error(2, 1, 'front-matter-field', 'Unexpected value for `draft` in front matter, expected true or false'),
    error(3, 1, 'front-matter-field', 'Unexpected value for `title` in front matter, expected a text'),
  ]);
});

test('should warn about an unknown field and read the rest', () => {
  const result = parseArticle('---\ntitle: Godt\nforfatter: Ole\n---\nTekst.\n', 'artikel.md');
  assert.ok(result.ok);
  assert.equal(result.article.headline, 'Godt');
  assert.deepEqual(result.article.warnings[0], {
    line: 3,
    column: 1,
    code: 'front-matter-unknown',
    message: 'Unknown front matter field `forfatter`, expected one of title, lead, date, tags, slug, id, sources, authors, draft, aliases; ignored',
  });
});

test('should read front matter dates without shifting the day', () => {
  const dateOf = (value: string) => {
    const result = parseArticle(`---\ntitle: Godt\ndate: ${value}\n---\nTekst.\n`, 'artikel.md');
    assert.ok(result.ok);
    return result.article.date;
  };
  assert.deepEqual(dateOf('2022-02-24T05:10:00+01:00'), { iso: '2022-02-24T05:10', precision: 'minute', source: 'front-matter' });
  assert.deepEqual(dateOf('2022-02-24'), { iso: '2022-02-24', precision: 'day', source: 'front-matter' });
  assert.deepEqual(dateOf('2021-04'), { iso: '2021-04', precision: 'month', source: 'front-matter' });
  assert.deepEqual(dateOf('2021'), { iso: '2021', precision: 'year', source: 'front-matter' });
  assert.deepEqual(dateOf('2022-02-24T23:30:00Z'), { iso: '2022-02-25T00:30', precision: 'minute', source: 'front-matter' });
});

test('should let front matter in a .txt file win over what the text says', () => {
  const text = '---\ntitle: Fra front matter\nlead: Et kort resumé.\ndate: 2022-02-24\nsources: [Ritzau]\nauthors: Ole Hansen\ntags: [Ukraine, Rusland]\nslug: min-artikel\nid: artikel-1\naliases: [/gammel/adresse/]\ndraft: true\n---\n date 2021-04 Overskrift i teksten\n\nTekst her.\n\n/ritzau/AFP\n';
  const result = parseArticle(text, 'mappe/artikel.txt');
  assert.ok(result.ok);
  assert.deepEqual(result.article, {
    id: 'artikel-1',
    file: 'mappe/artikel.txt',
    headline: 'Fra front matter',
    headlineSource: 'front-matter',
    lead: 'Et kort resumé.',
    date: { iso: '2022-02-24', precision: 'day', source: 'front-matter' },
    body: [{ kind: 'paragraph', text: 'Tekst her.', line: 15 }],
    sources: ['Ritzau'],
    authors: ['Ole Hansen'],
    tags: ['Ukraine', 'Rusland'],
    slug: 'min-artikel',
    aliases: ['/gammel/adresse/'],
    draft: true,
    dateHints: [],
    frontMatterLines: { title: 2, lead: 3, date: 4, sources: 5, authors: 6, tags: 7, slug: 8, id: 9, aliases: 10, draft: 11 },
    warnings: [],
  });
});
