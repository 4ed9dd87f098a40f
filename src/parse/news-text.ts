import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { DateHint } from '../model/index.ts';
import { report } from '../model/index.ts';
import {
  isBareAuthorMarker,
  parseAuthorLine,
  parseBylineLine,
  parseSignatureLine,
  sourcesInScriptField,
  splitGluedByline,
} from './byline.ts';
import type { LocalDate } from './dateline.ts';
import { findDateHints, parsePrefix, parseStampLine } from './dateline.ts';
import { couldBeHead } from './head.ts';
import { isGalleryCaption, isNoiseParagraph, matchNoiseLine, opensGallery, repeatedTeasers } from './noise.ts';
import { continuesParagraph, detectWrapWidth } from './paragraphs.ts';
import { isBlank, squeeze } from './text.ts';
import type { RawBlock } from './tree.ts';
import { joined, toTree } from './tree.ts';

/** What the text says about the article besides its blocks; kept on `file.data.news`. */
export interface NewsTextData {
  date: (LocalDate & { source: 'prefix' | 'stamp'; line: number }) | null;
  sources: string[];
  authors: string[];
  dateHints: DateHint[];
}

declare module 'vfile' {
  interface DataMap {
    news: NewsTextData;
    /** Line of the first body line in the file (after front matter). */
    firstLine: number;
  }
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

function parseNewsText(document: string, file: VFile): Root {
  const data: NewsTextData = { date: null, sources: [], authors: [], dateHints: [] };
  file.data.news = data;
  const blocks = trimEnd(scan(document, file.data.firstLine ?? 1, data, file), data);
  const children = toTree(blocks);
  for (const block of blocks) data.dateHints.push(...findDateHints(block.lines.join(' '), block.line));
  return { type: 'root', children };
}

/** Splits the document into paragraphs, taking out prefix, stamps, noise, bylines and authors. */
function scan(document: string, firstLine: number, data: NewsTextData, file: VFile): RawBlock[] {
  const lines = document.split('\n');
  const wrap = detectWrapWidth(lines);
  const blocks: RawBlock[] = [];
  let current: RawBlock | null = null;
  let galleryOpen = false;
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
    const leading = /^[\s\u00a0\u200b\u2060\ufeff]*/.exec(text)?.[0].length ?? 0;
    column += leading;
    text = squeeze(text);
    if (isBlank(text)) {
      flush();
      continue;
    }

    const galleryCaption = isGalleryCaption(text, galleryOpen);
    const noise = galleryCaption ? undefined : matchNoiseLine(text);
    galleryOpen = galleryCaption || (noise !== undefined && opensGallery(text, noise));
    if (galleryCaption || noise) {
      flush();
      if (noise?.name === 'script-field') addAll(data.sources, sourcesInScriptField(text));
      if (noise?.scope === 'rest' && blocks.length > 0) break;
      continue;
    }
    // A date alone on a line is the article's stamp only in the head; in the body it is text.
    const stamp = parseStampLine(text);
    if (stamp && inHead(blocks, current as RawBlock | null)) {
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
    const inline = parseAuthorLine(text);
    const authors = inline ? { names: inline, linesUsed: 0 } : authorsOnNextLines(text, lines, index);
    if (authors) {
      flush();
      addAll(data.authors, authors.names);
      index += authors.linesUsed;
      continue;
    }

    const end = { endLine: lineNumber, endColumn: column + text.length };
    const open = current as RawBlock | null;
    if (open && continuesParagraph(open.lines[open.lines.length - 1] ?? '', text, wrap)) {
      open.lines.push(text);
      Object.assign(open, end);
    } else {
      flush();
      current = { lines: [text], line: lineNumber, column, ...end };
    }
  }
  flush();
  return blocks;
}

/** `Af` alone on a line, the names on the next one or two (`Bjarne Reuter,` / `forfatter.`). */
function authorsOnNextLines(text: string, lines: readonly string[], index: number): { names: string[]; linesUsed: number } | null {
  if (!isBareAuthorMarker(text)) return null;
  const following: { text: string; offset: number }[] = [];
  for (let offset = 1; index + offset < lines.length && following.length < 2 && offset <= 4; offset++) {
    const line = squeeze(lines[index + offset] ?? '');
    if (!isBlank(line)) following.push({ text: line, offset });
  }
  const [name, role] = following;
  if (!name) return null;
  if (role) {
    const withRole = parseAuthorLine(`Af ${name.text} ${role.text}`);
    if (withRole && /^\p{Ll}/u.test(role.text)) return { names: withRole, linesUsed: role.offset };
  }
  const names = parseAuthorLine(`Af ${name.text}`.replace(/,$/, ''));
  return names ? { names, linesUsed: name.offset } : { names: [], linesUsed: 0 };
}

/**
 * Takes out what only shows once the paragraphs are known: page furniture paragraphs,
 * teasers repeated inside the article, a byline glued to the last paragraph and a
 * signature on the last line.
 */
function trimEnd(blocks: RawBlock[], data: NewsTextData): RawBlock[] {
  const furniture = blocks.filter((block) => !isNoiseParagraph(block.lines.join(' ')));
  const teasers = repeatedTeasers(furniture.map(joined));
  const kept = furniture.filter((_, index) => !teasers.has(index));

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
  const closing = kept[kept.length - 1];
  const signature = kept.length > 2 && closing?.lines.length === 1 ? parseSignatureLine(closing.lines[0] ?? '') : null;
  if (signature) {
    addAll(data.authors, [signature]);
    kept.pop();
  }
  return kept;
}

/** Whether the text read so far is still the head: section labels, headline, lead. */
function inHead(blocks: readonly RawBlock[], open: RawBlock | null): boolean {
  const read = open === null ? blocks : [...blocks, open];
  const candidates = read.map((block) => ({ text: joined(block), lineCount: block.lines.length }));
  return couldBeHead(candidates.filter((candidate) => !isNoiseParagraph(candidate.text)));
}

function addAll(target: string[], values: readonly string[]): void {
  for (const value of values) if (!target.includes(value)) target.push(value);
}
