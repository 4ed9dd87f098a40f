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

/** A line that reads as a headline: short, one line, no final period, not a quote. */
export function isHeadlineLike(block: HeadCandidate): boolean {
  const { text } = block;
  if (block.lineCount !== 1 || text.length > 180 || text.length < 3) return false;
  if (/[.,;]$/.test(text) || /^[-–—•]/.test(text)) return false;
  if (!/^[\p{Lu}\d»"”'‘„]/u.test(text)) return false;
  const words = wordCount(text);
  return words >= 1 && words <= 28;
}

/** A standfirst: one or two complete sentences on one line. */
export function isLeadLike(block: HeadCandidate): boolean {
  const { text } = block;
  if (block.lineCount !== 1 || text.length > 400 || !/[.!?]["”«»]?$/.test(text)) return false;
  if (/^[-–—•]/.test(text)) return false;
  return countSentences(text) <= 2;
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
  if (isLeadLike(first) && second && isHeadlineLike(second)) {
    return { kind: 'lead-headline', leadIndex: 0, headlineIndex: 1 };
  }
  if (isLeadLike(first) && blocks.length > 1) return { kind: 'lead', leadIndex: 0 };
  if (isHeadlineLike(first)) return { kind: 'headline', headlineIndex: 0 };
  return { kind: 'none' };
}
