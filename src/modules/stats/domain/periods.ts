import { addCalendarDays, daysInMonth, formatDayNumber, parseDayNumber } from '../../../kernel/calendar/dates.js';
import type { Granularity } from '../stats.schema.js';

/** Periods (统计期间): inclusive ranges of calendar dates 'YYYY-MM-DD'. Pure. */
export interface Period {
  from: string;
  to: string;
}

export const MAX_RANGE_DAYS = 3660;

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

export const isRealDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(parseDayNumber(s));

export function monthRange(year: number, month: number): Period {
  return { from: ymd(year, month, 1), to: ymd(year, month, daysInMonth(year, month)) };
}
export function quarterRange(year: number, quarter: number): Period {
  return { from: ymd(year, quarter * 3 - 2, 1), to: monthRange(year, quarter * 3).to };
}
export function yearRange(year: number): Period {
  return { from: ymd(year, 1, 1), to: ymd(year, 12, 31) };
}

/** Number of days in the period (both ends counted). */
export const lengthInDays = (p: Period): number => parseDayNumber(p.to) - parseDayNumber(p.from) + 1;

const parts = (d: string) => ({ y: Number(d.slice(0, 4)), m: Number(d.slice(5, 7)), d: Number(d.slice(8, 10)) });

/** Whole calendar months [first month, last month], or null when the period is not whole months. */
function wholeMonths(p: Period): { months: number } | null {
  const a = parts(p.from);
  const b = parts(p.to);
  if (a.d !== 1 || b.d !== daysInMonth(b.y, b.m)) return null;
  return { months: (b.y - a.y) * 12 + (b.m - a.m) + 1 };
}

/** Shift a date by whole months, clamping the day to the month's end. */
function shiftMonths(date: string, months: number, endOfMonth: boolean): string {
  const { y, m, d } = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return ymd(ny, nm, endOfMonth ? daysInMonth(ny, nm) : Math.min(d, daysInMonth(ny, nm)));
}

/**
 * The day the open and overdue counts of a period are taken on: its last day, or today when the
 * period runs into the future (a case accepted today is not overdue on a deadline still ahead).
 */
export function openCountDay(p: Period, today: string): string {
  return p.to < today ? p.to : today;
}

/**
 * 环比: the previous period of equal length. A period of whole months (a month, a quarter, a
 * year) is followed by the same number of whole months before it; any other range by the
 * same number of days just before it.
 */

export function previousPeriod(p: Period): Period {
  const whole = wholeMonths(p);
  if (whole) return { from: shiftMonths(p.from, -whole.months, false), to: shiftMonths(p.to, -whole.months, true) };
  const n = lengthInDays(p);
  return { from: addCalendarDays(p.from, -n), to: addCalendarDays(p.from, -1) };
}

/** 同比: the same period a year earlier (29 February becomes 28 February; whole months stay whole). */
export function samePeriodLastYear(p: Period): Period {
  const whole = wholeMonths(p) !== null;
  return { from: shiftMonths(p.from, -12, false), to: shiftMonths(p.to, -12, whole) };
}

/** The label of the granularity period containing `date`: 2026-03-05, 2026-03, 2026-Q1, 2026. */
export function periodLabel(date: string, g: Granularity): string {
  const { y, m } = parts(date);
  if (g === 'day') return date;
  if (g === 'month') return date.slice(0, 7);
  if (g === 'quarter') return `${y}-Q${Math.ceil(m / 3)}`;
  return String(y);
}

/** The range of the granularity period containing `date`. */
export function periodContaining(date: string, g: Granularity): Period {
  const { y, m } = parts(date);
  if (g === 'day') return { from: date, to: date };
  if (g === 'month') return monthRange(y, m);
  if (g === 'quarter') return quarterRange(y, Math.ceil(m / 3));
  return yearRange(y);
}

/** The range split into granularity periods, the first and last clipped to the range. */
export function splitPeriod(p: Period, g: Granularity): (Period & { period: string })[] {
  const out: (Period & { period: string })[] = [];
  let from = p.from;
  while (from <= p.to) {
    const whole = periodContaining(from, g);
    const to = whole.to < p.to ? whole.to : p.to;
    out.push({ period: periodLabel(from, g), from, to });
    from = formatDayNumber(parseDayNumber(to) + 1);
  }
  return out;
}
