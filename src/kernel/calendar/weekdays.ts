/**
 * The weekends-only rule in closed form: Monday to Friday are workdays, Saturday and Sunday
 * rest. Used for every date outside the indexed years of a WorkCalendar, so counting across
 * decades costs the same as counting across a week.
 *
 * Counting is done on *Monday-based* day numbers: m = dayNumber + 3 is a multiple of 7 on
 * Mondays (1969-12-29 was a Monday).
 */

/** Weekdays (Mon–Fri) in (-∞, day] relative to the Monday origin; differences are what matter. */
function weekdaysThrough(dayNumber: number): number {
  const m = dayNumber + 3;
  const weeks = Math.floor(m / 7);
  return weeks * 5 + Math.min(m - weeks * 7 + 1, 5);
}

/** Weekdays in (from, to], i.e. strictly after `from` up to and including `to`; from ≤ to. */
export function weekdaysBetween(from: number, to: number): number {
  return weekdaysThrough(to) - weekdaysThrough(from);
}

/** The n-th weekday strictly after `from` (n ≥ 1). */
export function addWeekdays(from: number, n: number): number {
  const target = weekdaysThrough(from) + n; // position of the wanted weekday, 1-based
  const weeks = Math.floor((target - 1) / 5);
  const rest = target - 1 - weeks * 5; // 0 = Monday … 4 = Friday
  return weeks * 7 + rest - 3;
}
