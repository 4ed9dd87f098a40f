import type { BlockContent, Heading, Paragraph, RootContent } from 'mdast';
import { classifyBlock } from './blocks.ts';
import { detectHead, gluedLabelLength, isSectionLabel } from './head.ts';
import { unglueSentences } from './text.ts';

declare module 'mdast' {
  interface ParagraphData {
    /** The standfirst above or below the headline. */
    lead?: boolean;
  }
}

/** A paragraph of raw text with the place where it starts and ends. */
export interface RawBlock {
  lines: string[];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * mdast for the paragraphs of a news text: section labels dropped, the headline as a depth-1
 * heading, the lead as a paragraph marked `data.lead`, then paragraphs, quotes (blockquote)
 * and subheads (depth-2 headings), every node with its source position.
 */
export function toTree(blocks: RawBlock[]): RootContent[] {
  // Section labels and paywall lines above the headline.
  let start = 0;
  while (start < blocks.length - 1 && blocks[start]?.lines.length === 1 && isSectionLabel(blocks[start]?.lines[0] ?? '')) {
    start++;
  }
  const rest = blocks.slice(start);
  const first = rest[0];
  if (first) {
    const cut = gluedLabelLength(first.lines[0] ?? '');
    if (cut > 0) {
      first.lines[0] = (first.lines[0] ?? '').slice(cut);
      first.column += cut;
    }
  }

  // Each block's text, joined once: the rules below look at a block several times.
  const texts = new Map(rest.map((block) => [block, joined(block)]));
  const textOf = (block: RawBlock) => texts.get(block) as string;
  const candidates = rest.map((block) => ({ text: textOf(block), lineCount: block.lines.length }));
  const head = detectHead(candidates);
  const children: RootContent[] = [];
  const used = new Set<number>();
  if (head.kind === 'lead-headline' || head.kind === 'lead') {
    const lead = rest[head.leadIndex];
    if (lead) children.push(paragraph(textOf(lead), lead, { lead: true }));
    used.add(head.leadIndex);
  }
  if (head.kind === 'lead-headline' || head.kind === 'headline') {
    const headline = rest[head.headlineIndex];
    if (headline) children.push(heading(1, textOf(headline), headline));
    used.add(head.headlineIndex);
  }

  const body = rest.filter((_, index) => !used.has(index));
  const continued = quoteContinuations(body.map(textOf));
  body.forEach((block, index) => {
    const next = body[index + 1];
    const classified = continued.has(index)
      ? { kind: 'quote' as const, text: textOf(block) }
      : classifyBlock(textOf(block), {
          // The last block is never a subhead: cut-off texts end in the middle of a sentence.
          subheads: index < body.length - 1,
          lineCount: block.lines.length,
          ...(next ? { next: textOf(next) } : {}),
        });
    if (classified.kind === 'quote') {
      const inner = paragraph(classified.text, block);
      children.push({ type: 'blockquote', children: [inner], position: inner.position } as BlockContent);
    } else if (classified.kind === 'subhead') {
      children.push(heading(2, classified.text, block));
    } else {
      children.push(paragraph(classified.text, block));
    }
  });
  return children;
}

/** Quotation marks that open and close alike ("…", ”…”) and guillemets (»…«). */
function openQuotes(text: string): { plain: number; guillemets: number } {
  return {
    plain: (text.match(/["“”„]/gu)?.length ?? 0) % 2,
    guillemets: (text.match(/»/gu)?.length ?? 0) - (text.match(/«/gu)?.length ?? 0),
  };
}

/**
 * A quote that runs over several paragraphs opens with a quotation mark in the first and
 * closes only in the last ("Vi skal … / Men selv om … / … bøde!"): the indexes of the
 * paragraphs after the first, when the closing mark is found within six paragraphs.
 */
export function quoteContinuations(texts: readonly string[]): Set<number> {
  const continued = new Set<number>();
  for (let start = 0; start < texts.length; start++) {
    const opening = texts[start] ?? '';
    if (!/^[»"“”„]/u.test(opening)) continue;
    const open = openQuotes(opening);
    const guillemets = opening.startsWith('»');
    if (guillemets ? open.guillemets <= 0 : open.plain === 0) continue;
    const end = texts.slice(start + 1, start + 7).findIndex((text) => {
      const marks = openQuotes(text);
      return guillemets ? marks.guillemets < 0 : marks.plain === 1;
    });
    if (end === -1) continue;
    for (let index = start + 1; index <= start + 1 + end; index++) continued.add(index);
    start += end + 1;
  }
  return continued;
}

export function joined(block: RawBlock): string {
  return unglueSentences(block.lines.join(' '));
}

function position(block: RawBlock) {
  return {
    start: { line: block.line, column: block.column },
    end: { line: block.endLine, column: block.endColumn },
  };
}

function paragraph(text: string, block: RawBlock, data?: Paragraph['data']): Paragraph {
  const node: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: text, position: position(block) }], position: position(block) };
  if (data) node.data = data;
  return node;
}

function heading(depth: 1 | 2, text: string, block: RawBlock): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: text, position: position(block) }], position: position(block) };
}
