import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { extractTopics, foldGenitivesAcross } from '../../src/enrich/topics.ts';
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

test('should fold the genitive of an abbreviation', () => {
  assert.deepEqual(topicsOf('Det siger FNs generalsekretær.', 'FN er enig.'), ['FN']);
  assert.deepEqual(topicsOf('Hun taler med EUs udenrigschef i dag.'), ['EU']);
});

test('should keep the s of a name before a verb', () => {
  assert.deepEqual(topicsOf('Holdet fra Vojens synes umulige at stoppe.'), ['Vojens']);
  assert.deepEqual(topicsOf('Klubben fra Tarm mødes med holdet fra Vojens ser frem til kampen.'), ['Tarm', 'Vojens']);
});

test('should keep a name that is also a word only skipped at the start of a sentence', () => {
  assert.deepEqual(topicsOf('Det er en roman af Joseph Heller.'), ['Joseph Heller']);
  assert.deepEqual(topicsOf('Heller ikke i år kom der sne.'), []);
});

test('should not glue a verb starting a sentence onto a name', () => {
  assert.deepEqual(topicsOf('Nægter Serbien, går FN ind.'), ['Serbien', 'FN']);
  assert.deepEqual(topicsOf('Afviser Tyrkiet at svare, stopper handlen.'), ['Tyrkiet']);
  // Names that look like such verbs stay whole.
  assert.deepEqual(topicsOf('Peter Sørensen er ny formand.'), ['Peter Sørensen']);
  assert.deepEqual(topicsOf('Cimber Sterling er kommet gennem en svær tid.'), ['Cimber Sterling']);
  assert.deepEqual(topicsOf('Aktierne ejes af J. P. Fischer Hansen og andre.'), ['Fischer Hansen']);
});

test('should split names written side by side', () => {
  assert.deepEqual(topicsOf('Talskvinde i Det Hvide Hus Jen Psaki tilføjer, at mødet er aftalt.'), ['Det Hvide Hus', 'Jen Psaki']);
  assert.deepEqual(topicsOf('Selvom talsmand for Kreml Dmitry Peskov i går afviste det.'), ['Kreml', 'Dmitry Peskov']);
  assert.deepEqual(topicsOf('Borgmester i Vejle Kommune Jens Ole Hansen (V) sagde ja.'), ['Vejle Kommune', 'Jens Ole Hansen']);
  assert.deepEqual(topicsOf('Ifølge chefen i Dansk Erhverv Mette Holm stiger eksporten.', 'Mette Holm siger mere.', 'Dansk Erhverv er enig.'), [
    'Dansk Erhverv',
    'Mette Holm',
  ]);
  assert.deepEqual(topicsOf('Sådan siger Sønderjyske i dag.', 'Det siger Sønderjyskes Frederik Krog til avisen.'), ['Sønderjyske', 'Frederik Krog']);
  // An organisation named with a genitive stays whole.
  assert.deepEqual(topicsOf('Det siger Danmark i dag.', 'Han leder Danmarks Socialdemokratiske Ungdom.'), ['Danmark', 'Danmarks Socialdemokratiske Ungdom']);
});

test('should drop a title glued in front of a name', () => {
  assert.deepEqual(topicsOf('Byretsdommer Anne Marie Holst lagde ikke skjul på det.'), ['Anne Marie Holst']);
  assert.deepEqual(topicsOf('Statsminister Poul Nyrup Rasmussen talte.'), ['Poul Nyrup Rasmussen']);
  assert.deepEqual(topicsOf('Det mener Udenrigsminister Lene Espersen.'), ['Lene Espersen']);
  assert.deepEqual(topicsOf('Det siger vores Ruslandskorrespondent, Mia Lund.'), ['Mia Lund']);
});

test('should let a surname of several words join the full name', () => {
  assert.deepEqual(topicsOf('Statsminister Poul Nyrup Rasmussen talte.', 'Senere sagde Nyrup Rasmussen mere.'), ['Poul Nyrup Rasmussen']);
  assert.deepEqual(topicsOf('Det siger Anne Lynge Holm til avisen.', 'Ifølge Lynge Holm er det svært.', 'Lynge Holm vil ikke sige mere.'), ['Anne Lynge Holm']);
});

test('should not join a part shared by several names', () => {
  assert.deepEqual(topicsOf('Mødet mellem Anders Hansen og Anders Holm sluttede.', 'Senere talte Anders igen.'), ['Anders Hansen', 'Anders Holm', 'Anders']);
});

test('should not take a subhead in capitals as names', () => {
  assert.deepEqual(topicsOf('Vi mødte Karen Blom i Aarhus.', 'SVÆR TV-GENRE', 'Det siger DSB i dag.'), ['Karen Blom', 'Aarhus', 'DSB']);
});

test('should fold genitives across the archive where the shorter name is a topic elsewhere', () => {
  assert.deepEqual(topicsOf('Det siger Ukraines præsident.'), ['Ukraines']);
  assert.deepEqual(
    foldGenitivesAcross([['Ukraines', 'Venstres', 'FNs', 'Vojens', 'Paris', 'Donbass'], ['Ukraine', 'FN', 'Vojen', 'Pari', 'Donbas'], ['Kiev']], [[], [], ['Venstre']]),
    [['Ukraine', 'Venstre', 'FN', 'Vojen', 'Pari', 'Donbass'], ['Ukraine', 'FN', 'Vojen', 'Pari', 'Donbas'], ['Kiev']],
  );
  assert.deepEqual(foldGenitivesAcross([['Vojens', 'Paris'], ['Danmark']]), [['Vojens', 'Paris'], ['Danmark']]);
});
