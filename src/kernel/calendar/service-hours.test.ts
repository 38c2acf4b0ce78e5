import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors/index.js';
import { chinaCalendar } from './china-calendar.js';
import {
  DEFAULT_SERVICE_HOURS,
  formatSessions,
  nextOpening,
  parseServiceHours,
  sameDayService,
  serviceStatusAt,
} from './service-hours.js';

const calendar = chinaCalendar();
const hours = DEFAULT_SERVICE_HOURS; // 08:30–12:00, 14:00–17:30 on working days
const withSaturday = parseServiceHours({ workday: '08:30-12:00,14:00-17:30', saturday: '09:00-12:00' });
/** An instant from a China date and time. */
const cn = (dateTime: string) => new Date(`${dateTime}:00+08:00`).toISOString();

describe('service hours', () => {
  it('parse from text and print back', () => {
    expect(formatSessions(withSaturday.workday)).toBe('08:30-12:00,14:00-17:30');
    expect(formatSessions(withSaturday.saturday)).toBe('09:00-12:00');
    expect(parseServiceHours({ workday: '08:30-12:00，14:00-17:30' }).workday).toEqual(hours.workday);
  });

  it.each(['', '8:30-12:00', '12:00-08:30', '08:30-12:00,11:00-17:30', '08:30-25:00', '08:30'])(
    'refuse %j, naming the field',
    (text) => {
      try {
        parseServiceHours({ workday: '08:30-12:00', saturday: text || 'x' });
        expect.unreachable();
      } catch (e) {
        expect(isAppError(e) && e.issues.map((i) => [i.path, i.code])).toEqual([['/saturday', 'hours.invalid']]);
      }
    },
  );

  it('know when the center is open', () => {
    expect(serviceStatusAt(calendar, hours, cn('2025-09-30T08:30'))).toMatchObject({
      open: true,
      closesAt: cn('2025-09-30T12:00'),
      provisional: false,
    });
    expect(serviceStatusAt(calendar, hours, cn('2025-09-30T12:00')).open).toBe(false); // lunch
    expect(serviceStatusAt(calendar, hours, cn('2025-09-30T17:29')).open).toBe(true);
    expect(serviceStatusAt(calendar, hours, cn('2025-10-03T10:00')).open).toBe(false); // National Day
    expect(serviceStatusAt(calendar, hours, cn('2025-10-11T10:00')).open).toBe(true); // worked Saturday
    expect(serviceStatusAt(calendar, withSaturday, cn('2025-10-18T10:00')).open).toBe(true); // plain Saturday
    expect(serviceStatusAt(calendar, withSaturday, cn('2025-10-04T10:00')).open).toBe(false); // Saturday in the holiday
    expect(serviceStatusAt(calendar, withSaturday, cn('2025-10-19T10:00')).open).toBe(false); // Sunday
  });

  it('find the next opening', () => {
    expect(nextOpening(calendar, hours, cn('2025-09-30T10:15')).at).toBe(cn('2025-09-30T10:15')); // open now
    expect(nextOpening(calendar, hours, cn('2025-09-30T12:30')).at).toBe(cn('2025-09-30T14:00'));
    expect(nextOpening(calendar, hours, cn('2025-09-30T18:00')).at).toBe(cn('2025-10-09T08:30'));
    expect(nextOpening(calendar, hours, cn('2025-10-10T18:00')).at).toBe(cn('2025-10-11T08:30'));
    expect(nextOpening(calendar, withSaturday, cn('2025-10-17T18:00')).at).toBe(cn('2025-10-18T09:00'));
    expect(nextOpening(calendar, withSaturday, cn('2025-10-18T12:00')).at).toBe(cn('2025-10-20T08:30'));
    expect(nextOpening(calendar, hours, cn('2026-12-31T18:00'))).toMatchObject({ at: cn('2027-01-01T08:30'), provisional: true });
    const saturdaysOnly = parseServiceHours({ workday: '00:00-00:01', saturday: '09:00-12:00' });
    expect(nextOpening(calendar, { ...saturdaysOnly, workday: [] }, cn('2025-10-01T10:00')).at).toBe(cn('2025-10-18T09:00'));
    expect(() => nextOpening(calendar, { workday: [], saturday: [] }, cn('2025-10-01T10:00'))).toThrow(/service hours/);
  });

  it('say whether something received now can be done on the spot today', () => {
    expect(sameDayService(calendar, hours, cn('2025-09-30T09:00'))).toMatchObject({
      possible: true,
      remainingMinutes: 180 + 210,
      closesAt: cn('2025-09-30T17:30'),
    });
    expect(sameDayService(calendar, hours, cn('2025-09-30T12:30')).remainingMinutes).toBe(210); // over lunch
    expect(sameDayService(calendar, hours, cn('2025-09-30T17:00'), 45)).toMatchObject({ possible: false, remainingMinutes: 30 });
    expect(sameDayService(calendar, hours, cn('2025-09-30T17:30'))).toMatchObject({ possible: false, remainingMinutes: 0 });
    expect(sameDayService(calendar, hours, cn('2025-10-02T09:00'))).toMatchObject({ possible: false, closesAt: null });
    expect(() => sameDayService(calendar, hours, cn('2025-09-30T09:00'), 0)).toThrow(/minutesNeeded/);
  });
});
