import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseDeadline, caseStatus } from './case-clock.js';
import { chinaCalendar } from './china-calendar.js';
import { addWorkdays, countWorkdays } from './clock.js';
import { addCalendarDays, dayNumberOf, formatDayNumber } from './dates.js';
import type { LocalClosure } from './notice.js';

/** Starts from 2000 to 2035: before, inside and after the shipped notices. */
const dates = fc.integer({ min: dayNumberOf(2000, 1, 1), max: dayNumberOf(2035, 12, 31) }).map(formatDayNumber);
const knownDates = fc.integer({ min: dayNumberOf(2007, 1, 1), max: dayNumberOf(2026, 10, 31) }).map(formatDayNumber);
const counts = fc.integer({ min: 0, max: 400 });
const closures = fc
  .uniqueArray(fc.integer({ min: dayNumberOf(2024, 1, 1), max: dayNumberOf(2026, 12, 31) }), { maxLength: 8 })
  .map((days): LocalClosure[] => days.map((d) => ({ date: formatDayNumber(d), reason: '本地停办' })));
/** The shipped calendar, or it with a few random local closures. */
const calendars = fc.oneof(fc.constant(chinaCalendar()), closures.map((c) => chinaCalendar({ closures: c })));
const instantOn = (date: string) => `${date}T02:00:00.000Z`; // 10:00 China time

describe('clock properties', () => {
  it('counting after adding gives back N', () => {
    fc.assert(
      fc.property(calendars, dates, counts, (cal, start, n) => {
        expect(countWorkdays(cal, start, addWorkdays(cal, start, n).date).workdays).toBe(n);
      }),
    );
  });

  it('a deadline of N ≥ 1 days never falls on a rest day', () => {
    fc.assert(
      fc.property(calendars, dates, fc.integer({ min: 1, max: 400 }), (cal, start, n) => {
        expect(cal.isWorkday(addWorkdays(cal, start, n).date)).toBe(true);
      }),
    );
  });

  it('is monotonic in N and in the start', () => {
    fc.assert(
      fc.property(calendars, dates, counts, counts, fc.integer({ min: 0, max: 60 }), (cal, start, n1, n2, shift) => {
        const [lo, hi] = n1 <= n2 ? [n1, n2] : [n2, n1];
        const a = addWorkdays(cal, start, lo).date;
        const b = addWorkdays(cal, start, hi).date;
        expect(a <= b).toBe(true);
        if (lo < hi) expect(a < b).toBe(true);
        const later = addCalendarDays(start, shift);
        expect(addWorkdays(cal, start, Math.max(1, lo)).date <= addWorkdays(cal, later, Math.max(1, lo)).date).toBe(true);
      }),
    );
  });

  it('a suspension covering k working days moves the deadline by exactly k working days', () => {
    fc.assert(
      fc.property(
        calendars,
        dates,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 0, max: 40 }),
        (cal, accepted, n, offset, length) => {
          const original = caseDeadline(cal, { acceptedAt: instantOn(accepted), promisedDays: n }).deadline;
          const from = addCalendarDays(accepted, offset);
          fc.pre(from <= original); // the suspension starts within the period
          const to = addCalendarDays(from, length);
          const k = countWorkdays(cal, addCalendarDays(from, -1), to).workdays;
          const suspended = caseDeadline(cal, { acceptedAt: instantOn(accepted), promisedDays: n, suspensions: [{ from, to }] });
          expect(suspended.suspendedWorkdays).toBe(k);
          expect(suspended.deadline).toBe(addWorkdays(cal, original, k).date);
        },
      ),
    );
  });

  it('an extension of E days equals a limit longer by E', () => {
    fc.assert(
      fc.property(calendars, dates, counts, fc.integer({ min: 1, max: 30 }), (cal, accepted, n, e) => {
        const extended = caseDeadline(cal, { acceptedAt: instantOn(accepted), promisedDays: n, extension: { days: e } });
        expect(extended.deadline).toBe(caseDeadline(cal, { acceptedAt: instantOn(accepted), promisedDays: n + e }).deadline);
      }),
    );
  });

  it('remaining working days count down to the deadline', () => {
    fc.assert(
      fc.property(knownDates, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 80 }), (accepted, n, elapsed) => {
        const cal = chinaCalendar();
        const today = addCalendarDays(accepted, elapsed);
        const status = caseStatus(cal, { acceptedAt: instantOn(accepted), promisedDays: n }, instantOn(today));
        if (today <= status.deadline) {
          expect(status.overdue).toBe(false);
          expect(status.remainingWorkdays).toBe(countWorkdays(cal, today, status.deadline).workdays);
        } else {
          expect(status).toMatchObject({ overdue: true, level: 'red', remainingWorkdays: 0 });
        }
      }),
    );
  });

  it('an unknown year is always flagged provisional, a known stretch never', () => {
    const cal = chinaCalendar();
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 400 }), (start, n) => {
        const result = addWorkdays(cal, start, n);
        const firstCounted = addCalendarDays(start, 1);
        const touchesUnknown = firstCounted < '2007-01-01' || result.date >= '2026-12-24';
        expect(result.provisional).toBe(touchesUnknown);
        expect(result.warnings.length > 0).toBe(touchesUnknown);
        const deadline = caseDeadline(cal, { acceptedAt: instantOn(start), promisedDays: n });
        expect(deadline.provisional).toBe(touchesUnknown);
      }),
    );
  });
});
