/**
 * Where paragraphs end. A blank line always ends one (also a line of spaces or non-breaking
 * spaces). Without a blank line, a single line break ends a paragraph when a new sentence
 * starts on the next line: web pages copied as text often separate paragraphs with one
 * line break only. Text hard-wrapped at a fixed width is the exception: there a line break
 * is only a wrap, unless the line before it ends a sentence well short of the width.
 */

const SENTENCE_END = /[.!?:]["”«»')]?$/u;
/** Lines that open a block of their own: dialogue dashes, quotation marks, bullets. */
const OPENS_BLOCK = /^[-–—»"”•*·▪]/u;

export interface WrapWidth {
  /** The width the text is wrapped at, or null when it is not hard-wrapped. */
  width: number | null;
}

/**
 * Whether the text is wrapped at a fixed width, as wire feeds and e-mails are: at least four
 * lines of 50 or more characters, none longer than 100, most lines that long, and at least
 * two of them broken off in the middle of a sentence.
 */
export function detectWrapWidth(lines: readonly string[]): WrapWidth {
  const trimmed = lines.map((line) => line.trim()).filter((line) => line !== '');
  const long = trimmed.filter((line) => line.length >= 50);
  const longest = Math.max(0, ...trimmed.map((line) => line.length));
  const broken = long.filter((line) => !SENTENCE_END.test(line));
  if (long.length < 4 || longest > 100 || long.length * 2 < trimmed.length || broken.length < 2) return { width: null };
  return { width: longest };
}

/** Whether `next` continues the paragraph whose last line is `previous`. */
export function continuesParagraph(previous: string, next: string, wrap: WrapWidth): boolean {
  if (OPENS_BLOCK.test(next)) return false;
  if (wrap.width !== null) {
    if (!SENTENCE_END.test(previous)) return previous.length >= wrap.width * 0.6;
    return previous.length >= wrap.width * 0.85;
  }
  if (/[,-]$/.test(previous)) return true;
  return /^\p{Ll}/u.test(next) && !SENTENCE_END.test(previous);
}
