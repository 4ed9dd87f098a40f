/** Small text rules shared by the parsers: whitespace, sentences, headline length. */

/** Characters that count as blank besides ordinary whitespace. */
const BLANK = /^[\s\u00a0\u200b\u2060\ufeff]*$/;

export function isBlank(line: string): boolean {
  return BLANK.test(line);
}

/** Collapses runs of spaces (also non-breaking ones) and trims. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2060\ufeff]+/g, ' ').trim();
}

/** `brug for.Blandt` → `brug for. Blandt`: sentences glued together when a page was copied. */
export function unglueSentences(text: string): string {
  // The quick test first: most paragraphs have no glued sentence at all.
  return hasCapitalAfterStop(text) ? text.replace(/(\p{Ll}{2,}[.!?])(\p{Lu}\p{Ll})/gu, '$1 $2') : text;
}

/** Whether a `.`, `!` or `?` is directly followed by a capital letter; faster than a Unicode regex. */
function hasCapitalAfterStop(text: string): boolean {
  for (let index = 0; index < text.length - 1; index++) {
    const char = text.charCodeAt(index);
    if (char !== 46 && char !== 33 && char !== 63) continue;
    const next = text.codePointAt(index + 1) as number;
    // ASCII capitals are told at once; other characters by their Unicode category.
    if (next < 0x80 ? next >= 65 && next <= 90 : /\p{Lu}/u.test(String.fromCodePoint(next))) return true;
  }
  return false;
}

/**
 * Words after which a period does not end a sentence, and ordinals: "24. februar",
 * "hver 10. passager". A period after a longer number ("i 1976. Som") does end one.
 */
const ABBREVIATIONS = /(?:\b(?:bl\.a|f\.eks|m\.fl|m\.m|ca|cirka|hr|fr|dvs|mio|mia|mill|kr|nr|pct|jf|bl|evt|inkl|ekskl|mht|vedr|ift|osv|etc|st|tidl|jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec|kl)|(?<![\d.])\d{1,2})$/i;

/** The first sentence of a paragraph, with its final punctuation. */
export function firstSentence(text: string): string {
  const pattern = /[.!?](?=\s+[\p{Lu}\d»"”–-])/gu;
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(0, match.index);
    if (match[0] === '.' && ABBREVIATIONS.test(before)) continue;
    return text.slice(0, match.index + 1);
  }
  return text;
}

/** Counts sentences the way `firstSentence` splits them. */
export function countSentences(text: string): number {
  let count = 0;
  let rest = text.trim();
  while (rest !== '' && count < 10) {
    const sentence = firstSentence(rest);
    count++;
    rest = rest.slice(sentence.length).trim();
  }
  return count;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

const HEADLINE_MAX = 120;

/** A list bullet at the start of a line: `• `, `* `, `· `, `▪ `. */
export const BULLET = /^[•*·▪●◦]\s+/u;

/** `Bonn (Politiken) - `, `Rudbjerg -`: the place dateline opening a wire or local story. */
const PLACE_DATELINE = /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?(?:\s*\([^()]{1,40}\))?\s+[-–]\s*(?=\p{Lu})/u;

const QUOTE_MARKS = /[»«„“”"]/gu;

/** Drops a quotation mark or parenthesis at either end that has no partner in the text. */
function dropUnpairedMarks(text: string): string {
  let result = text;
  if ((result.match(QUOTE_MARKS)?.length ?? 0) % 2 === 1) {
    if (/^[»«„“”"]/u.test(result)) result = result.slice(1).trimStart();
    else if (/[»«„“”"]$/u.test(result)) result = result.slice(0, -1).trimEnd();
  }
  const opening = result.split('(').length - 1;
  const closing = result.split(')').length - 1;
  if (opening > closing && result.startsWith('(')) result = result.slice(1).trimStart();
  else if (closing > opening && result.endsWith(')')) result = result.slice(0, -1).trimEnd();
  return result;
}

/**
 * A headline made from a sentence: without list bullet, place dateline, unpaired quotation
 * marks and final period, and shortened at a word boundary with an ellipsis when longer
 * than a headline should be.
 */
export function headlineFromSentence(sentence: string): string {
  const cleaned = dropUnpairedMarks(squeeze(sentence).replace(BULLET, '').replace(/^[-–—]\s*/, ''));
  const text = cleaned.replace(PLACE_DATELINE, '').replace(/[.:;,]$/, '').trim() || squeeze(sentence);
  if (text.length <= HEADLINE_MAX) return text;
  const cut = text.slice(0, HEADLINE_MAX - 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > 40 ? cut.slice(0, boundary) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
