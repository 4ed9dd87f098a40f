import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { countSentences, firstSentence, headlineFromSentence, isBlank, squeeze, unglueSentences } from '../../src/parse/text.ts';

test('should count spaces, non-breaking spaces and zero-width spaces as blank', () => {
  assert.equal(isBlank(' \u00a0 \u200b\t'), true);
  assert.equal(isBlank('\u00a0x'), false);
});

test('should collapse runs of spaces and non-breaking spaces and trim', () => {
  assert.equal(squeeze('  Thomas Banke\u00a0 er  her.\u00a0 '), 'Thomas Banke er her.');
});

test('should put a space between sentences glued together', () => {
  assert.equal(unglueSentences('vi har brug for.Blandt andet'), 'vi har brug for. Blandt andet');
  assert.equal(unglueSentences('Krim-halvøen.Joe Biden'), 'Krim-halvøen. Joe Biden');
});

test('should leave abbreviations and numbers glued to a capital alone', () => {
  assert.equal(unglueSentences('TV2.Dk og Ph.D-studerende'), 'TV2.Dk og Ph.D-studerende');
});

test('should end the first sentence at a period before a capital', () => {
  assert.equal(firstSentence('Rusland afviser. Nato er bekymret.'), 'Rusland afviser.');
  assert.equal(firstSentence('Er Putin syg? Kreml afviser.'), 'Er Putin syg?');
});

test('should not end a sentence after an abbreviation or an ordinal', () => {
  assert.equal(firstSentence('Det koster 483 mill. kr. Om året.'), 'Det koster 483 mill. kr. Om året.');
  assert.equal(firstSentence('Mødet er den 24. Februar blev nævnt.'), 'Mødet er den 24. Februar blev nævnt.');
  assert.equal(firstSentence('Mødet holdes bl.a. i Genève. Det er sikkert.'), 'Mødet holdes bl.a. i Genève.');
});

test('should end a sentence after a year', () => {
  assert.equal(firstSentence('Han kom til Danmark i 1976. Som så mange andre blev han.'), 'Han kom til Danmark i 1976.');
});

test('should count the sentences of a standfirst', () => {
  assert.equal(countSentences('Rusland afviser. Nato er bekymret. USA venter.'), 3);
  assert.equal(countSentences('For første gang i 100 år tabte partiet. Nu rykker de andre ind'), 2);
  assert.equal(countSentences('Én sætning uden punktum'), 1);
});

test('should make a headline without the final period', () => {
  assert.equal(headlineFromSentence('Forslaget er ikke helt nyt.'), 'Forslaget er ikke helt nyt');
});

test('should drop a list bullet, a dialogue dash and a place dateline from a headline', () => {
  assert.equal(headlineFromSentence('* Selv vejret styres nu.'), 'Selv vejret styres nu');
  assert.equal(headlineFromSentence('- Vi er klar, siger han.'), 'Vi er klar, siger han');
  assert.equal(headlineFromSentence('Bonn (Politiken) - Udvekslingen sker måske i dag.'), 'Udvekslingen sker måske i dag');
  assert.equal(headlineFromSentence('Rudbjerg -Klubberne vil samarbejde.'), 'Klubberne vil samarbejde');
});

test('should drop a quotation mark or parenthesis that has no partner', () => {
  assert.equal(headlineFromSentence('"Kontrakten udløber til nytår.'), 'Kontrakten udløber til nytår');
  assert.equal(headlineFromSentence('(Statsministeren indbød til samarbejde.'), 'Statsministeren indbød til samarbejde');
  assert.equal(headlineFromSentence('Han kaldte det »en skam«.'), 'Han kaldte det »en skam«');
});

test('should shorten a long headline at a word boundary with an ellipsis', () => {
  const sentence = `${'Rusland har samlet op mod 200.000 soldater ved grænserne til Ukraine '.repeat(3)}siger han.`;
  const headline = headlineFromSentence(sentence);
  assert.equal(headline, 'Rusland har samlet op mod 200.000 soldater ved grænserne til Ukraine Rusland har samlet op mod 200.000 soldater ved…');
  assert.ok(headline.length <= 120);
});

test('should unglue exactly the sentences the full pattern finds, whatever the text', () => {
  const letters = fc.constantFrom('a', 'b', 'æ', 'ø', 'A', 'B', 'Æ', 'Ø', 'É', 'ǅ', '𝐀', 'ß', '.', '!', '?', ' ', '1', '»', '-');
  fc.assert(
    fc.property(fc.array(letters, { maxLength: 40 }), (chars) => {
      const text = chars.join('');
      assert.equal(unglueSentences(text), text.replace(/(\p{Ll}{2,}[.!?])(\p{Lu}\p{Ll})/gu, '$1 $2'));
    }),
    { numRuns: 5000 },
  );
});
