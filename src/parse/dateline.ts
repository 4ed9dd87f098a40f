import { DateTime } from 'luxon';
import type { DateHint, DatePrecision } from '../model/index.ts';

/** Every date is read and shown in Danish local time. */
export const ZONE = 'Europe/Copenhagen';

export interface LocalDate {
  iso: string;
  precision: DatePrecision;
}

const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, februar: 2, febr: 2, feb: 2, marts: 3, mar: 3, april: 4, apr: 4, maj: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  mandag: 1, tirsdag: 2, onsdag: 3, torsdag: 4, fredag: 5, lørdag: 6, søndag: 7,
};

const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const WEEKDAY = `(${Object.keys(WEEKDAYS).join('|')})`;
/** `kl. 08.50`, `KL. 06:40`, `, 12:45`, ` - 12:45`, ` | 12.45` after a date. */
const TIME = `(?:(?:\\s*[,|·–-])?\\s*(?:kl\\.?|klokken)\\s*(\\d{1,2})[.:](\\d{2})|(?:\\s*[,|·–-]\\s*|\\s+)(\\d{1,2})[.:](\\d{2}))?(?!\\d)`;

/** `30/01/2022 KL. 06:40`, `30.01.2022` */
const NUMERIC_STAMP = new RegExp(`(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})${TIME}`, 'iu');
/** `Torsdag 24. februar 2022 kl. 12.45`, `04 januar 2010 kl. 08.50`, `08. aug. 2023 KL. 08.53` */
const WORD_STAMP = new RegExp(`(?:${WEEKDAY},?\\s+(?:d(?:en|\\.)\\s+)?)?(\\d{1,2})\\.?\\s+${MONTH}\\s+(\\d{4})${TIME}`, 'iu');
/** `2018-01-30T17:32:18`, `2022-02-24 05:10`, with an optional offset */
const ISO_STAMP = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/;

/** Builds a validated local date; null for impossible values such as 2021-13-40. */
export function localDate(year: number, month?: number, day?: number, hour?: number, minute?: number): LocalDate | null {
  if (year < 1000 || year > 9999) return null;
  if (month === undefined) return { iso: pad(year, 4), precision: 'year' };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { iso: `${pad(year, 4)}-${pad(month)}`, precision: 'month' };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined) return { iso, precision: 'day' };
  if (hour > 23 || minute > 59) return null;
  return { iso: `${iso}T${pad(hour)}:${pad(minute)}`, precision: 'minute' };
}

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Offsets of the months in Sakamoto's weekday formula. */
const MONTH_OFFSETS = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/**
 * ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. The same in every time zone.
 * Worked out by arithmetic (Sakamoto's formula): estimating dates asks for thousands.
 */
export function isoWeekday(year: number, month: number, day: number): number {
  const y = month < 3 ? year - 1 : year;
  const sunday0 = (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (MONTH_OFFSETS[month - 1] ?? 0) + day) % 7;
  const weekday = (sunday0 + 7) % 7;
  return weekday === 0 ? 7 : weekday;
}

/**
 * Reads an ISO date as written in front matter or a prefix: `2021`, `2021-04`, `2021-04-13`,
 * `2022-02-24T05:10`, `2022-02-24T05:10:00+01:00`. A date-time with an offset is converted to
 * Copenhagen time; one without is taken as Copenhagen time already.
 */
export function parseIsoDate(value: string): LocalDate | null {
  const text = value.trim();
  const partial = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (partial) {
    const [, y, m, d] = partial;
    return localDate(Number(y), m === undefined ? undefined : Number(m), d === undefined ? undefined : Number(d));
  }
  const full = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text);
  if (!full) return null;
  const [, y, m, d, h, min, , offset] = full;
  if (localDate(Number(y), Number(m), Number(d), Number(h), Number(min)) === null) return null;
  if (offset === undefined) return localDate(Number(y), Number(m), Number(d), Number(h), Number(min));
  const instant = DateTime.fromISO(text.replace(' ', 'T'), { setZone: true });
  if (!instant.isValid) return null;
  const local = instant.setZone(ZONE);
  return { iso: local.toFormat("yyyy-MM-dd'T'HH:mm"), precision: 'minute' };
}

export interface Prefix {
  /** The date, or null when the prefix holds an impossible date. */
  date: LocalDate | null;
  /** The prefix as written, for messages. */
  written: string;
  /** Column (1-based) where the rest of the line starts. */
  restColumn: number;
  rest: string;
}

/** ` date 2021-04 Biden opfordrer …`: the capture prefix glued to the first line; a time may follow a day. */
export function parsePrefix(line: string): Prefix | null {
  const match = /^(\s*date\s+)(\d{4}(?:-\d{1,2}){0,2}(?:T\d{2}:\d{2}(?::\d{2})?)?)(?=\s|$)\s*/i.exec(line);
  if (!match) return null;
  const written = match[2] ?? '';
  return { date: parseIsoDate(written), written, restColumn: match[0].length + 1, rest: line.slice(match[0].length) };
}

export interface Stamp extends LocalDate {
  /** A byline written in front of the stamp, `Morten Jasper 08. aug. 2023 KL. 08.53`. */
  author: string | null;
}

const STAMP_LABEL = /^(?:publiceret|opdateret|udgivet|offentliggjort|senest opdateret|dato)\s*:?\s*$/i;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|af|de|van|von)){0,4}$/u;
const STAMP_TAIL = /^(?:[|·,–-]\s*)?(?:(?:opdateret|publiceret)\b.*)?$/i;

/**
 * A line that holds only a date stamp, perhaps with a byline or a label in front
 * and an update note behind; null for any other line.
 */
export function parseStampLine(line: string): Stamp | null {
  const text = line.trim();
  if (text.length > 120) return null;
  for (const read of [readWordStamp, readNumericStamp, readIsoStamp]) {
    const found = read(text);
    if (!found) continue;
    const before = text.slice(0, found.index).trim().replace(/[,|·–-]+$/, '').trim();
    const after = text.slice(found.index + found.length).trim();
    if (!STAMP_TAIL.test(after)) return null;
    if (before === '' || STAMP_LABEL.test(before)) return { ...found.date, author: null };
    if (NAME.test(before) && !/\d/.test(before)) return { ...found.date, author: before };
    return null;
  }
  return null;
}

interface Found {
  index: number;
  length: number;
  date: LocalDate;
}

function readWordStamp(text: string): Found | null {
  const match = WORD_STAMP.exec(text);
  if (!match) return null;
  const [, , day, monthName, year, h1, m1, h2, m2] = match;
  const date = localDate(Number(year), MONTHS[(monthName ?? '').toLowerCase()], Number(day), hour(h1 ?? h2), hour(m1 ?? m2));
  return date ? { index: match.index, length: match[0].length, date } : null;
}

function readNumericStamp(text: string): Found | null {
  const match = NUMERIC_STAMP.exec(text);
  if (!match) return null;
  const [, day, month, year, h1, m1, h2, m2] = match;
  const date = localDate(Number(year), Number(month), Number(day), hour(h1 ?? h2), hour(m1 ?? m2));
  return date ? { index: match.index, length: match[0].length, date } : null;
}

function readIsoStamp(text: string): Found | null {
  const match = ISO_STAMP.exec(text);
  if (!match) return null;
  const date = parseIsoDate(match[0]);
  return date ? { index: match.index, length: match[0].length, date } : null;
}

function hour(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

const HINT = new RegExp(
  `(?:${WEEKDAY}(?:\\s+den)?\\s+)?(\\d{1,2})\\.\\s*${MONTH}(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`,
  'giu',
);

/**
 * Mentions in running text that can date an article: "torsdag 24. februar" (weekday, day and
 * month) or "24. februar 2022" (a full date). Mentions with neither a weekday nor a year are
 * ignored: "24. februar" alone cannot fix a year.
 */
export function findDateHints(text: string, line: number): DateHint[] {
  const hints: DateHint[] = [];
  for (const match of text.matchAll(HINT)) {
    const [, weekdayName, dayText, monthName, yearText] = match;
    const weekday = weekdayName === undefined ? null : (WEEKDAYS[weekdayName.toLowerCase()] ?? null);
    const year = yearText === undefined ? null : Number(yearText);
    const day = Number(dayText);
    const month = MONTHS[(monthName ?? '').toLowerCase()];
    if (month === undefined || (weekday === null && year === null)) continue;
    if (localDate(year ?? 2000, month, day) === null) continue;
    // The period after an abbreviated month belongs to the mention; after a full name it ends the sentence.
    const abbreviated = (monthName ?? '').length <= 4 && !/^(?:juni|juli|maj)$/i.test(monthName ?? '');
    const written = abbreviated || yearText !== undefined ? match[0] : match[0].replace(/\.$/, '');
    hints.push({ line, text: written, day, month, year, weekday });
  }
  return hints;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
