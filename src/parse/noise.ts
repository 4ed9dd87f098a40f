/**
 * Text that a web page, wire feed or broadcast script puts around an article but that is not
 * part of it. Each pattern is tested against one trimmed line (`line`) or one whole paragraph
 * (`paragraph`); `rest` also drops everything after the match (page furniture such as
 * "Mest læste" lists). Examples for every pattern live in tests/parse/noise.test.ts.
 */
export interface NoisePattern {
  name: string;
  scope: 'line' | 'paragraph' | 'rest';
  pattern: RegExp;
  /** A quick test every match passes, so that most text skips the slower full pattern. */
  requires?: RegExp;
}

export const NOISE_PATTERNS: readonly NoisePattern[] = [
  {
    name: 'ad-marker',
    scope: 'line',
    pattern: /^(?:artiklen fortsætter (?:under|efter|nedenfor) (?:annoncen|annonce|reklamen)|annonce|reklame|sponsoreret indhold|annoncørbetalt indhold)[.:]?$/i,
  },
  { name: 'split-element', scope: 'line', pattern: /^-{3,}\s*split element\s*-{3,}$/i },
  { name: 'live-update', scope: 'line', pattern: /^opdateres(?:\s+løbende)?\s*(?:\.{2,}|…)?$/i },
  { name: 'share', scope: 'line', pattern: /^(?:del(?: artiklen)?|del på \w+|kopiér link|kopier link|gem|lyt til artiklen|print)\s*:?$/i },
  // `\b` knows only ASCII letters, so "også" is closed with a look-ahead instead.
  { name: 'read-more', scope: 'line', pattern: /^(?:læs (?:mere|også|videre|hele artiklen)|se også|relaterede artikler)(?![\p{L}\d]).*$/iu },
  {
    name: 'link-teaser',
    scope: 'line',
    pattern: /^se (?:[\p{L}'’.-]+\s+){0,4}(?:hjemmeside|website|video(?:en)?|billeder(?:ne)?|galleri(?:et)?|indslaget|tv-indslaget|programmet)\b[^.!?]*$/iu,
  },
  {
    // A caption starts with "Foto:", carries "(Foto: …)", ends with a credit
    // ("… i vejret. Foto: Jan Knudsen."), "Fold sammen" or "Ritzau Scanpix".
    name: 'photo-caption',
    scope: 'line',
    requires: /foto|fold sammen|scanpix/i,
    pattern: /^(?:\(?(?:arkiv|pr-)?foto: .*|.*\((?:arkiv|pr-)?foto: [^)]*\)\W*|.+[.!?]\s+(?:arkiv|pr-)?foto: [^.!?]{2,60}\.?|.*\bfold sammen|.*\bRitzau Scanpix\W*)$/iu,
  },
  // Broadcast scripts: `MEDARB = jss KILDE = afp`, `BRUTTO = 00:18`.
  { name: 'script-field', scope: 'line', pattern: /^[A-ZÆØÅ]{2,}(?:\s+[A-ZÆØÅ]{2,})*\s*=/u },
  // Broadcast script cues: section labels in capitals, numbered résumés, sound cues.
  { name: 'script-cue', scope: 'line', pattern: /^(?:RUBRIK|OPLÆG|NEDLÆG|SPEAK|[Rr]esume\d+|M-åbning|pip\b.*\d+\s*sek\.?)$/u },
  { name: 'most-read', scope: 'rest', pattern: /^(?:mest læste|mest læst|læs også disse|andre læser også|populære artikler|seneste nyt)$/i },
  {
    // Addressed to the reader ("vi", "du") and about cookies and consent: never article text.
    name: 'cookie-consent',
    scope: 'paragraph',
    requires: /cookie/i,
    pattern: /^(?=[^]*\bcookies?\b)(?=[^]*\b(?:accepter|acceptér|tillad|afvis|administrer|indstillinger|samtykke)\w*)(?=[^]*\b(?:vi|du|dig|din|dit|dine|vores)\b)[^]{0,800}$/iu,
  },
];

/** The first pattern a trimmed line matches, or undefined. */
export function matchNoiseLine(line: string): NoisePattern | undefined {
  const text = line.trim();
  if (text === '') return undefined;
  return NOISE_PATTERNS.find((noise) => noise.scope !== 'paragraph' && matches(noise, text));
}

/** Whether a whole paragraph is page furniture (cookie consent and the like). */
export function isNoiseParagraph(paragraph: string): boolean {
  return NOISE_PATTERNS.some((noise) => noise.scope === 'paragraph' && matches(noise, paragraph));
}

function matches(noise: NoisePattern, text: string): boolean {
  return (noise.requires === undefined || noise.requires.test(text)) && noise.pattern.test(text);
}

const BULLETED = /^[•*·▪●◦]\s+/u;

/**
 * A photo gallery is a run of bulleted captions: once one bulleted line was a caption, the
 * bulleted lines right after it are captions too, also one cut off before its credit.
 */
export function isGalleryCaption(line: string, galleryOpen: boolean): boolean {
  return galleryOpen && BULLETED.test(line.trim());
}

/** Whether a caption line opens a gallery run. */
export function opensGallery(line: string, noise: NoisePattern): boolean {
  return noise.name === 'photo-caption' && BULLETED.test(line.trim());
}

/** Shorter paragraphs may repeat in an article ("- Ja."); longer repeats are teasers. */
const TEASER_MIN_LENGTH = 40;

/**
 * Teasers for other stories that a page repeats inside the article: the indexes of every
 * paragraph of at least 40 characters whose text occurs more than once.
 */
export function repeatedTeasers(paragraphs: readonly string[]): Set<number> {
  const seen = new Map<string, number[]>();
  paragraphs.forEach((text, index) => {
    if (text.length < TEASER_MIN_LENGTH) return;
    seen.set(text, [...(seen.get(text) ?? []), index]);
  });
  return new Set([...seen.values()].filter((indexes) => indexes.length > 1).flat());
}
