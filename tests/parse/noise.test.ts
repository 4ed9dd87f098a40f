import assert from 'node:assert/strict';
import test from 'node:test';
import { NOISE_PATTERNS, isGalleryCaption, isNoiseParagraph, matchNoiseLine, opensGallery, repeatedTeasers } from '../../src/parse/noise.ts';

/** Lines each pattern must take out, and article lines it must leave alone. */
const EXAMPLES: Record<string, { noise: string[]; text: string[] }> = {
  'ad-marker': {
    noise: ['Artiklen fortsætter under annoncen', 'ARTIKLEN FORTSÆTTER EFTER ANNONCE', 'Annonce', 'ANNONCE', 'Reklame:', 'Sponsoreret indhold'],
    text: ['Annoncen kostede 2 millioner kroner.', 'Reklamebranchen er i krise'],
  },
  'split-element': {
    noise: ['--------- SPLIT ELEMENT ---------', '--- split element ---'],
    text: ['Et split i partiet'],
  },
  'live-update': {
    noise: ['Opdateres...', 'Opdateres…', 'Opdateres løbende'],
    text: ['Opdateres listen, kommer der flere navne.'],
  },
  share: {
    noise: ['Del:', 'Del artiklen', 'Del på Facebook', 'Kopiér link', 'Lyt til artiklen'],
    text: ['Del af gevinsten går til klubben.'],
  },
  'read-more': {
    noise: ['Læs også: Putin holder tale', 'Læs mere', 'LÆS OGSÅ', 'Se også: Overblik over krigen', 'Relaterede artikler'],
    text: ['Læserne har stemt.', 'Se, det var en overraskelse.'],
  },
  'link-teaser': {
    noise: ['Se Billund Airports hjemmeside', 'Se video: Sådan gik det', 'Se billederne'],
    text: ['Se bort fra det, siger han.', 'Se Billund Airports hjemmeside for ruter. Den er ny.'],
  },
  'photo-caption': {
    noise: [
      'Foto: Kasper Holmgaard/Ritzau Scanpix',
      'Arkivfoto: Lene Vestergaard',
      'Færgen lægger til i Rønne. (Foto: © NORDLYS MEDIA, Ritzau Scanpix)',
      'Borgmesteren besøgte havnen. Foto: Ida Mølgaard Fold sammen',
      'Fold sammen',
      'Der springes højt ved nettet. Foto: Jan Knudsen.',
      'Ministeren ved mødet i Aalborg. Foto: Henrik Brandt/Ritzau Scanpix',
    ],
    text: ['Fotografen Jan Knudsen vandt prisen.', 'Han tog et foto: det blev verdenskendt'],
  },
  'script-field': {
    noise: ['MEDARB = jss KILDE = afp UDSENDES', 'KL = 17 OPLÆSER =', 'BRUTTO = 00:18', 'UDSENDES KL = 1630 OPLÆSER = CEG'],
    text: ['Nato = sikkerhed, mener han.', 'Prisen steg 10 procent = 40 kroner.'],
  },
  'script-cue': {
    noise: ['RUBRIK', 'OPLÆG', 'NEDLÆG', 'resume6', 'M-åbning', 'pip PS 20 sek'],
    text: ['Rubrikken var for lang.', 'Oplæg til debat'],
  },
  'most-read': {
    noise: ['Mest læste', 'MEST LÆSTE', 'Andre læser også', 'Seneste nyt'],
    text: ['Mest læste bog i år er en krimi.'],
  },
};

test('should have examples for every noise pattern', () => {
  assert.deepEqual(
    NOISE_PATTERNS.filter((noise) => noise.scope !== 'paragraph').map((noise) => noise.name).sort(),
    Object.keys(EXAMPLES).sort(),
  );
});

for (const [name, { noise, text }] of Object.entries(EXAMPLES)) {
  test(`should take out ${name} lines and leave article text alone`, () => {
    for (const line of noise) assert.equal(matchNoiseLine(line)?.name, name, line);
    for (const line of text) assert.equal(matchNoiseLine(line), undefined, line);
  });
}

test('should drop everything after "Mest læste"', () => {
  assert.equal(matchNoiseLine('Mest læste')?.scope, 'rest');
});

test('should take out a cookie-consent paragraph addressed to the reader', () => {
  assert.equal(isNoiseParagraph('Vi bruger cookies til at forbedre din oplevelse. Klik på Accepter alle for at give samtykke, eller vælg Indstillinger.'), true);
  assert.equal(isNoiseParagraph('Du kan til enhver tid trække dit samtykke til cookies tilbage.'), true);
});

test('should keep article text about consent or cookies', () => {
  assert.equal(isNoiseParagraph('Med samtykkeloven skal der være samtykke, før sex er tilladt, siger ministeren.'), false);
  assert.equal(isNoiseParagraph('Datatilsynet kritiserer, at hjemmesider ikke lader brugerne afvise cookies.'), false);
});

test('should mark paragraphs that a page repeats inside the article as teasers', () => {
  const teaser = 'En 34-årig kvinde er anholdt efter branden i lagerhallen på havnen, oplyser politiet.';
  assert.deepEqual([...repeatedTeasers(['Vandet stiger i Ribe.', teaser, teaser, 'Derfor lægger kommunen sandsække ud.'])], [1, 2]);
});

test('should keep short paragraphs that repeat', () => {
  assert.deepEqual([...repeatedTeasers(['Ja.', 'Han tøver.', 'Ja.'])], []);
});

test('should treat bulleted lines after a bulleted caption as the same photo gallery', () => {
  const caption = '• Luftfotos viser oversvømmede marker ved åen. (Foto: © Vesterhavets Luftfoto, Ritzau Scanpix)';
  const noise = matchNoiseLine(caption);
  assert.ok(noise);
  assert.equal(opensGallery(caption, noise), true);
  assert.equal(isGalleryCaption('• Må man selv hente sandsække på rådhuset', true), true);
  assert.equal(isGalleryCaption('• Må man selv hente sandsække på rådhuset', false), false);
  assert.equal(isGalleryCaption('Lige siden søndag er mange blevet evakueret.', true), false);
});
