import assert from 'node:assert/strict';
import test from 'node:test';
import {
  isBareAuthorMarker,
  parseAuthorLine,
  parseBylineLine,
  parseSignatureLine,
  sourcesInScriptField,
  splitGluedByline,
} from '../../src/parse/byline.ts';

test('should read agency bylines on a line of their own as sources', () => {
  assert.deepEqual(parseBylineLine('/ritzau/'), ['Ritzau']);
  assert.deepEqual(parseBylineLine('/ritzau/Reuters'), ['Ritzau', 'Reuters']);
  assert.deepEqual(parseBylineLine('/ritzau/AFP'), ['Ritzau', 'AFP']);
  assert.deepEqual(parseBylineLine('/ritzau/dpa'), ['Ritzau', 'dpa']);
  assert.deepEqual(parseBylineLine('/Ritzau/ /AFP/'), ['Ritzau', 'AFP']);
  assert.deepEqual(parseBylineLine('ritzau'), ['Ritzau']);
  assert.deepEqual(parseBylineLine('Ritzau/AFP'), ['Ritzau', 'AFP']);
});

test('should not read article text naming an agency as a byline', () => {
  assert.equal(parseBylineLine('Det skriver Ritzau.'), null);
  assert.equal(parseBylineLine('ifølge /ritzau/ og andre'), null);
});

test('should split a byline glued to the end of the last paragraph', () => {
  assert.deepEqual(splitGluedByline('Det oplyser politiet. /ritzau/'), { text: 'Det oplyser politiet.', sources: ['Ritzau'] });
  assert.deepEqual(splitGluedByline('Det oplyser politiet. /ritzau/AFP'), { text: 'Det oplyser politiet.', sources: ['Ritzau', 'AFP'] });
  assert.equal(splitGluedByline('Det oplyser politiet.'), null);
});

test('should read author lines', () => {
  assert.deepEqual(parseAuthorLine('Af Vibeke Scheibel'), ['Vibeke Scheibel']);
  assert.deepEqual(parseAuthorLine('Af Anne Hansen og Peter Møller'), ['Anne Hansen', 'Peter Møller']);
  assert.deepEqual(parseAuthorLine('Af Henrik Groes-Petersen'), ['Henrik Groes-Petersen']);
  assert.deepEqual(parseAuthorLine('Af Bjarne Reuter, forfatter.'), ['Bjarne Reuter']);
  assert.deepEqual(parseAuthorLine('Skrevet af: Ole Hansen'), ['Ole Hansen']);
});

test('should not read sentences starting with "af" as author lines', () => {
  assert.equal(parseAuthorLine('Af sted med dem'), null);
  assert.equal(parseAuthorLine('Af de 200 soldater kom 20 hjem.'), null);
});

test('should know "Af" alone on a line', () => {
  assert.equal(isBareAuthorMarker('Af'), true);
  assert.equal(isBareAuthorMarker('af:'), true);
  assert.equal(isBareAuthorMarker('Af Ole'), false);
});

test('should read a name alone as a signature', () => {
  assert.equal(parseSignatureLine('Steen Uno'), 'Steen Uno');
  assert.equal(parseSignatureLine('Jørn Grønkjær-Jensen'), 'Jørn Grønkjær-Jensen');
  assert.equal(parseSignatureLine('Ny sejr'), null);
  assert.equal(parseSignatureLine('Uno'), null);
  assert.equal(parseSignatureLine('Han sagde nej.'), null);
});

test('should read the source named in a broadcast script field', () => {
  assert.deepEqual(sourcesInScriptField('MEDARB = jss KILDE = afp UDSENDES'), ['AFP']);
  assert.deepEqual(sourcesInScriptField('MEDARB = AGG KILDE = RTZ UDSENDES KL = 1600'), ['Ritzau']);
  assert.deepEqual(sourcesInScriptField('MEDARB = CEG KILDE = div.'), []);
});
