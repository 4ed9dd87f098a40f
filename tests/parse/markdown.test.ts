import assert from 'node:assert/strict';
import test from 'node:test';
import { parseArticle } from '../../src/parse/index.ts';

function parsedMarkdown(text: string) {
  const result = parseArticle(text, 'artikel.md');
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.errors));
  return result.article;
}

const HTML_WARNING = { column: 1, code: 'markdown-html', message: 'Unexpected raw HTML, expected Markdown text; left out' };

test('should read a depth-1 heading as the headline and the rest as blocks', () => {
  const article = parsedMarkdown('---\ndate: 2022-02-12\n---\n# Biden og Putin drøfter krisen\n\nPræsidenterne talte sammen i over en time.\n\n## Uenighed om Swift\n\n> Vi er klar, siger han.\n');
  assert.equal(article.headline, 'Biden og Putin drøfter krisen');
  assert.equal(article.headlineSource, 'text');
  assert.deepEqual(article.body, [
    { kind: 'paragraph', text: 'Præsidenterne talte sammen i over en time.', line: 6 },
    { kind: 'subhead', text: 'Uenighed om Swift', line: 8 },
    { kind: 'quote', text: 'Vi er klar, siger han.', line: 10 },
  ]);
  assert.deepEqual(article.warnings, []);
});

test('should leave out raw HTML, in blocks and inline, and report each line', () => {
  const article = parsedMarkdown('# Overskrift\n\nTekst med <b>fed</b> skrift.\n\n<script>alert("x")</script>\n\n<div>\nblok\n</div>\n');
  assert.deepEqual(article.body, [{ kind: 'paragraph', text: 'Tekst med fed skrift.', line: 3 }]);
  assert.deepEqual(article.warnings.filter((warning) => warning.code === 'markdown-html'), [
    { line: 3, ...HTML_WARNING },
    { line: 5, ...HTML_WARNING },
    { line: 7, ...HTML_WARNING },
  ]);
  assert.ok(!JSON.stringify(article).includes('<script>'));
});

test('should read list items as bulleted paragraphs and dialogue items as quotes', () => {
  const article = parsedMarkdown('# Overskrift\n\n- Første punkt\n- Andet punkt\n\nTekst.\n\n- Vi er klar, siger han.\n');
  assert.deepEqual(article.body, [
    { kind: 'paragraph', text: '• Første punkt', line: 3 },
    { kind: 'paragraph', text: '• Andet punkt', line: 4 },
    { kind: 'paragraph', text: 'Tekst.', line: 6 },
    { kind: 'quote', text: 'Vi er klar, siger han.', line: 8 },
  ]);
});

test('should take the headline from the first sentence when a Markdown text has none', () => {
  const article = parsedMarkdown('Præsidenterne talte sammen. Det varede en time.\n');
  assert.equal(article.headline, 'Præsidenterne talte sammen');
  assert.equal(article.headlineSource, 'lead');
});

test('should keep date mentions of a Markdown body for estimating its date', () => {
  const article = parsedMarkdown('# Overskrift\n\nMødet er torsdag 24. februar.\n');
  assert.deepEqual(article.dateHints, [{ line: 3, text: 'torsdag 24. februar', day: 24, month: 2, year: null, weekday: 4 }]);
});

test('should leave ad markers and photo captions out of a Markdown body', () => {
  const result = parseArticle(
    '---\ntitle: Overskrift\ndate: 2022-02-21\n---\nFørste afsnit.\n\nArtiklen fortsætter under annoncen\n\nSygehuse i Aalborg. (Foto: Sara Lindholm/Ritzau Scanpix)\n\nAndet afsnit.\n',
    'artikel.md',
  );
  assert.ok(result.ok);
  assert.deepEqual(result.article.body.map((block) => block.text), ['Første afsnit.', 'Andet afsnit.']);
});
