/** News agencies as they are written in a byline, by lower-case name. */
const AGENCIES: Record<string, string> = {
  ritzau: 'Ritzau',
  reuters: 'Reuters',
  afp: 'AFP',
  dpa: 'dpa',
  ap: 'AP',
  tt: 'TT',
  ntb: 'NTB',
  bloomberg: 'Bloomberg',
  'ritzau fokus': 'Ritzau Fokus',
};

const AGENCY = `(?:${Object.keys(AGENCIES).sort((a, b) => b.length - a.length).join('|')})`;
/** `/ritzau/`, `/ritzau/Reuters`, `/ritzau/AFP/dpa`, `/ritzau/ /AFP/` */
const SLASH_BYLINE = new RegExp(`/\\s*${AGENCY}\\s*/(?:\\s*/?\\s*${AGENCY}\\s*/?)*`, 'iu');
const WHOLE_SLASH_BYLINE = new RegExp(`^${SLASH_BYLINE.source}$`, 'iu');
const GLUED_SLASH_BYLINE = new RegExp(`\\s+${SLASH_BYLINE.source}$`, 'iu');
/** A bare `ritzau` or `Ritzau/AFP` on a line of its own. */
const BARE_BYLINE = new RegExp(`^${AGENCY}(?:\\s*[/,]\\s*${AGENCY})*$`, 'iu');

/** The agencies named in a byline, in order, each once. */
function agenciesIn(byline: string): string[] {
  const names = byline
    .split(/[/,]/)
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '')
    .map((part) => AGENCIES[part] ?? part);
  return [...new Set(names)];
}

/** A line or paragraph that is nothing but an agency byline: its sources, else null. */
export function parseBylineLine(text: string): string[] | null {
  const trimmed = text.trim();
  if (WHOLE_SLASH_BYLINE.test(trimmed) || BARE_BYLINE.test(trimmed)) return agenciesIn(trimmed);
  return null;
}

/** ` /ritzau/` glued to the end of a paragraph: the paragraph without it, and the sources. */
export function splitGluedByline(text: string): { text: string; sources: string[] } | null {
  const match = GLUED_SLASH_BYLINE.exec(text);
  if (!match) return null;
  return { text: text.slice(0, match.index).trimEnd(), sources: agenciesIn(match[0]) };
}

const AUTHOR_LINE = /^(?:[Aa]f|[Ss]krevet af)\s+(\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:\p{Lu}[\p{L}'’.-]*|og|&|von|van|de|af)){0,11})\s*$/u;

/** `Af Vibeke Scheibel`, `Af Anne Hansen og Peter Møller`: the authors, else null. */
export function parseAuthorLine(text: string): string[] | null {
  const match = AUTHOR_LINE.exec(text.trim());
  if (!match?.[1]) return null;
  const names = match[1]
    .split(/\s*(?:,|\bog\b|&)\s*/u)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const looksLikeNames = names.every((name) => /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 4);
  return looksLikeNames && names.length > 0 ? names : null;
}
