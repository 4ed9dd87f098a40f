import { countSentences, wordCount } from './text.ts';

/**
 * Section labels and paywall lines that web pages print above the headline. Matched
 * case-insensitively against a whole line.
 */
export const SECTION_LABELS: readonly string[] = [
  'Udland', 'Indland', 'Internationalt', 'Nationalt', 'Virksomheder', 'Erhverv', 'Økonomi', 'Finans',
  'Politik', 'Samfund', 'Sport', 'Kultur', 'Debat', 'Navne', 'Nyheder', 'Seneste nyt', 'Breaking',
  'For abonnenter', 'Kun for abonnenter', 'Abonnement', 'Plus', 'Premium', 'Annonce', 'Reklame',
  'Analyse', 'Kommentar', 'Leder', 'Kronik', 'Baggrund', 'Europa', 'Verden', 'Danmark', 'Krigen i Ukraine',
];

/** Labels that may be glued, with or without a space, to the front of the headline line. */
const GLUED_LABELS: readonly string[] = ['For abonnenter', 'Internationalt', 'Virksomheder', 'Udland', 'Indland', 'Annonce'];

const labelSet = new Set(SECTION_LABELS.map((label) => label.toLowerCase()));

export function isSectionLabel(line: string): boolean {
  return labelSet.has(line.trim().replace(/[:.]$/, '').toLowerCase());
}

/**
 * `UdlandBiden opfordrer …` → `Biden opfordrer …`. Returns the number of characters removed
 * from the front of the line (0 when no label is glued on).
 */
export function gluedLabelLength(line: string): number {
  for (const label of GLUED_LABELS) {
    if (!line.toLowerCase().startsWith(label.toLowerCase())) continue;
    const rest = line.slice(label.length);
    const match = /^[\s:|·–-]*(?=[\p{Lu}\d»"”])/u.exec(rest);
    if (match && rest.length > match[0].length + 10) return label.length + match[0].length;
  }
  return 0;
}

export interface HeadCandidate {
  text: string;
  lineCount: number;
}

/** Beyond this length a line without a colon or quotation marks reads as a standfirst. */
const PLAIN_HEADLINE_MAX = 100;
/** Words that tie a sentence to the one before it: a text cut off mid-article starts so. */
const CONNECTIVE = /^(?:Med andre ord|Men|Og|Derfor|Dermed|Desuden|Samtidig|Alligevel)\b/u;
const OPENS_QUOTE = /^[»"”“„'‘]/u;
const ENDS_SENTENCE = /[.!?]["”«»')]*$/u;

/**
 * A line that reads as a headline: short, one line, one sentence, no final period or colon,
 * not a quote or list item. A line over 100 characters needs a colon or quotation marks
 * (`Mette Frederiksen: »…«`); a longer plain line is a standfirst that lost its period.
 */
export function isHeadlineLike(block: HeadCandidate): boolean {
  const { text } = block;
  if (block.lineCount !== 1 || text.length > 180 || text.length < 3) return false;
  if (/[.,;:]$/.test(text) || /^[-–—•*·▪]/u.test(text)) return false;
  if (!/^[\p{Lu}\d»"”'‘„]/u.test(text) || CONNECTIVE.test(text)) return false;
  if (text.length > PLAIN_HEADLINE_MAX && !/[:»«"”“„]/u.test(text)) return false;
  if (countSentences(text) > 1) return false;
  const words = wordCount(text);
  return words >= 1 && words <= 28;
}

/**
 * A standfirst: one or two sentences on one line, not a quote, a list item or a sentence tied
 * to one before it. Its final period may be missing when it holds two sentences or is too
 * long for a headline.
 */
export function isLeadLike(block: HeadCandidate): boolean {
  const { text } = block;
  if (block.lineCount !== 1 || text.length > 400 || text.length < 3) return false;
  if (/^[-–—•*·▪]/u.test(text) || !/^[\p{Lu}\d»"”'‘„(]/u.test(text) || CONNECTIVE.test(text)) return false;
  if (OPENS_QUOTE.test(text) && (text.match(/[»«„“”"]/gu)?.length ?? 0) % 2 === 1) return false;
  const sentences = countSentences(text);
  if (sentences > 2) return false;
  return ENDS_SENTENCE.test(text) || sentences === 2 || text.length > PLAIN_HEADLINE_MAX;
}

/**
 * Whether these first blocks can all belong to the head of a text, so that a date stamp after
 * them is still the article's stamp: nothing yet, a headline, a lead, or a lead and then the
 * headline, with section labels in front. After any other block the body has begun, and a
 * date alone on a line there is part of the text.
 */
export function couldBeHead(blocks: readonly HeadCandidate[]): boolean {
  const start = blocks.findIndex((block) => block.lineCount !== 1 || !isSectionLabel(block.text));
  if (start === -1) return true;
  const [first, second, ...more] = blocks.slice(start);
  if (first === undefined || more.length > 0) return false;
  const opening = { ...first, text: first.text.slice(gluedLabelLength(first.text)) };
  if (second === undefined) return isHeadlineLike(opening) || isLeadLike(opening);
  return isLeadLike(opening) && isHeadlineLike(second);
}

export type Head =
  | { kind: 'lead-headline'; leadIndex: number; headlineIndex: number }
  | { kind: 'headline'; headlineIndex: number }
  | { kind: 'lead'; leadIndex: number }
  | { kind: 'none' };

/**
 * Decides which of the first blocks are the headline and the lead:
 * a headline line first; a lead followed by the headline; a lead alone; or neither.
 */
export function detectHead(blocks: readonly HeadCandidate[]): Head {
  const [first, second] = blocks;
  if (!first) return { kind: 'none' };
  if (isHeadlineLike(first) && blocks.length > 1) return { kind: 'headline', headlineIndex: 0 };
  // A headline below the lead heads a body; a short last line is the end of the text.
  if (isLeadLike(first) && second && isHeadlineLike(second) && blocks.length > 2) {
    return { kind: 'lead-headline', leadIndex: 0, headlineIndex: 1 };
  }
  if (isLeadLike(first) && blocks.length > 1) return { kind: 'lead', leadIndex: 0 };
  if (isHeadlineLike(first)) return { kind: 'headline', headlineIndex: 0 };
  return { kind: 'none' };
}
