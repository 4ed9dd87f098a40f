import type { BlockContent, Heading, Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { DateHint } from '../model/index.ts';
import { report } from '../model/index.ts';
import { classifyBlock } from './blocks.ts';
import { parseAuthorLine, parseBylineLine, splitGluedByline } from './byline.ts';
import type { LocalDate } from './dateline.ts';
import { findDateHints, parsePrefix, parseStampLine } from './dateline.ts';
import { detectHead, gluedLabelLength, isSectionLabel } from './head.ts';
import { isNoiseParagraph, matchNoiseLine } from './noise.ts';
import { isBlank, squeeze, unglueSentences } from './text.ts';

/** What the text says about the article besides its blocks; kept on `file.data.news`. */
export interface NewsTextData {
  date: (LocalDate & { source: 'prefix' | 'stamp'; line: number }) | null;
  sources: string[];
  authors: string[];
  dateHints: DateHint[];
}

declare module 'mdast' {
  interface ParagraphData {
    /** The standfirst above or below the headline. */
    lead?: boolean;
  }
}

declare module 'vfile' {
  interface DataMap {
    news: NewsTextData;
    /** Line of the first body line in the file (after front matter). */
    firstLine: number;
  }
}

/** A paragraph of raw text with the place where it starts and ends. */
interface RawBlock {
  lines: string[];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * unified parser for news text as copied off web pages and wire feeds. It yields mdast: the
 * headline as a depth-1 heading, the lead as a paragraph marked `data.lead`, then paragraphs,
 * quotes (blockquote) and subheads (depth-2 headings), every node with its source position.
 * Dates, bylines and authors go to `file.data.news`. A paragraph that starts with a dash is a
 * quote, never a list.
 */
export const newsText: Plugin<[], string, Root> = function () {
  this.parser = (document: string, file: VFile) => parseNewsText(document, file);
};

export function parseNewsText(document: string, file: VFile): Root {
  const data: NewsTextData = { date: null, sources: [], authors: [], dateHints: [] };
  file.data.news = data;
  const blocks = scan(document, file.data.firstLine ?? 1, data, file);
  const children = toTree(blocks);
  for (const block of blocks) data.dateHints.push(...findDateHints(block.lines.join(' '), block.line));
  return { type: 'root', children };
}

/** Splits the document into paragraphs, taking out prefix, stamps, noise, bylines and authors. */
function scan(document: string, firstLine: number, data: NewsTextData, file: VFile): RawBlock[] {
  const lines = document.split('\n');
  const blocks: RawBlock[] = [];
  let current: RawBlock | null = null;
  const flush = () => {
    if (current) blocks.push(current);
    current = null;
  };

  for (let index = 0; index < lines.length; index++) {
    const lineNumber = firstLine + index;
    let text = lines[index] ?? '';
    let column = 1;

    if (index === 0) {
      const prefix = parsePrefix(text);
      if (prefix) {
        if (prefix.date) data.date = { ...prefix.date, source: 'prefix', line: lineNumber };
        else report(file, 'date-prefix-invalid', { line: lineNumber, column: 2 }, { value: prefix.written });
        text = prefix.rest;
        column = prefix.restColumn;
      }
    }
    const leading = /^[\s\u00a0\u200b\ufeff]*/.exec(text)?.[0].length ?? 0;
    column += leading;
    text = squeeze(text);
    if (isBlank(text)) {
      flush();
      continue;
    }

    const noise = matchNoiseLine(text);
    if (noise) {
      flush();
      if (noise.scope === 'rest' && blocks.length > 0) break;
      continue;
    }
    const stamp = parseStampLine(text);
    if (stamp) {
      flush();
      if (data.date === null || data.date.source === 'prefix') {
        data.date = { iso: stamp.iso, precision: stamp.precision, source: 'stamp', line: lineNumber };
      }
      if (stamp.author) addAll(data.authors, [stamp.author]);
      continue;
    }
    const sources = parseBylineLine(text);
    if (sources) {
      flush();
      addAll(data.sources, sources);
      continue;
    }
    const authors = parseAuthorLine(text);
    if (authors) {
      flush();
      addAll(data.authors, authors);
      continue;
    }

    const end = { endLine: lineNumber, endColumn: column + text.length };
    const open = current as RawBlock | null;
    if (open && continuesParagraph(open.lines[open.lines.length - 1] ?? '', text)) {
      open.lines.push(text);
      Object.assign(open, end);
    } else {
      flush();
      current = { lines: [text], line: lineNumber, column, ...end };
    }
  }
  flush();

  const kept = blocks.filter((block) => !isNoiseParagraph(block.lines.join(' ')));
  const last = kept[kept.length - 1];
  if (last) {
    const glued = splitGluedByline(last.lines[last.lines.length - 1] ?? '');
    if (glued) {
      addAll(data.sources, glued.sources);
      if (glued.text === '') last.lines.pop();
      else last.lines[last.lines.length - 1] = glued.text;
      if (last.lines.length === 0) kept.pop();
    }
  }
  return kept;
}

/**
 * Whether a line continues the paragraph of the line before it: only when it starts in
 * lower case or the line before breaks off mid-sentence with a comma or hyphen. A new
 * sentence on a new line starts a new paragraph (texts with single line breaks only).
 */
function continuesParagraph(previous: string, next: string): boolean {
  if (/^[-–—»"”•]/.test(next)) return false;
  if (/[,-]$/.test(previous) && !/[.!?:]$/.test(previous)) return true;
  return /^\p{Ll}/u.test(next) && !/[.!?:]["”«»]?$/.test(previous);
}

function toTree(blocks: RawBlock[]): RootContent[] {
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

  const candidates = rest.map((block) => ({ text: joined(block), lineCount: block.lines.length }));
  const head = detectHead(candidates);
  const children: RootContent[] = [];
  const used = new Set<number>();
  if (head.kind === 'lead-headline' || head.kind === 'lead') {
    const lead = rest[head.leadIndex];
    if (lead) children.push(paragraph(joined(lead), lead, { lead: true }));
    used.add(head.leadIndex);
  }
  if (head.kind === 'lead-headline' || head.kind === 'headline') {
    const headline = rest[head.headlineIndex];
    if (headline) children.push(heading(1, joined(headline), headline));
    used.add(head.headlineIndex);
  }

  const body = rest.filter((_, index) => !used.has(index));
  body.forEach((block, index) => {
    // The last block is never a subhead: cut-off texts end in the middle of a sentence.
    const subheads = index < body.length - 1;
    const classified = classifyBlock(joined(block), { subheads, lineCount: block.lines.length });
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

function joined(block: RawBlock): string {
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

function addAll(target: string[], values: readonly string[]): void {
  for (const value of values) if (!target.includes(value)) target.push(value);
}
