import assert from 'node:assert/strict';
import test from 'node:test';
import { continuesParagraph, detectWrapWidth } from '../../src/parse/paragraphs.ts';

const unwrapped = { width: null };

test('should start a new paragraph when a new sentence starts on the next line', () => {
  assert.equal(continuesParagraph('Mandag er første arbejdsdag.', 'Thomas Banke er den første.', unwrapped), false);
  assert.equal(continuesParagraph('Han sagde:', 'Det er slut.', unwrapped), false);
});

test('should continue a paragraph broken mid-sentence', () => {
  assert.equal(continuesParagraph('Thomas Banke og Jørn Petersen er debutanter, mens', 'de fire andre har prøvet det før.', unwrapped), true);
  assert.equal(continuesParagraph('Han fik 3.241 stemmer,', 'Uffe Steiner Jensen fik 2.911.', unwrapped), true);
});

test('should start a new block at a quote or a list item', () => {
  assert.equal(continuesParagraph('Han fik 3.241 stemmer,', '- Det er fint, siger han.', unwrapped), false);
  assert.equal(continuesParagraph('Punkterne er', '• Det første', unwrapped), false);
});

test('should start a new paragraph after a subhead line', () => {
  assert.equal(continuesParagraph('Har mistet hver 10. passager', 'Alt i alt har Billund mistet passagerer.', unwrapped), false);
});

const wrapped = [
  'Udlændingestyrelsen beder i et brev alle danske kommuner om at melde',
  'ind, hvis de har lokaler, der egner sig til at huse eventuelle ukrainske',
  'flygtninge. Det skriver DR, som har set brevet fra styrelsen, der blev',
  'sendt ud fredag eftermiddag til samtlige borgmestre i landet.',
  '',
  'Kort afsnit.',
];

test('should find the width of hard-wrapped text', () => {
  assert.deepEqual(detectWrapWidth(wrapped), { width: 72 });
  assert.deepEqual(detectWrapWidth(['Kort.', 'En linje på mere end hundrede tegn '.repeat(4)]), { width: null });
});

test('should join wrapped lines, also before a capital', () => {
  const wrap = detectWrapWidth(wrapped);
  assert.equal(continuesParagraph('Det skriver i øvrigt nyhedsbureauet, der har talt med ministeren', 'Morten Bødskov om sagen.', wrap), true);
  assert.equal(continuesParagraph(wrapped[2] ?? '', wrapped[3] ?? '', wrap), true);
});

test('should end a wrapped paragraph at a short line ending a sentence', () => {
  const wrap = detectWrapWidth(wrapped);
  assert.equal(continuesParagraph('Det er slut.', 'Nyt afsnit begynder her.', wrap), false);
  assert.equal(continuesParagraph('Kort overskrift', 'Nyt afsnit begynder her.', wrap), false);
});

test('should not take paragraphs of one line each for wrapped text', () => {
  const paragraphs = [
    'De danske virksomheder behøver ikke at bekymre sig om sanktionerne.',
    'Sanktionerne får ifølge DI ikke den store betydning for eksporten.',
    'Rusland er et vigtigt marked for mange danske virksomheder i dag.',
    'Omkring 200 danske virksomheder er til stede i Rusland lige nu.',
  ];
  assert.deepEqual(detectWrapWidth(paragraphs), { width: null });
});
