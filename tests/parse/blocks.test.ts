import assert from 'node:assert/strict';
import test from 'node:test';
import { classifyBlock } from '../../src/parse/blocks.ts';

const inBody = { subheads: true };

test('should read a dialogue dash with a space as a quote and drop the dash', () => {
  assert.deepEqual(classifyBlock('- Vi er altid klar, siger han.', inBody), { kind: 'quote', text: 'Vi er altid klar, siger han.' });
  assert.deepEqual(classifyBlock('– Og vi går nu.', inBody), { kind: 'quote', text: 'Og vi går nu.' });
  assert.deepEqual(classifyBlock('-\u00a0Ja, sagde hun.', inBody), { kind: 'quote', text: 'Ja, sagde hun.' });
});

test('should read a dash glued to a capital as a quote', () => {
  assert.deepEqual(classifyBlock('-Spørg ham selv, sagde hun.', inBody), { kind: 'quote', text: 'Spørg ham selv, sagde hun.' });
});

test('should not read a minus before a number as a dialogue dash', () => {
  assert.deepEqual(classifyBlock('-10 grader blev det i nat.', inBody), { kind: 'paragraph', text: '-10 grader blev det i nat.' });
});

test('should read guillemets and quotation marks as a quote and keep the marks', () => {
  assert.deepEqual(classifyBlock('»Der er kampe i Kiev,« lyder det.', inBody), { kind: 'quote', text: '»Der er kampe i Kiev,« lyder det.' });
  assert.deepEqual(classifyBlock('”Rusland skal stoppe”, siger han.', inBody), { kind: 'quote', text: '”Rusland skal stoppe”, siger han.' });
  assert.deepEqual(classifyBlock('"Vi er klar," siger hun.', inBody), { kind: 'quote', text: '"Vi er klar," siger hun.' });
});

test('should read a short line without a final period as a subhead', () => {
  assert.deepEqual(classifyBlock('Uenighed om Swift', inBody), { kind: 'subhead', text: 'Uenighed om Swift' });
  assert.deepEqual(classifyBlock('Russiske styrker angriber stadig i øst:', inBody), { kind: 'subhead', text: 'Russiske styrker angriber stadig i øst:' });
});

test('should not read a subhead where none may stand or a sentence as one', () => {
  assert.deepEqual(classifyBlock('Uenighed om Swift', { subheads: false }), { kind: 'paragraph', text: 'Uenighed om Swift' });
  assert.deepEqual(classifyBlock('Det skriver DR.', inBody), { kind: 'paragraph', text: 'Det skriver DR.' });
  assert.deepEqual(classifyBlock('Uenighed om Swift', { subheads: true, lineCount: 2 }), { kind: 'paragraph', text: 'Uenighed om Swift' });
});

test('should read a sentence ending in a colon before a quote as a paragraph', () => {
  const intro = 'Dengang var tiden ikke moden til et så afgørende skridt:';
  assert.deepEqual(classifyBlock(intro, { subheads: true, next: '"Det er den heller ikke nu," siger han.' }), { kind: 'paragraph', text: intro });
  assert.deepEqual(classifyBlock('Miljøministeriet:', { subheads: true, next: '-Nu skal vi drøfte sagen.' }), { kind: 'subhead', text: 'Miljøministeriet:' });
});

test('should keep a list item as a paragraph with a bullet', () => {
  assert.deepEqual(classifyBlock('* Tobaksplanter kan ændres.', inBody), { kind: 'paragraph', text: '• Tobaksplanter kan ændres.' });
  assert.deepEqual(classifyBlock('• Kort punkt', inBody), { kind: 'paragraph', text: '• Kort punkt' });
});

test('should read a short exclamation as a paragraph, not a subhead', () => {
  assert.deepEqual(classifyBlock('Rygning er forbudt i ministerbilerne!', inBody), { kind: 'paragraph', text: 'Rygning er forbudt i ministerbilerne!' });
});
