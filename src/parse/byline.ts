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
  rtz: 'Ritzau',
  reuter: 'Reuters',
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

const NAME_WORD = `\\p{Lu}[\\p{L}'’.-]*`;
/** `Af Anne Hansen og Peter Møller`, `Af Bjarne Reuter, forfatter.`: names, then perhaps a role. */
const AUTHOR_LINE = new RegExp(
  `^(?:[Aa]f|[Ss]krevet af):?\\s+(${NAME_WORD}(?:,?\\s+(?:${NAME_WORD}|og|&|von|van|de|af)){0,11})(?:,\\s*\\p{Ll}[\\p{L} -]{0,40})?\\.?\\s*$`,
  'u',
);

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

/** `Af` alone on a line: the names follow on the next lines (`Af` / `Bjarne Reuter,` / `forfatter.`). */
export function isBareAuthorMarker(text: string): boolean {
  return /^(?:af|skrevet af):?$/i.test(text.trim());
}

const SIGNATURE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:(?:af|de|van|von)\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,3}$/u;

/**
 * A signature closing an article: a name alone on the last line (`Steen Uno`).
 * Only ever tried on the last paragraph, where a subhead cannot stand.
 */
export function parseSignatureLine(text: string): string | null {
  const trimmed = text.trim();
  return trimmed.length <= 40 && SIGNATURE.test(trimmed) ? trimmed : null;
}

/** `MEDARB = jss KILDE = afp UDSENDES`: the agency a broadcast script names as its source. */
export function sourcesInScriptField(text: string): string[] {
  const match = /\bKILDE\s*=\s*([\p{L}]+)/u.exec(text);
  const name = match?.[1]?.toLowerCase();
  const agency = name === undefined ? undefined : AGENCIES[name];
  return agency === undefined ? [] : [agency];
}
