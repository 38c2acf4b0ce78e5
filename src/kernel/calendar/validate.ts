import { issue } from '../errors/index.js';
import type { Instant } from '../time/clock.js';
import { fail, ok, type Checked } from './checked.js';
import { checkInstantMs, chinaInstantOf, parseChinaDateTime } from './china-time.js';
import { MAX_YEAR, MIN_YEAR, formatDayNumber, parseDayNumber, type IsoDate } from './dates.js';
import { calendarText } from './messages.js';

/**
 * Input checks for dates, times and day counts, shared by the API, the CLI and the clock.
 * Each returns a Checked value (never throws); combine them with `requireAll`.
 */

/** The largest day count anyone may ask for: ten years of calendar days. */
export const MAX_DAY_COUNT = 3650;
/** The widest date range a report or query may span. */
export const MAX_RANGE_YEARS = 50;

/** A real `YYYY-MM-DD` date as its day number (internal form). */
export function checkDayNumber(value: unknown, path: string): Checked<number> {
  const day = typeof value === 'string' ? parseDayNumber(value) : NaN;
  return Number.isNaN(day) ? fail(issue(path, 'date.invalid', calendarText.dateInvalid(value, MIN_YEAR, MAX_YEAR))) : ok(day);
}

/** A real `YYYY-MM-DD` date between MIN_YEAR and MAX_YEAR (2025-02-29 is refused). */
export function checkDate(value: unknown, path: string): Checked<IsoDate> {
  const day = checkDayNumber(value, path);
  return day.ok ? ok(formatDayNumber(day.value)) : day;
}

/** An ISO 8601 instant with a time zone, normalised to UTC with milliseconds. */
export function checkInstant(value: unknown, path: string): Checked<Instant> {
  const ms = checkInstantMs(value, path);
  return ms.ok ? ok(new Date(ms.value).toISOString()) : ms;
}

/** A China-time start `YYYY-MM-DDTHH:mm` (or a bare date, meaning 00:00), as its instant. */
export function checkChinaDateTime(
  value: unknown,
  path: string,
): Checked<{ date: IsoDate; minuteOfDay: number; instant: Instant }> {
  const parsed = typeof value === 'string' ? parseChinaDateTime(value) : null;
  if (!parsed) return fail(issue(path, 'datetime.invalid', calendarText.chinaDateTimeInvalid(value)));
  return ok({
    date: formatDayNumber(parsed.dayNumber),
    minuteOfDay: parsed.minuteOfDay,
    instant: chinaInstantOf(parsed.dayNumber, parsed.minuteOfDay),
  });
}

/** Whether `n` is a whole number of days in 0..MAX_DAY_COUNT. */
export function isDayCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_DAY_COUNT;
}

/** A whole number of days in [min, max] (default 0..MAX_DAY_COUNT). Numeric strings are refused. */
export function checkDayCount(
  value: unknown,
  path: string,
  { min = 0, max = MAX_DAY_COUNT }: { min?: number; max?: number } = {},
): Checked<number> {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return ok(value);
  return fail(issue(path, 'days.invalid', calendarText.dayCountInvalid(value, min, max)));
}

/** A ratio in [0, 1] (e.g. the 20% of the yellow warning). */
export function checkRatio(value: unknown, path: string): Checked<number> {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1) return ok(value);
  return fail(issue(path, 'ratio.invalid', calendarText.ratioInvalid(value)));
}

/** A date range `from ≤ to` spanning at most `maxYears` years; both ends are checked. */
export function checkDateRange(
  from: unknown,
  to: unknown,
  path: string,
  { maxYears = MAX_RANGE_YEARS }: { maxYears?: number } = {},
): Checked<{ from: IsoDate; to: IsoDate }> {
  const a = checkDate(from, `${path}/from`);
  const b = checkDate(to, `${path}/to`);
  if (!a.ok || !b.ok) return fail(...(a.ok ? [] : a.issues), ...(b.ok ? [] : b.issues));
  if (b.value < a.value) return fail(issue(path, 'range.reversed', calendarText.rangeReversed(a.value, b.value)));
  const limit = `${Number(a.value.slice(0, 4)) + maxYears}${a.value.slice(4)}`;
  // 02-29 plus whole years lands on a non-leap year: text order still compares correctly.
  if (b.value > limit) return fail(issue(path, 'range.too_long', calendarText.rangeTooLong(a.value, b.value, maxYears)));
  return ok({ from: a.value, to: b.value });
}
