import { describe, expect, it } from 'vitest';
import { isAppError, type AppError } from '../errors/index.js';
import { caseDeadline, caseStatus, type CaseClockInput } from './case-clock.js';
import { chinaCalendar } from './china-calendar.js';

const calendar = chinaCalendar();
/** Accepted Tuesday 2025-09-30 at 10:00 China time, the day before the National Day holiday. */
const ACCEPTED = '2025-09-30T02:00:00.000Z';

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('caseDeadline', () => {
  it('counts the promised limit from the China date of acceptance, the day itself not counted', () => {
    expect(caseDeadline(calendar, { acceptedAt: ACCEPTED, promisedDays: 5 })).toEqual({
      acceptedOn: '2025-09-30',
      deadline: '2025-10-14', // 10/9, 10/10, the worked Saturday 10/11, 10/13, 10/14
      limitDays: 5,
      extensionDays: 0,
      suspendedWorkdays: 0,
      clockStopped: false,
      provisional: false,
      warnings: [],
    });
  });

  it('gives a 即办件 (0 days) the day of acceptance', () => {
    expect(caseDeadline(calendar, { acceptedAt: ACCEPTED, promisedDays: 0 }).deadline).toBe('2025-09-30');
  });

  it('uses China time: 00:30 on 1 October in Beijing is still 30 September in UTC', () => {
    const d = caseDeadline(calendar, { acceptedAt: '2025-09-30T16:30:00Z', promisedDays: 1 });
    expect(d).toMatchObject({ acceptedOn: '2025-10-01', deadline: '2025-10-09' });
  });

  it('skips the working days of a suspension (Art. 45)', () => {
    const d = caseDeadline(calendar, {
      acceptedAt: ACCEPTED,
      promisedDays: 5,
      suspensions: [{ from: '2025-10-09', to: '2025-10-10', reason: '专家评审' }],
    });
    expect(d).toMatchObject({ deadline: '2025-10-16', suspendedWorkdays: 2 });
  });

  it('joins overlapping suspensions, ignores days before acceptance and suspensions after the deadline', () => {
    const d = caseDeadline(calendar, {
      acceptedAt: ACCEPTED,
      promisedDays: 5,
      suspensions: [
        { from: '2025-10-13', to: '2025-10-14' },
        { from: '2025-09-20', to: '2025-10-09' }, // only 10/9 is after acceptance and a working day
        { from: '2025-10-14', to: '2025-10-15' },
        { from: '2025-12-01', to: '2025-12-05' },
      ],
    });
    // counted: 10/10 (1), 10/11 (2), 10/16 (3), 10/17 (4), 10/20 (5); suspended: 10/9, 10/13, 10/14, 10/15
    expect(d).toMatchObject({ deadline: '2025-10-20', suspendedWorkdays: 4 });
  });

  it('keeps an open suspension running through the as-of date', () => {
    const input: CaseClockInput = { acceptedAt: ACCEPTED, promisedDays: 5, suspensions: [{ from: '2025-10-10', to: null }] };
    // 10/9 counted (1); suspended from 10/10 through as-of; then four more working days.
    expect(caseDeadline(calendar, input, '2025-10-13')).toMatchObject({ deadline: '2025-10-17', clockStopped: true });
    expect(caseDeadline(calendar, input, '2025-10-14')).toMatchObject({ deadline: '2025-10-20', clockStopped: true });
    expect(caseDeadline(calendar, input, '2025-10-08')).toMatchObject({ deadline: '2025-10-14', suspendedWorkdays: 0 });
    const error = caught(() => caseDeadline(calendar, input));
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([['/suspensions/0/to', 'suspension.open_needs_as_of']]);
  });

  it('adds one extension of 10 working days by default (Art. 42), or as configured', () => {
    const legal = caseDeadline(calendar, { acceptedAt: ACCEPTED, promisedDays: 20 });
    expect(legal.deadline).toBe('2025-11-04');
    const extended = caseDeadline(calendar, { acceptedAt: ACCEPTED, promisedDays: 20, extension: { grantedOn: '2025-11-03' } });
    expect(extended).toMatchObject({ deadline: '2025-11-18', limitDays: 30, extensionDays: 10 });
    // A disclosure request (政府信息公开): 20 + 20.
    const disclosure = caseDeadline(calendar, { acceptedAt: ACCEPTED, promisedDays: 20, extension: { days: 20 } });
    expect(disclosure).toMatchObject({ deadline: '2025-12-02', limitDays: 40 });
  });

  it('refuses an extension decided after the original deadline', () => {
    const error = caught(() =>
      caseDeadline(calendar, { acceptedAt: ACCEPTED, promisedDays: 20, extension: { grantedOn: '2025-11-05' } }),
    );
    expect(error).toMatchObject({ kind: 'unprocessable', code: 'extension_after_deadline' });
    expect(error.details).toEqual({ grantedOn: '2025-11-05', deadline: '2025-11-04' });
    expect(error.text['zh-CN']).toContain('第四十二条');
  });

  it('is provisional when the deadline reaches a year without a notice', () => {
    const d = caseDeadline(calendar, { acceptedAt: '2026-12-10T02:00:00Z', promisedDays: 20 });
    expect(d).toMatchObject({ deadline: '2027-01-07', provisional: true });
    expect(d.warnings[0]?.years).toEqual([2027]);
  });

  it('reports every bad field at once', () => {
    const error = caught(() =>
      caseDeadline(calendar, {
        acceptedAt: '2025-09-30 10:00',
        promisedDays: -1,
        extension: { days: 0, grantedOn: '2025-02-30' },
        suspensions: [
          { from: '2025-10-10', to: '2025-10-09' },
          { from: 'soon', to: null },
          { from: '2025-10-20', to: null },
        ],
      }, '2025-10-21'),
    );
    expect(error.kind).toBe('invalid');
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ['/acceptedAt', 'instant.invalid'],
      ['/promisedDays', 'days.invalid'],
      ['/extension/days', 'days.invalid'],
      ['/extension/grantedOn', 'date.invalid'],
      ['/suspensions', 'suspension.several_open'],
      ['/suspensions/0', 'suspension.reversed'],
      ['/suspensions/1/from', 'date.invalid'],
    ]);
    for (const i of error.issues) {
      expect(i.message['zh-CN'].length).toBeGreaterThan(5);
      expect(i.message['en-US'].length).toBeGreaterThan(5);
    }
  });
});

describe('caseStatus', () => {
  const input: CaseClockInput = { acceptedAt: ACCEPTED, promisedDays: 5 }; // deadline 2025-10-14
  const at = (date: string) => `${date}T01:00:00.000Z`; // 09:00 China time

  it.each([
    ['2025-09-30', 5, 'green', false, 0],
    ['2025-10-05', 5, 'green', false, 0], // the holiday uses no working days
    ['2025-10-10', 3, 'green', false, 0],
    ['2025-10-11', 2, 'green', false, 0],
    ['2025-10-13', 1, 'yellow', false, 0], // ≤ 1 working day left
    ['2025-10-14', 0, 'yellow', false, 0], // the deadline day itself is still on time
    ['2025-10-15', 0, 'red', true, 1],
    ['2025-10-18', 0, 'red', true, 3],
  ] as const)('on %s: %i left, %s', (today, remaining, level, overdue, overdueWorkdays) => {
    expect(caseStatus(calendar, input, at(today))).toMatchObject({
      today,
      deadline: '2025-10-14',
      remainingWorkdays: remaining,
      level,
      overdue,
      overdueWorkdays,
    });
  });

  it('turns yellow at 20% of a long limit, thresholds configurable', () => {
    const long: CaseClockInput = { acceptedAt: ACCEPTED, promisedDays: 20 }; // deadline 2025-11-04
    expect(caseStatus(calendar, long, at('2025-10-28'))).toMatchObject({ remainingWorkdays: 5, level: 'green' });
    expect(caseStatus(calendar, long, at('2025-10-29'))).toMatchObject({ remainingWorkdays: 4, level: 'yellow' });
    expect(caseStatus(calendar, long, at('2025-10-29'), { yellowWithinRatio: 0.1 }).level).toBe('green');
    expect(caseStatus(calendar, long, at('2025-10-28'), { yellowWithinDays: 5 }).level).toBe('yellow');
  });

  it('does not spend remaining days during an open suspension', () => {
    const suspended: CaseClockInput = { ...input, suspensions: [{ from: '2025-10-10' }] };
    const first = caseStatus(calendar, suspended, at('2025-10-10'));
    const later = caseStatus(calendar, suspended, at('2025-10-20'));
    // counted 10/9, then 10/11 (worked Saturday), 10/13, 10/14, 10/15
    expect(first).toMatchObject({ remainingWorkdays: 4, clockStopped: true, deadline: '2025-10-15' });
    expect(later).toMatchObject({ remainingWorkdays: 4, clockStopped: true, deadline: '2025-10-24' });
  });

  it('excludes a planned suspension from the remaining days', () => {
    const planned: CaseClockInput = { ...input, suspensions: [{ from: '2025-10-13', to: '2025-10-13' }] };
    expect(caseStatus(calendar, planned, at('2025-10-10'))).toMatchObject({ deadline: '2025-10-15', remainingWorkdays: 3 });
  });

  it('is provisional when today is past the known years', () => {
    const s = caseStatus(calendar, { acceptedAt: '2026-12-01T02:00:00Z', promisedDays: 5 }, at('2027-01-05'));
    expect(s).toMatchObject({ overdue: true, level: 'red', provisional: true });
  });
});
