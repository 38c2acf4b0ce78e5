import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf, isWeekend } from './dates.js';
import { addWeekdays, weekdaysBetween } from './weekdays.js';

/** The obvious day-by-day versions, as the reference. */
function slowBetween(from: number, to: number): number {
  let n = 0;
  for (let d = from + 1; d <= to; d++) if (!isWeekend(d)) n++;
  return n;
}
function slowAdd(from: number, n: number): number {
  let d = from;
  for (let left = n; left > 0; ) if (!isWeekend(++d)) left--;
  return d;
}

const days = fc.integer({ min: dayNumberOf(1900, 1, 1), max: dayNumberOf(2199, 1, 1) });

describe('the weekends-only rule in closed form', () => {
  it('counts weekdays strictly after `from` up to `to` like a day-by-day walk', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 400 }), (from, span) => {
        expect(weekdaysBetween(from, from + span)).toBe(slowBetween(from, from + span));
      }),
    );
  });

  it('adds weekdays like a day-by-day walk, never landing on a weekend', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 400 }), (from, n) => {
        const d = addWeekdays(from, n);
        expect(d).toBe(slowAdd(from, n));
        expect(isWeekend(d)).toBe(false);
      }),
    );
  });

  it('from a Friday, one weekday is the Monday', () => {
    const friday = dayNumberOf(2030, 1, 4);
    expect(addWeekdays(friday, 1)).toBe(dayNumberOf(2030, 1, 7));
    expect(weekdaysBetween(friday, friday + 3)).toBe(1);
  });
});
