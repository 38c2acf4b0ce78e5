import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors/index.js';
import {
  chinaDateOf,
  chinaInstantOf,
  chinaLocalTimeOf,
  parseChinaDateTime,
  parseInstantMs,
  parseMinuteOfDay,
} from './china-time.js';
import { parseDayNumber } from './dates.js';

describe('China time (UTC+8, no daylight saving)', () => {
  it('puts 16:00 UTC on the next China day', () => {
    expect(chinaDateOf('2025-09-30T15:59:59.999Z')).toBe('2025-09-30');
    expect(chinaDateOf('2025-09-30T16:00:00.000Z')).toBe('2025-10-01');
    expect(chinaLocalTimeOf('2025-09-30T16:00:00Z')).toMatchObject({ date: '2025-10-01', minuteOfDay: 0, time: '00:00' });
  });

  it('reads offsets and fractions', () => {
    expect(chinaLocalTimeOf('2025-09-30T08:30+08:00')).toMatchObject({ date: '2025-09-30', time: '08:30' });
    expect(chinaLocalTimeOf('2025-09-29T19:30:00-05:00')).toMatchObject({ date: '2025-09-30', time: '08:30' });
    expect(parseInstantMs('2025-09-30T00:30:00.5Z')).toBe(Date.parse('2025-09-30T00:30:00.500Z'));
  });

  it('agrees with Date for any instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2150-01-01'), noInvalidDate: true }), (date) => {
        const local = chinaLocalTimeOf(date.toISOString());
        const shifted = new Date(date.getTime() + 8 * 3_600_000).toISOString();
        expect(local.date).toBe(shifted.slice(0, 10));
        expect(local.time).toBe(shifted.slice(11, 16));
        expect(chinaInstantOf(local.dayNumber, local.minuteOfDay)).toBe(
          new Date(Math.floor(date.getTime() / 60_000) * 60_000).toISOString(),
        );
      }),
    );
  });

  it.each(['2025-09-30T08:30', '2025-09-30', '2025-02-29T08:30Z', '2025-09-30T24:00Z', '2025-09-30T08:60Z', 'yesterday', ''])(
    'refuses %j as an instant, saying where and how',
    (text) => {
      expect(parseInstantMs(text)).toBeNaN();
      try {
        chinaDateOf(text, '/acceptedAt');
        expect.unreachable();
      } catch (e) {
        expect(isAppError(e) && e.kind).toBe('invalid');
        if (isAppError(e)) {
          expect(e.issues[0]).toMatchObject({ path: '/acceptedAt', code: 'instant.invalid' });
          expect(e.issues[0]?.message['en-US']).toContain('2025-09-30T01:30:00.000Z');
        }
      }
    },
  );

  it('reads China date-times and times of day', () => {
    expect(parseChinaDateTime('2025-09-30T08:30')).toEqual({ dayNumber: parseDayNumber('2025-09-30'), minuteOfDay: 510 });
    expect(parseChinaDateTime('2025-09-30')).toEqual({ dayNumber: parseDayNumber('2025-09-30'), minuteOfDay: 0 });
    expect(parseChinaDateTime('2025-09-30T24:00')).toBeNull();
    expect(parseChinaDateTime('2025-09-30T8:30')).toBeNull();
    expect(parseMinuteOfDay('24:00')).toBe(1440);
    expect(parseMinuteOfDay('12:61')).toBeNaN();
  });
});
