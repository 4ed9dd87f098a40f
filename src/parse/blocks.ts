import type { BlockKind } from '../model/index.ts';
import { wordCount } from './text.ts';

/** A dialogue dash: `- Vi er klar`, `– Vi er klar`, `-Spørg ham`. Not `-10 grader`. */
const DIALOGUE_DASH = /^[-–—](?:[ \u00a0]+|(?=\p{Lu}))/u;
/** Guillemets and curly or straight quotation marks opening a paragraph. */
const OPENING_QUOTE = /^[»”“„"]/;

export interface ClassifiedBlock {
  kind: BlockKind;
  text: string;
}

/**
 * What a body paragraph is: a quote (dialogue dash or opening quotation mark), a subhead
 * (a short single line without a final period), or a paragraph. A dialogue dash is removed
 * from the text; quotation marks stay.
 */
export function classifyBlock(text: string, context: { subheads: boolean; lineCount?: number }): ClassifiedBlock {
  const dash = DIALOGUE_DASH.exec(text);
  if (dash && text.length > dash[0].length) return { kind: 'quote', text: text.slice(dash[0].length).trim() };
  if (OPENING_QUOTE.test(text)) return { kind: 'quote', text };
  if (context.subheads && isSubhead(text, context.lineCount ?? 1)) return { kind: 'subhead', text };
  return { kind: 'paragraph', text };
}

function isSubhead(text: string, lineCount: number): boolean {
  if (lineCount !== 1 || text.length > 90 || !/^[\p{Lu}\d]/u.test(text)) return false;
  if (/[.,;]$/.test(text)) return false;
  const words = wordCount(text);
  return words >= 1 && words <= (text.endsWith(':') ? 14 : 10);
}
