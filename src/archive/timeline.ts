import type { Article, ArticleDate } from '../model/index.ts';

/** What a list needs to show an article. */
export interface Summary {
  id: string;
  url: string;
  headline: string;
  lead: string | null;
  date: ArticleDate | null;
}

export interface DayGroup {
  /** `2022-02-21` */
  iso: string;
  day: number;
  articles: Summary[];
}

export interface MonthView {
  year: number;
  month: number;
  url: string;
  count: number;
  /** Articles dated to the month only (no day), newest first. */
  undatedDays: Summary[];
  /** Days with articles, newest first; each day's articles newest first. */
  days: DayGroup[];
  /** The newest few articles, for overviews. */
  highlights: Summary[];
}

export interface YearView {
  year: number;
  url: string;
  count: number;
  /** Articles dated to the year only. */
  yearOnly: Summary[];
  /** Months with articles, newest first. */
  months: MonthView[];
}

/** Years → months → days, newest first at every level. */
export interface Timeline {
  years: YearView[];
  undated: Summary[];
  /** Dated articles, newest first. */
  newestFirst: Summary[];
}

const HIGHLIGHTS = 5;

const summaries = new WeakMap<Article, Summary>();

/** What a list shows of an article; one shared object per article, as lists repeat articles. */
export function summarize(article: Article): Summary {
  let summary = summaries.get(article);
  if (!summary) {
    const { id, url, headline, lead, date } = article;
    summary = { id, url, headline, lead, date };
    summaries.set(article, summary);
  }
  return summary;
}

/**
 * Groups articles (oldest first, as enrich/ orders them) into the timeline. Articles known
 * only to the month or year are listed at that level, never placed on a made-up day.
 */
export function buildTimeline(articles: readonly Article[]): Timeline {
  const years = new Map<number, YearView>();
  const undated: Summary[] = [];
  const newestFirst: Summary[] = [];
  for (let index = articles.length - 1; index >= 0; index--) {
    const article = articles[index];
    if (!article) continue;
    const summary = summarize(article);
    if (article.date === null) {
      undated.unshift(summary);
      continue;
    }
    newestFirst.push(summary);
    const [yearText, monthText, dayText] = article.date.iso.slice(0, 10).split('-');
    const year = Number(yearText);
    let yearView = years.get(year);
    if (!yearView) {
      yearView = { year, url: `/${year}/`, count: 0, yearOnly: [], months: [] };
      years.set(year, yearView);
    }
    yearView.count++;
    if (monthText === undefined) {
      yearView.yearOnly.push(summary);
      continue;
    }
    const month = Number(monthText);
    let monthView = yearView.months.find((candidate) => candidate.month === month);
    if (!monthView) {
      monthView = { year, month, url: `/${year}/${monthText}/`, count: 0, undatedDays: [], days: [], highlights: [] };
      yearView.months.push(monthView);
    }
    monthView.count++;
    if (dayText === undefined) {
      monthView.undatedDays.push(summary);
      continue;
    }
    const iso = article.date.iso.slice(0, 10);
    let day = monthView.days.find((candidate) => candidate.iso === iso);
    if (!day) {
      day = { iso, day: Number(dayText), articles: [] };
      monthView.days.push(day);
    }
    day.articles.push(summary);
  }
  for (const year of years.values()) {
    for (const month of year.months) month.highlights = monthArticles(month).slice(0, HIGHLIGHTS);
  }
  return { years: [...years.values()], undated, newestFirst };
}

/** Articles of a month in page order: by day, newest first, then those known only to the month. */
export function monthArticles(month: MonthView): Summary[] {
  return [...month.days.flatMap((day) => day.articles), ...month.undatedDays];
}
