/**
 * Text that a web page or wire feed puts around an article but that is not part of it.
 * Each pattern is tested against one trimmed line (`line`) or one whole paragraph
 * (`paragraph`); `rest` also drops everything after the match (page furniture such as
 * "Mest læste" lists). Examples for every pattern live in tests/parse/noise.test.ts.
 */
export interface NoisePattern {
  name: string;
  scope: 'line' | 'paragraph' | 'rest';
  pattern: RegExp;
}

export const NOISE_PATTERNS: readonly NoisePattern[] = [
  { name: 'ad-marker', scope: 'line', pattern: /^(?:artiklen fortsætter (?:under|efter|nedenfor) (?:annoncen|annonce|reklamen)|annonce|reklame|sponsoreret indhold)[.:]?$/i },
  { name: 'split-element', scope: 'line', pattern: /^-{3,}\s*split element\s*-{3,}$/i },
  { name: 'live-update', scope: 'line', pattern: /^opdateres\s*(?:\.{2,}|…)?$/i },
  { name: 'share', scope: 'line', pattern: /^(?:del(?: artiklen)?|del på \w+|kopiér link|kopier link|gem|lyt til artiklen|print)\s*:?$/i },
  { name: 'read-more', scope: 'line', pattern: /^(?:læs (?:mere|også|videre|hele artiklen)|se også|relaterede artikler)\b.*$/i },
  { name: 'photo-caption', scope: 'line', pattern: /^(?:\(?(?:arkiv)?foto: .*|.*\((?:arkiv)?foto: [^)]*\)\W*|.*\bfold sammen|.*\bRitzau Scanpix\W*)$/i },
  { name: 'most-read', scope: 'rest', pattern: /^(?:mest læste|mest læst|læs også disse|andre læser også|populære artikler|seneste nyt)$/i },
  { name: 'cookie-consent', scope: 'paragraph', pattern: /\b(?:cookies?|samtykke)\b.*\b(?:accepter|acceptér|indstillinger|samtykke|tillad)\w*/i },
];

/** The first pattern a trimmed line matches, or undefined. */
export function matchNoiseLine(line: string): NoisePattern | undefined {
  const text = line.trim();
  if (text === '') return undefined;
  return NOISE_PATTERNS.find((noise) => noise.scope !== 'paragraph' && noise.pattern.test(text));
}

/** Whether a whole paragraph is page furniture (cookie consent and the like). */
export function isNoiseParagraph(paragraph: string): boolean {
  return NOISE_PATTERNS.some((noise) => noise.scope === 'paragraph' && noise.pattern.test(paragraph));
}
