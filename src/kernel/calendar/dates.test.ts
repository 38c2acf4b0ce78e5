import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  civilOf,
  dayNumberOf,
  formatDayNumber,
  parseDayNumber,
  weekdayOf,
  yearOfDayNumber,
} from './dates.js';

const MS_PER_DAY = 86_400_000;
const dayNumbers = fc.integer({ min: dayNumberOf(1900, 1, 1), max: dayNumberOf(2199, 12, 31) });

describe('day numbers', () => {
  it('match Date for every day of 1900–2199', () => {
    fc.assert(
      fc.property(dayNumbers, (d) => {
        const iso = new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
        expect(formatDayNumber(d)).toBe(iso);
        expect(parseDayNumber(iso)).toBe(d);
        expect(weekdayOf(d)).toBe(new Date(d * MS_PER_DAY).getUTCDay());
        expect(yearOfDayNumber(d)).toBe(Number(iso.slice(0, 4)));
      }),
    );
  });

  it('start at 1970-01-01, a Thursday', () => {
    expect(dayNumberOf(1970, 1, 1)).toBe(0);
    expect(weekdayOf(0)).toBe(4);
    expect(civilOf(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  });

  it.each([
    '2025-02-29', // not a leap year
    '2024-02-30',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '1900-02-29', // 1900 was not a leap year
    '1899-12-31', // before MIN_YEAR
    '2200-01-01', // after MAX_YEAR
    '2025-1-01',
    '2025/01/01',
    '２０２５-01-01',
    ' 2025-01-01',
    '',
  ])('refuse %j', (text) => {
    expect(parseDayNumber(text)).toBeNaN();
  });

  it('accept real leap days', () => {
    expect(formatDayNumber(parseDayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(formatDayNumber(parseDayNumber('2000-02-29'))).toBe('2000-02-29');
  });

  it('add calendar days across months and years', () => {
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
