import { daysInMonth, isoWeekday } from '../parse/dateline.ts';

export interface CalendarDay {
  day: number;
  /** `2021-04-13` */
  iso: string;
  /** Where the day's articles are listed, or null when it has none. */
  url: string | null;
  count: number;
}

/** One month as weeks of seven cells, Monday first; null cells pad the first and last week. */
export interface CalendarMonth {
  year: number;
  month: number;
  weeks: (CalendarDay | null)[][];
}

/** Lays out a month for a calendar; `links` maps `2021-04-13` to a URL and a count. */
export function calendarMonth(year: number, month: number, links: ReadonlyMap<string, { url: string; count: number }>): CalendarMonth {
  const days = daysInMonth(year, month);
  const cells: (CalendarDay | null)[] = Array.from({ length: isoWeekday(year, month, 1) - 1 }, () => null);
  for (let day = 1; day <= days; day++) {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const link = links.get(iso);
    cells.push({ day, iso, url: link?.url ?? null, count: link?.count ?? 0 });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (CalendarDay | null)[][] = [];
  for (let index = 0; index < cells.length; index += 7) weeks.push(cells.slice(index, index + 7));
  return { year, month, weeks };
}
