import { explain } from './checked.js';
import { formatDayNumber, parseDayNumber, type IsoDate } from './dates.js';
import { checkDate, checkDayCount, isDayCount } from './validate.js';
import type { Provisional, WorkCalendar } from './work-calendar.js';

/**
 * Counting working days (按工作日计算期间).
 *
 * The day a period starts is not counted (期间开始之日不计算在内): a period of n working days
 * starting on day S ends on the n-th working day strictly after S. So
 * - accepted on Monday 2025-09-29 with 1 day → Tuesday 2025-09-30;
 * - accepted on a rest day (Saturday 2025-10-04, in the National Day holiday) with 1 day → the
 *   first working day after it (Thursday 2025-10-09); a rest day never gains a day;
 * - n = 0 → S itself (即办件: due the day of acceptance), whatever kind of day S is.
 * countWorkdays is the inverse: working days strictly after `from` up to and including `to`,
 * so countWorkdays(S, addWorkdays(S, n)) = n.
 */

export interface DateResult extends Provisional {
  date: IsoDate;
}

export interface CountResult extends Provisional {
  workdays: number;
}

/** The n-th working day after `start` (the start not counted). Throws `invalid` on bad input. */
export function addWorkdays(calendar: WorkCalendar, start: IsoDate, n: number): DateResult {
  const s = parseDayNumber(start);
  if (Number.isNaN(s) || !isDayCount(n)) explain({ start: checkDate(start, '/start'), days: checkDayCount(n, '/days') });
  const d = calendar.addAfter(s, n);
  return { date: formatDayNumber(d), ...calendar.reach(s, d) };
}

/**
 * Working days strictly after `from` up to and including `to`; negative when `to` is before
 * `from`. Throws `invalid` on bad input.
 */
export function countWorkdays(calendar: WorkCalendar, from: IsoDate, to: IsoDate): CountResult {
  const a = parseDayNumber(from);
  const b = parseDayNumber(to);
  if (Number.isNaN(a) || Number.isNaN(b)) explain({ from: checkDate(from, '/from'), to: checkDate(to, '/to') });
  return { workdays: calendar.countAfter(a, b), ...calendar.reach(Math.min(a, b), Math.max(a, b)) };
}
