import { DateTime } from 'luxon';
import type { ArticleDate } from '../model/index.ts';
import { daysInMonth, isoWeekday, ZONE } from '../parse/dateline.ts';

/** A record's date as a luxon DateTime in Copenhagen, at the start of what it names. */
function toDateTime(date: Pick<ArticleDate, 'iso'>): DateTime {
  const [day, time] = date.iso.split('T');
  const [year, month, dayOfMonth] = (day ?? '').split('-').map(Number);
  const [hour, minute] = (time ?? '').split(':').map(Number);
  return DateTime.fromObject(
    { year, month: month ?? 1, day: dayOfMonth ?? 1, hour: hour ?? 0, minute: minute ?? 0 },
    { zone: ZONE, locale: 'da' },
  );
}

/**
 * The date as a Danish reader writes it, never more precise than it is known:
 * "2021", "april 2021", "21. februar 2022", "21. februar 2022, kl. 06.12".
 */
export function formatDate(date: Pick<ArticleDate, 'iso' | 'precision'>): string {
  const { year, month, day, hour, minute } = partsOf(date.iso);
  if (!steadyDay(date.iso)) return formatWithLuxon(date);
  switch (date.precision) {
    case 'year':
      return year;
    case 'month':
      return `${monthName(Number(month))} ${year}`;
    case 'day':
      return `${Number(day)}. ${monthName(Number(month))} ${year}`;
    case 'minute':
      return `${Number(day)}. ${monthName(Number(month))} ${year}, kl. ${hour}.${minute}`;
  }
}

function formatWithLuxon(date: Pick<ArticleDate, 'iso' | 'precision'>): string {
  const value = toDateTime(date);
  switch (date.precision) {
    case 'year':
      return value.toFormat('yyyy');
    case 'month':
      return value.toFormat('LLLL yyyy');
    case 'day':
      return value.toFormat('d. LLLL yyyy');
    case 'minute':
      return value.toFormat("d. LLLL yyyy', kl. 'HH.mm");
  }
}

/** With the weekday where the day is known: "mandag den 21. februar 2022, kl. 06.12". */
export function formatDateLong(date: Pick<ArticleDate, 'iso' | 'precision'>): string {
  if (date.precision === 'year' || date.precision === 'month') return formatDate(date);
  const { year, month, day } = partsOf(date.iso);
  const weekday = steadyDay(date.iso)
    ? weekdayName(isoWeekday(Number(year), Number(month), Number(day)) % 7)
    : toDateTime(date).toFormat('cccc');
  return `${weekday} den ${formatDate(date)}`;
}

/** The `datetime` attribute of `<time>`: `2021-04`, `2022-02-21`, `2022-02-21T06:12+01:00`. */
export function datetimeAttribute(date: Pick<ArticleDate, 'iso' | 'precision'>): string {
  if (date.precision !== 'minute') return date.iso;
  const offset = steadyDay(date.iso);
  return offset ? `${date.iso}${offset}` : toDateTime(date).toFormat("yyyy-MM-dd'T'HH:mmZZ");
}

/** RFC 3339 instant for feeds and sitemaps: the start of the known period in Copenhagen. */
export function toInstant(date: Pick<ArticleDate, 'iso'>): string {
  const offset = steadyDay(date.iso);
  if (!offset) return toDateTime(date).toISO({ suppressMilliseconds: true }) ?? '';
  const { year, month, day, hour, minute } = partsOf(date.iso);
  return `${year}-${month}-${day}T${hour}:${minute}:00${offset}`;
}

/** Danish name of a month, 1–12: "januar". */
export function monthName(month: number): string {
  MONTH_NAMES ??= Array.from({ length: 12 }, (_, index) =>
    DateTime.fromObject({ year: 2000, month: index + 1, day: 1 }, { zone: ZONE, locale: 'da' }).toFormat('LLLL'),
  );
  return MONTH_NAMES[month - 1] ?? '';
}

let MONTH_NAMES: string[] | undefined;
let WEEKDAY_NAMES: string[] | undefined;

/** Danish name of a weekday, 0 = Sunday … 6 = Saturday: "søndag". */
function weekdayName(weekday: number): string {
  // 2 January 2000 was a Sunday.
  WEEKDAY_NAMES ??= Array.from({ length: 7 }, (_, index) =>
    DateTime.fromObject({ year: 2000, month: 1, day: 2 + index }, { zone: ZONE, locale: 'da' }).toFormat('cccc'),
  );
  return WEEKDAY_NAMES[weekday] ?? '';
}

/** The fields of an ISO date, padded, with what it leaves out at the start of its period. */
function partsOf(iso: string): { year: string; month: string; day: string; hour: string; minute: string } {
  return { year: iso.slice(0, 4), month: iso.slice(5, 7) || '01', day: iso.slice(8, 10) || '01', hour: iso.slice(11, 13) || '00', minute: iso.slice(14, 16) || '00' };
}

// Time-zone arithmetic in luxon is slow. The offset is the same all month except in the two
// months the clocks change, and all day except on those two days: it is looked up once per
// month, or once per day in those months; the two days themselves go through luxon.
const offsets = new Map<string, string | null>();

/** Copenhagen's UTC offset (`+01:00`) all through the day of `iso`, or null on a day the clocks change. */
function steadyDay(iso: string): string | null {
  const { year, month, day } = partsOf(iso);
  const monthly = steadyOffset(`${year}-${month}`, Number(year), Number(month), 1, daysInMonth(Number(year), Number(month)));
  return monthly ?? steadyOffset(`${year}-${month}-${day}`, Number(year), Number(month), Number(day), Number(day));
}

/** The offset from the first minute of day `from` to the last of day `to` of a month, or null if it changes. */
function steadyOffset(key: string, year: number, month: number, from: number, to: number): string | null {
  let offset = offsets.get(key);
  if (offset === undefined) offset = europeanOffset(year, month, from, to);
  if (offset === undefined) {
    const at = (day: number, hour: number, minute: number) => DateTime.fromObject({ year, month, day, hour, minute }, { zone: ZONE }).toFormat('ZZ');
    const first = at(from, 0, 0);
    offset = first === at(to, 23, 59) ? first : null;
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

const WINTER = '+01:00';
const SUMMER = '+02:00';

/**
 * The same as `steadyOffset` by the rule Denmark has kept since 1996 — summer time from the
 * last Sunday of March to the last Sunday of October — without luxon; null for a span that holds
 * a day the clocks change, undefined for other years.
 */
function europeanOffset(year: number, month: number, from: number, to: number): string | null | undefined {
  if (year < 1996 || year > 2099) return undefined;
  if (month < 3 || month > 10) return WINTER;
  if (month > 3 && month < 10) return SUMMER;
  const change = lastSunday(year, month);
  if (to < change) return month === 3 ? WINTER : SUMMER;
  if (from > change) return month === 3 ? SUMMER : WINTER;
  return null;
}

function lastSunday(year: number, month: number): number {
  const last = daysInMonth(year, month);
  return last - (isoWeekday(year, month, last) % 7);
}
