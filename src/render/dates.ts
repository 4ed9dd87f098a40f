import { DateTime } from 'luxon';
import type { ArticleDate } from '../model/index.ts';
import { ZONE } from '../parse/index.ts';

/** A record's date as a luxon DateTime in Copenhagen, at the start of what it names. */
export function toDateTime(date: Pick<ArticleDate, 'iso'>): DateTime {
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
  return remember(formatted, `${date.precision}:${date.iso}`, () => formatUncached(date));
}

// Time-zone arithmetic in luxon is slow and lists repeat the same dates: remember results.
const formatted = new Map<string, string>();
const weekdays = new Map<string, string>();
const datetimes = new Map<string, string>();
const instants = new Map<string, string>();

function remember(cache: Map<string, string>, key: string, compute: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    if (cache.size > 50_000) cache.clear();
    cache.set(key, value);
  }
  return value;
}

function formatUncached(date: Pick<ArticleDate, 'iso' | 'precision'>): string {
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
  const weekday = remember(weekdays, date.iso.slice(0, 10), () => toDateTime(date).toFormat('cccc'));
  return `${weekday} den ${formatDate(date)}`;
}

/** The `datetime` attribute of `<time>`: `2021-04`, `2022-02-21`, `2022-02-21T06:12+01:00`. */
export function datetimeAttribute(date: Pick<ArticleDate, 'iso' | 'precision'>): string {
  if (date.precision !== 'minute') return date.iso;
  return remember(datetimes, date.iso, () => toDateTime(date).toFormat("yyyy-MM-dd'T'HH:mmZZ"));
}

/** RFC 3339 instant for feeds and sitemaps: the start of the known period in Copenhagen. */
export function toInstant(date: Pick<ArticleDate, 'iso'>): string {
  return remember(instants, date.iso, () => toDateTime(date).toISO({ suppressMilliseconds: true }) ?? '');
}

/** Danish name of a month, 1–12: "januar". */
export function monthName(month: number): string {
  return DateTime.fromObject({ year: 2000, month, day: 1 }, { zone: ZONE, locale: 'da' }).toFormat('LLLL');
}
