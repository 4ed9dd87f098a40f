import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import fc from 'fast-check';
import { catalogue, ParsedArticleSchema } from '../../src/model/index.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { CONTENT, PROJECT_ROOT } from '../support/paths.ts';

// Whatever text arrives, the parser returns an article with a headline or names the problem.

/** Lines in the shapes of design section 3, to be shuffled, cut and glued together. */
const FRAGMENTS = [
  ' date 2021-04 Biden opfordrer Putin til at dæmpe konflikt med Ukraine',
  ' date 2022-02-21 ',
  'date 2020',
  ' date 2021-13-40 Umulig dato',
  'Udland',
  'For abonnenter',
  'UdlandBødskov: Danmark må stå uden for',
  'Annonce',
  '30/01/2022 KL. 06:40',
  '04 januar 2010 kl. 08.50',
  'Torsdag 24. februar 2022 kl. 12.45',
  'Morten Jasper 08. aug. 2023 KL. 08.53',
  '2018-01-30T17:32:18',
  'Artiklen fortsætter under annoncen',
  'ARTIKLEN FORTSÆTTER EFTER ANNONCE',
  'Mest læste',
  'Læs også: Putin holder tale',
  'Del:',
  'Opdateres...',
  '--------- SPLIT ELEMENT ---------',
  'Kajen om natten. (Foto: Ole Hansen/Ritzau Scanpix)',
  'Foto: Ole Hansen Fold sammen',
  '  • Køer ved grænsen. (Foto: © Maxar, Ritzau Scanpix)',
  '  • Har man allerede',
  '/ritzau/',
  '/ritzau/Reuters',
  'ritzau',
  'Det oplyser politiet. /ritzau/AFP',
  'Af Vibeke Scheibel',
  'Af',
  'Bjarne Reuter,',
  'Steen Uno',
  '- Vi er altid klar til diplomati, siger han.',
  '– Og vi går nu.',
  '-Spørg ham selv.',
  '»Der er kampe i Kiev,« lyder det.',
  '”Vi kommer igen”, siger hun.',
  '"Vi skal slutte det i første halvleg.',
  'Det var dumt!" siger han.',
  'Uenighed om Swift',
  'Russiske styrker angriber stadig:',
  'Joe Biden har aftalt at mødes med Vladimir Putin.',
  'Vi har brug for.Blandt andet penge',
  'Mødet er torsdag 24. februar.',
  'MEDARB = jss KILDE = afp UDSENDES',
  'RUBRIK',
  '* Tobaksplanter kan ændres.',
  '---',
  'title: "Uafsluttet',
  'date: 2022-02-24T05:10:00+01:00',
  'slug: ../../ud',
  '<script>alert(1)</script>',
  '# Overskrift',
  '\u00a0 ',
  '\ufeff',
  '',
];

const SEPARATORS = ['\n', '\n\n', '\r\n', '\r', ' ', '\n\u00a0\n', ''];

const shapedText = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 })), fc.constantFrom(...SEPARATORS)), { maxLength: 25 })
  .map((parts) => parts.map(([fragment, separator]) => fragment + separator).join(''));

const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }));

async function realTexts(): Promise<string[]> {
  const texts: string[] = [];
  for (const name of await readdir(CONTENT)) texts.push(await readFile(path.join(CONTENT, name), 'utf8'));
  const fixtures = path.join(PROJECT_ROOT, 'tests/fixtures/corpus');
  for (const folder of ['tv2-regionerne', 'parole-dk']) {
    for (const name of (await readdir(path.join(fixtures, folder))).filter((file) => file.endsWith('.txt')).slice(0, 8)) {
      texts.push(await readFile(path.join(fixtures, folder, name), 'utf8'));
    }
  }
  return texts;
}

/** A real text cut at a random point, with random characters put in and taken out. */
function mutatedText(texts: readonly string[]) {
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 5 }), fc.oneof(fc.constantFrom('', '\n', '\n\n', '\r', '-', '»', '"', '.', '\u00a0'), fc.string({ maxLength: 5 })));
  return fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.array(edit, { maxLength: 6 })).map(([text, cut, edits]) => {
    let result = text.slice(0, cut % (text.length + 1));
    for (const [at, remove, insert] of edits) {
      const index = at % (result.length + 1);
      result = result.slice(0, index) + insert + result.slice(index + remove);
    }
    return result;
  });
}

function assertWellFormed(text: string, file: string): void {
  const result = parseArticle(text, file);
  if (result.ok) {
    ParsedArticleSchema.parse(result.article);
    assert.notEqual(result.article.headline.trim(), '');
    for (const warning of result.article.warnings) assert.ok(warning.code in catalogue, warning.code);
  } else {
    assert.ok(result.errors.length > 0);
    for (const error of result.errors) {
      assert.ok(error.code in catalogue, error.code);
      assert.equal(error.file, file);
      assert.ok(error.line >= 1 && error.column >= 1);
    }
  }
}

const FILES = fc.constantFrom('artikel.txt', 'artikel.md');

test('should never throw on random text and always return an article with a headline or a diagnostic', () => {
  fc.assert(fc.property(anyText, FILES, (text, file) => assertWellFormed(text, file)), { numRuns: 400 });
});

test('should never throw on text made of the shapes of real news text', () => {
  fc.assert(fc.property(shapedText, FILES, (text, file) => assertWellFormed(text, file)), { numRuns: 400 });
});

test('should never throw on real texts cut off at random points and mutated', async () => {
  const texts = await realTexts();
  fc.assert(fc.property(mutatedText(texts), FILES, (text, file) => assertWellFormed(text, file)), { numRuns: 300 });
});
