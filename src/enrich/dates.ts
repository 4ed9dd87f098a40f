import type { ArticleDate, DateHint, ParsedArticle } from '../model/index.ts';
import { daysInMonth, isoWeekday } from '../parse/dateline.ts';

export interface Inference {
  date: ArticleDate;
  hint: DateHint;
}

/**
 * Years searched beyond the stated dates on each side: an undated article may well be a
 * little older or newer than every dated one ("torsdag 24. februar" next to 2021 → 2022).
 */
export const SPAN_MARGIN_YEARS = 1;

/**
 * The years the archive's stated dates cover, widened by one year on each side, or null when
 * no article states a date.
 */
export function archiveSpan(articles: readonly ParsedArticle[]): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const article of articles) {
    if (article.date === null || article.date.source === 'inferred') continue;
    const year = Number(article.date.iso.slice(0, 4));
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  return Number.isFinite(first) ? { first: first - SPAN_MARGIN_YEARS, last: last + SPAN_MARGIN_YEARS } : null;
}

/**
 * Estimates the date of an undated article from the dates its text mentions. A full date
 * ("24. februar 2022") fixes the year when it lies within the archive's span; a weekday with
 * a day and month ("torsdag 24. februar") fixes it when exactly one year in the archive's
 * span has that weekday on that day. All
 * mentions must agree on one month. A mention dates an event near publication, not the
 * publication itself, so the estimate has month precision. Mentions that fit no year or
 * several are passed over. Null when nothing is safe.
 */
export function inferDate(hints: readonly DateHint[], span: { first: number; last: number } | null): Inference | null {
  const months = new Set<string>();
  let used: DateHint | undefined;
  for (const hint of hints) {
    const years = hint.year !== null ? [hint.year].filter((year) => withinSpan(year, span)) : span ? yearsWithWeekday(hint, span) : [];
    const matching = years.filter((year) => hint.weekday === null || weekdayOf(year, hint) === hint.weekday);
    // A mention that fits several years, or none, says nothing about this article.
    if (matching.length !== 1) continue;
    months.add(`${matching[0]}-${String(hint.month).padStart(2, '0')}`);
    used ??= hint;
  }
  const [month] = months;
  if (months.size !== 1 || month === undefined || used === undefined) return null;
  return { date: { iso: month, precision: 'month', source: 'inferred' }, hint: used };
}

/** A full date far outside the archive's years is history the text recalls, not its date. */
function withinSpan(year: number, span: { first: number; last: number } | null): boolean {
  return span === null || (year >= span.first && year <= span.last);
}

function yearsWithWeekday(hint: DateHint, span: { first: number; last: number }): number[] {
  const years: number[] = [];
  for (let year = span.first; year <= span.last; year++) if (weekdayOf(year, hint) === hint.weekday) years.push(year);
  return years;
}

function weekdayOf(year: number, hint: DateHint): number | null {
  return hint.day <= daysInMonth(year, hint.month) ? isoWeekday(year, hint.month, hint.day) : null;
}
