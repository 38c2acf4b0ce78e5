import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError, type AppError } from '../errors/index.js';
import { chinaCalendar } from './china-calendar.js';
import { dayNumberOf, formatDayNumber } from './dates.js';
import type { YearNotice } from './notice.js';
import { WorkCalendar, createWorkCalendar } from './work-calendar.js';

const calendar = chinaCalendar();

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

/** Day-by-day references for the O(1) index. */
function slowCount(cal: WorkCalendar, from: number, to: number): number {
  let n = 0;
  for (let d = from + 1; d <= to; d++) if (cal.isWorkdayNumber(d)) n++;
  return n;
}
function slowAdd(cal: WorkCalendar, from: number, n: number): number {
  let d = from;
  for (let left = n; left > 0; ) if (cal.isWorkdayNumber(++d)) left--;
  return d;
}

const NOTICE_2027: YearNotice = {
  year: 2027,
  documents: ['(test)'],
  days: [
    { date: '2027-01-01', kind: 'holiday', name: '元旦' },
    { date: '2027-02-06', kind: 'holiday', name: '春节' },
    { date: '2027-02-08', kind: 'holiday', name: '春节' },
    { date: '2027-02-20', kind: 'workday', name: '春节' },
  ],
};

describe('WorkCalendar', () => {
  it('knows each kind of day, with names', () => {
    expect(calendar.dayInfo('2025-10-01')).toEqual({
      date: '2025-10-01',
      weekday: 3,
      kind: 'holiday',
      workday: false,
      name: '国庆节、中秋节',
      provisional: false,
    });
    expect(calendar.dayInfo('2025-10-11')).toMatchObject({ kind: 'makeUpWorkday', workday: true, weekday: 6 });
    expect(calendar.dayInfo('2025-10-18')).toMatchObject({ kind: 'weekend', workday: false, name: null });
    expect(calendar.dayInfo('2025-10-20')).toMatchObject({ kind: 'workday', workday: true });
    expect(calendar.dayInfo('2020-02-01')).toMatchObject({ kind: 'holiday', workday: false }); // the 2020 extension
    expect(calendar.dayInfo('2035-01-01')).toMatchObject({ kind: 'workday', provisional: true });
    expect(calendar.isWorkday('2024-02-04')).toBe(true);
    expect(() => calendar.dayInfo('2025-10-32')).toThrow(/YYYY-MM-DD/);
  });

  it('ships one notice per year 2007–2026 with its document number', () => {
    expect(calendar.notices.map((n) => n.year)).toEqual(Array.from({ length: 20 }, (_, i) => 2007 + i));
    expect(calendar.notices.find((n) => n.year === 2025)?.documents).toEqual(['国办发明电〔2024〕12号']);
    expect(calendar.notices.find((n) => n.year === 2020)?.documents).toEqual(['国办发明电〔2019〕16号', '国办发明电〔2020〕1号']);
    expect(calendar.isKnownYear(2006)).toBe(false);
    expect(calendar.isKnownYear(2027)).toBe(false);
  });

  it('counts and adds like a day-by-day walk, inside and outside the indexed years', () => {
    const cal = chinaCalendar({ closures: [{ date: '2025-06-03', reason: '县里统一安排' }] });
    const days = fc.integer({ min: dayNumberOf(2000, 1, 1), max: dayNumberOf(2032, 12, 31) });
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 600 }), (from, span) => {
        expect(cal.countAfter(from, from + span)).toBe(slowCount(cal, from, from + span));
        expect(cal.countAfter(from + span, from) + slowCount(cal, from, from + span)).toBe(0);
        expect(cal.addAfter(from, span)).toBe(slowAdd(cal, from, span));
      }),
      { numRuns: 300 },
    );
  });

  it('works without any notice: the weekends-only rule, everything provisional', () => {
    const empty = createWorkCalendar({ notices: [] });
    expect(formatDayNumber(empty.addAfter(dayNumberOf(2025, 9, 30), 5))).toBe('2025-10-07');
    expect(empty.reach(dayNumberOf(2025, 9, 30), dayNumberOf(2025, 10, 7))).toMatchObject({ provisional: true });
  });

  it('takes local closures as extra rest days, even on a make-up workday', () => {
    const cal = calendar.withClosures([
      { date: '2025-10-11', reason: '县里统一安排' },
      { date: '2025-10-13', reason: '停电检修' },
    ]);
    expect(cal.dayInfo('2025-10-11')).toMatchObject({ kind: 'closure', workday: false, name: '县里统一安排' });
    expect(cal.dayInfo('2025-10-13')).toMatchObject({ kind: 'closure', name: '停电检修' });
    expect(formatDayNumber(cal.addAfter(dayNumberOf(2025, 9, 30), 5))).toBe('2025-10-16');
    // The original is untouched: rebuilding never mutates.
    expect(calendar.isWorkday('2025-10-11')).toBe(true);
    expect(Object.isFrozen(cal)).toBe(true);
  });

  it('takes next year’s notice entered by the center, and then answers for it finally', () => {
    const cal = chinaCalendar({ notices: [NOTICE_2027] });
    expect(cal.dayInfo('2027-02-08')).toMatchObject({ kind: 'holiday', provisional: false });
    expect(cal.dayInfo('2027-02-20')).toMatchObject({ kind: 'makeUpWorkday', provisional: false });
    // December 2026 is settled now that the 2027 notice is known.
    expect(cal.dayInfo('2026-12-28').provisional).toBe(false);
    expect(calendar.dayInfo('2026-12-28').provisional).toBe(true);
    expect(calendar.dayInfo('2026-12-23').provisional).toBe(false);
  });

  it('lets a notice replace the one of its year', () => {
    const corrected: YearNotice = { year: 2025, documents: ['(corrected)'], days: [{ date: '2025-10-01', kind: 'holiday', name: '国庆节' }] };
    const cal = calendar.withNotices([corrected]);
    expect(cal.notices.filter((n) => n.year === 2025)).toEqual([corrected]);
    expect(cal.isWorkday('2025-10-02')).toBe(true);
  });

  it('refuses inconsistent notices and closures, listing every problem with its path', () => {
    const error = caught(() =>
      createWorkCalendar({
        notices: [
          NOTICE_2027,
          { ...NOTICE_2027, documents: [] },
          {
            year: 2028,
            documents: [],
            days: [
              { date: '2026-11-30', kind: 'holiday', name: 'x' },
              { date: '2028-01-01', kind: 'holiday', name: '元旦' },
              { date: '2028-01-01', kind: 'workday', name: '元旦' },
              { date: '2028-02-30', kind: 'holiday', name: 'x' },
            ],
          },
          { year: 2029, documents: [], days: [] },
        ],
        closures: [
          { date: '2025-13-01', reason: 'x' },
          { date: '2025-06-03', reason: '  ' },
        ],
      }),
    );
    expect(error.kind).toBe('invalid');
    expect(error.code).toBe('calendar_invalid');
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ['/notices/1/year', 'notice.duplicate_year'],
      ['/notices/2/days/3/date', 'date.invalid'],
      ['/notices/3/days', 'notice.empty'],
      ['/closures/0/date', 'date.invalid'],
      ['/closures/1/reason', 'closure.reason_missing'],
    ]);
    const spans = caught(() =>
      createWorkCalendar({
        notices: [
          {
            year: 2028,
            documents: [],
            days: [
              { date: '2026-11-30', kind: 'holiday', name: 'x' },
              { date: '2028-01-01', kind: 'holiday', name: '元旦' },
              { date: '2028-01-01', kind: 'workday', name: '元旦' },
              { date: '2028-01-01', kind: 'holiday', name: '元旦' },
            ],
          },
        ],
      }),
    );
    expect(spans.issues.map((i) => [i.path, i.code])).toEqual([
      ['/notices/0/days/0', 'notice.date_outside'],
      ['/notices/0/days/2', 'notice.day_conflict'],
      ['/notices/0/days/3', 'notice.day_duplicate'],
    ]);
    expect(spans.issues[2]?.message['zh-CN']).toContain('/notices/0/days/1');
  });
});
