import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import type { ParsedArticle } from '../../src/model/index.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { CONTENT, SEED_BIDEN_PUTIN, SEED_MEETING } from '../support/paths.ts';

async function parseSeed(file: string): Promise<ParsedArticle> {
  const result = parseArticle(await readFile(path.join(CONTENT, file), 'utf8'), file);
  assert.ok(result.ok, 'expected an article');
  return result.article;
}

test('should read the sample with a date prefix and headline on line 1', async () => {
  const article = await parseSeed(SEED_BIDEN_PUTIN);
  assert.equal(article.id, '000_0414b4989c13cfe9');
  assert.equal(article.file, SEED_BIDEN_PUTIN);
  assert.equal(article.headline, 'Biden opfordrer Putin til at dæmpe konflikt med Ukraine');
  assert.equal(article.headlineSource, 'text');
  assert.equal(article.lead, null);
  assert.deepEqual(article.date, { iso: '2021-04', precision: 'month', source: 'prefix' });
  assert.deepEqual(article.sources, []);
  assert.equal(article.body.length, 13);
  assert.deepEqual(
    article.body.map((block) => block.kind),
    ['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'quote', 'quote', 'paragraph'],
  );
  assert.deepEqual(article.body[0], {
    kind: 'paragraph',
    text: 'USA\'s præsident, Joe Biden, har i en telefonsamtale med Rusland præsident, Vladimir Putin, udtrykt bekymring over Ruslands militære optrapning langs grænsen til Ukraine, og foreslået et topmøde mellem de to ledere for at diskutere "alle de spørgsmål", som de to lande står overfor.',
    line: 3,
  });
  assert.deepEqual(article.body[10], {
    kind: 'quote',
    text: 'De seneste uger har Rusland sendt tusindvis af kampklare soldater til den ukrainske grænse. Det er den største opmarchering af russiske soldater siden den ulovlige annektering af Krim i 2014, siger Stoltenberg på et pressemøde tirsdag ifølge Reuters.',
    line: 23,
  });
  assert.deepEqual(article.body[12], {
    kind: 'paragraph',
    text: 'Ifølge en talsperson for Ukraines præsident, Volodimir Zelenskij, har Rusland sendt over 40.000 soldater til Ukraines østlige grænse. Mindst lige så mange soldater er blevet sendt til Krim-halvøen.',
    line: 27,
  });
  assert.deepEqual(article.warnings, []);
});

test('should read the sample with the lead before the headline and a wire byline', async () => {
  const article = await parseSeed(SEED_MEETING);
  assert.equal(article.id, '003_223020df63043bca');
  assert.equal(article.lead, 'Joe Biden har aftalt at mødes med Vladimir Putin, på betingelse af at Rusland ikke invaderer Ukraine.');
  assert.equal(article.headline, 'Biden og Putin er gået med til at mødes om Ukraine-konflikt');
  assert.equal(article.headlineSource, 'text');
  assert.deepEqual(article.sources, ['Ritzau', 'Reuters']);
  assert.equal(article.date, null);
  assert.equal(article.body.length, 13);
  assert.equal(article.body.filter((block) => block.kind === 'quote').length, 2);
  assert.deepEqual(article.body[4], {
    kind: 'quote',
    text: 'Vi er altid klar til diplomati. Vi er også klar til at drage hurtige og alvorlige konsekvenser, hvis Rusland i stedet vælger krig, lyder det i erklæringen fra det amerikanske præsidentkontor.',
    line: 15,
  });
  const texts = article.body.map((block) => block.text);
  assert.ok(!texts.some((text) => /Artiklen fortsætter/.test(text)), 'ad marker removed');
  assert.ok(!texts.some((text) => /ritzau/i.test(text)), 'byline is not body text');
  assert.deepEqual(article.warnings.map((warning) => warning.code), ['date-missing']);
  assert.deepEqual(article.warnings[0], {
    line: 1,
    column: 1,
    code: 'date-missing',
    message: 'No date found, expected a ` date YYYY-MM` prefix, a date stamp or front matter `date`; listed as undated',
  });
});

test('should treat a paragraph starting with a dash as a quote, never a list', () => {
  const result = parseArticle('Overskrift her\n\nFørste afsnit.\n\n- Vi er klar, siger han.\n\n– Og vi går nu.\n\n-Spørg ham selv.\n', 'a.txt');
  assert.ok(result.ok);
  assert.deepEqual(
    result.article.body.map(({ kind, text }) => ({ kind, text })),
    [
      { kind: 'paragraph', text: 'Første afsnit.' },
      { kind: 'quote', text: 'Vi er klar, siger han.' },
      { kind: 'quote', text: 'Og vi går nu.' },
      { kind: 'quote', text: 'Spørg ham selv.' },
    ],
  );
});

test('should report an empty file as an error naming its line', () => {
  const result = parseArticle(' \n\u00a0\n', 'tom.txt');
  assert.deepEqual(result, {
    ok: false,
    errors: [{ file: 'tom.txt', line: 1, column: 1, severity: 'error', code: 'file-empty', message: 'Empty file, expected article text' }],
  });
});

test('should report a text with nothing but page furniture as an error', () => {
  const result = parseArticle('Annonce\n\nLæs også: Noget andet\n\n/ritzau/\n', 'tom.txt');
  assert.deepEqual(result, {
    ok: false,
    errors: [{ file: 'tom.txt', line: 1, column: 1, severity: 'error', code: 'headline-missing', message: 'No text found, expected a headline or body text' }],
  });
});

test('should report an empty body after front matter at the line where the body starts', () => {
  const result = parseArticle('---\ntags: [Ukraine]\n---\n\n', 'tom.md');
  assert.deepEqual(result, {
    ok: false,
    errors: [{ file: 'tom.md', line: 4, column: 1, severity: 'error', code: 'headline-missing', message: 'No text found, expected a headline or body text' }],
  });
});

test('should export the parser, the ISO date reader, calendar arithmetic and the time zone', async () => {
  assert.deepEqual(Object.keys(await import('../../src/parse/index.ts')).sort(), ['ZONE', 'daysInMonth', 'isoWeekday', 'parseArticle', 'parseIsoDate']);
});
