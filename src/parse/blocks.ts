import type { BlockKind } from '../model/index.ts';
import { BULLET, wordCount } from './text.ts';

/** A dialogue dash: `- Vi er klar`, `– Vi er klar`, `-Spørg ham`. Not `-10 grader`. */
const DIALOGUE_DASH = /^[-–—](?:[ \u00a0]+|(?=\p{Lu}))/u;
/** Guillemets and curly or straight quotation marks opening a paragraph. */
const OPENING_QUOTE = /^[»”“„"]/;

export interface ClassifiedBlock {
  kind: BlockKind;
  text: string;
}

export interface BlockContext {
  /** Whether the block may be a subhead (never the last block: cut-off texts end mid-sentence). */
  subheads: boolean;
  lineCount?: number;
  /** The text of the block that follows, if any. */
  next?: string;
}

/**
 * What a body paragraph is: a quote (dialogue dash or opening quotation mark), a subhead
 * (a short single line without a final period), or a paragraph. A dialogue dash is removed
 * from the text; quotation marks stay. A list item keeps a `• ` bullet and is a paragraph.
 */
export function classifyBlock(text: string, context: BlockContext): ClassifiedBlock {
  const bullet = BULLET.exec(text);
  if (bullet) return { kind: 'paragraph', text: `• ${text.slice(bullet[0].length).trim()}` };
  const dash = DIALOGUE_DASH.exec(text);
  if (dash && text.length > dash[0].length) return { kind: 'quote', text: text.slice(dash[0].length).trim() };
  if (OPENING_QUOTE.test(text)) return { kind: 'quote', text };
  if (context.subheads && isSubhead(text, context)) return { kind: 'subhead', text };
  return { kind: 'paragraph', text };
}

function isSubhead(text: string, context: BlockContext): boolean {
  if ((context.lineCount ?? 1) !== 1 || text.length > 90 || !/^[\p{Lu}\d]/u.test(text)) return false;
  if (/[.,;!]$/.test(text)) return false;
  const words = wordCount(text);
  if (!text.endsWith(':')) return words <= 10;
  // "Dengang var tiden ikke moden:" before a quote introduces it; a label such as
  // "Miljøministeriet:" or a subhead before a paragraph heads what follows.
  const introducesQuote = context.next !== undefined && (DIALOGUE_DASH.test(context.next) || OPENING_QUOTE.test(context.next));
  return words <= (introducesQuote ? 3 : 14);
}
