/**
 * Calendar dates as plain numbers.
 *
 * A date travels through the API as `YYYY-MM-DD` text (always meant in China time, see
 * `kernel/time/clock.ts`); inside the calendar it is a *day number*: days since 1970-01-01 in
 * the proleptic Gregorian calendar. Day numbers make "the next day" `+1` and "how many days
 * between" a subtraction, so every index in this folder is an array offset.
 */

/** A calendar date `YYYY-MM-DD` (日期), meant in China time. */
export type IsoDate = string;

/** The years a date may have anywhere in OneWindow; anything else is a typo. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay()`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Day number of a proleptic Gregorian date (H. Hinnant, "days_from_civil"). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of a day number ("civil_from_days"). */
export function civilOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const ZERO = 48;

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return value;
}

/**
 * The day number of `YYYY-MM-DD`, or NaN when the text is not a real date in
 * MIN_YEAR..MAX_YEAR (2025-02-29 and 2025-13-01 are NaN). Hot path: no regex, no Date.
 */
export function parseDayNumber(text: string): number {
  if (typeof text !== 'string' || text.length !== 10 || text[4] !== '-' || text[7] !== '-') return NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (!(year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12)) return NaN;
  if (!(day >= 1 && day <= daysInMonth(year, month))) return NaN;
  return dayNumberOf(year, month, day);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Formatted dates of 1970–2099, filled on first use: deadlines are formatted a lot. */
const CACHE_FIRST = 0;
const CACHE_SIZE = dayNumberOf(2100, 1, 1);
const formatted: string[] = new Array<string>(CACHE_SIZE).fill('');

/** `YYYY-MM-DD` of a day number. */
export function formatDayNumber(dayNumber: number): IsoDate {
  const slot = dayNumber - CACHE_FIRST;
  if (slot >= 0 && slot < CACHE_SIZE) {
    const hit = formatted[slot];
    if (hit) return hit;
    return (formatted[slot] = formatCivil(dayNumber));
  }
  return formatCivil(dayNumber);
}

function formatCivil(dayNumber: number): IsoDate {
  const { year, month, day } = civilOf(dayNumber);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function yearOfDayNumber(dayNumber: number): number {
  return civilOf(dayNumber).year;
}

/** 1970-01-01 was a Thursday (4). */
export function weekdayOf(dayNumber: number): Weekday {
  return (((dayNumber + 4) % 7) + 7) % 7 as Weekday;
}

/** Saturday or Sunday: the rest days of the weekends-only rule (双休日). */
export function isWeekend(dayNumber: number): boolean {
  const w = weekdayOf(dayNumber);
  return w === 0 || w === 6;
}

/** The date `n` calendar days after `date` (negative: before). `date` must be real. */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  return formatDayNumber(parseDayNumber(date) + n);
}

/** Day number of 1 January of `year`. */
export function firstDayOfYear(year: number): number {
  return dayNumberOf(year, 1, 1);
}
