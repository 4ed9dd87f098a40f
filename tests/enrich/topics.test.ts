import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { extractTopics } from '../../src/enrich/topics.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { CONTENT, SEED_BIDEN_PUTIN } from '../support/paths.ts';

const topicsOf = (...texts: string[]) => extractTopics(texts.map((text) => ({ text })));

test('should find the people, places and organisations of the first sample', async () => {
  const result = parseArticle(await readFile(path.join(CONTENT, SEED_BIDEN_PUTIN), 'utf8'), SEED_BIDEN_PUTIN);
  assert.ok(result.ok);
  const topics = extractTopics([{ text: result.article.headline }, ...result.article.body]);
  for (const expected of ['Joe Biden', 'Vladimir Putin', 'Ukraine', 'Rusland', 'Krim', 'Nato', 'Kreml', 'Det Hvide Hus']) {
    assert.ok(topics.includes(expected), `expected ${expected} in ${topics.join(', ')}`);
  }
  for (const word of ['Det', 'De', 'Desuden', 'Ifølge', 'Biden', 'Putin', 'Putins', 'Ruslands', 'Reuters']) {
    assert.ok(!topics.includes(word), `did not expect ${word}`);
  }
});

test('should fold Danish genitives', () => {
  assert.deepEqual(topicsOf('Han mødte Ruslands præsident.', 'Det skete i Rusland.'), ['Rusland']);
  assert.deepEqual(topicsOf("Det mener USA's regering."), ['USA']);
  assert.deepEqual(topicsOf('Det siger Natos generalsekretær.'), ['Nato']);
  assert.deepEqual(topicsOf('Det oplyser Putins kontor.'), ['Putin']);
  assert.deepEqual(topicsOf("Det viser Fox News' optagelser."), ['Fox News']);
});

test('should keep a final s that is not a genitive', () => {
  assert.deepEqual(topicsOf('Mødet i Paris er slut.'), ['Paris']);
  assert.deepEqual(topicsOf('Det sagde Kaja Kallas på mødet.', 'Han citerer Kaja Kallas udtalelse.'), ['Kaja Kallas']);
  assert.deepEqual(topicsOf('Patienten ligger på Haderslev Sygehus i dag.'), ['Haderslev Sygehus']);
});

test('should let a surname alone join the full name in the same article', () => {
  assert.deepEqual(topicsOf('USA’s præsident, Joe Biden, talte i går.', 'Biden sagde ikke mere.', 'Senere talte Biden igen.'), ['Joe Biden', 'USA']);
});

test('should not take sentence-initial words, weekdays or months as topics', () => {
  assert.deepEqual(topicsOf('Telefonsamtalen begyndte klokken 17.'), []);
  assert.deepEqual(topicsOf('Mandag mødes de igen.', 'I Marts skete det.'), []);
  assert.deepEqual(topicsOf('Ifølge Reuters er der enighed.'), []);
  assert.deepEqual(topicsOf('Desuden bekræfter Kreml mødet.'), ['Kreml']);
});

test('should drop a title in front of a name at the start of a sentence', () => {
  assert.deepEqual(topicsOf('Forsvarsminister Morten Bødskov forventer et møde.'), ['Morten Bødskov']);
});

test('should end a name at punctuation', () => {
  assert.deepEqual(topicsOf('Lande som Vietnam, Serbien og Tyrkiet rammes.'), ['Vietnam', 'Serbien', 'Tyrkiet']);
});

test('should keep name particles inside a name', () => {
  assert.deepEqual(topicsOf('Det siger Ursula von der Leyen til pressen.'), ['Ursula von der Leyen']);
});
