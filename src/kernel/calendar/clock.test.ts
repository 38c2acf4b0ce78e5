import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors/index.js';
import { chinaCalendar } from './china-calendar.js';
import { addWorkdays, countWorkdays } from './clock.js';

const calendar = chinaCalendar();

/**
 * [start, n, expected, how it is counted]. Counted by hand from the notices:
 * 2024 国办发明电〔2023〕7号: 春节 2/10–2/17 off, 2/4 (Sun) and 2/18 (Sun) worked; 中秋 9/15–17 off,
 *   9/14 (Sat) worked; 国庆 10/1–10/7 off, 9/29 (Sun) and 10/12 (Sat) worked.
 * 2025 国办发明电〔2024〕12号: 春节 1/28–2/4 off, 1/26 (Sun) and 2/8 (Sat) worked; 国庆中秋 10/1–10/8
 *   off, 9/28 (Sun) and 10/11 (Sat) worked.
 * 2026 国办发明电〔2025〕7号: 春节 2/15–2/23 off, 2/14 (Sat) and 2/28 (Sat) worked; 中秋 9/25–27 off;
 *   国庆 10/1–10/7 off, 9/20 (Sun) and 10/10 (Sat) worked.
 */
const TABLE: [string, number, string, string][] = [
  // 2024 Spring Festival
  ['2024-02-02', 1, '2024-02-04', 'Fri → the worked Sunday'],
  ['2024-02-08', 1, '2024-02-09', 'the eve (除夕) is a working day in 2024'],
  ['2024-02-09', 1, '2024-02-18', 'over the holiday to the worked Sunday'],
  ['2024-02-09', 2, '2024-02-19', '2/18 (1), 2/19 (2)'],
  ['2024-02-12', 3, '2024-02-20', 'from inside the holiday: 2/18, 2/19, 2/20'],
  // 2024 Mid-Autumn and National Day
  ['2024-09-13', 1, '2024-09-14', 'the worked Saturday before 中秋'],
  ['2024-09-14', 1, '2024-09-18', '9/15–17 off'],
  ['2024-09-27', 1, '2024-09-29', 'Fri → the worked Sunday'],
  ['2024-09-27', 3, '2024-10-08', '9/29, 9/30, 10/8'],
  ['2024-09-30', 5, '2024-10-12', '10/8, 9, 10, 11, and the worked Saturday 10/12'],
  // 2025 Spring Festival
  ['2025-01-24', 1, '2025-01-26', 'Fri → the worked Sunday'],
  ['2025-01-24', 3, '2025-02-05', '1/26, 1/27, then 2/5 after the holiday'],
  ['2025-01-27', 5, '2025-02-10', '2/5, 2/6, 2/7, the worked Saturday 2/8, 2/10'],
  // 2025 National Day (and Mid-Autumn)
  ['2025-09-26', 1, '2025-09-28', 'Fri → the worked Sunday'],
  ['2025-09-29', 1, '2025-09-30', 'Monday + 1 = Tuesday'],
  ['2025-09-30', 1, '2025-10-09', 'over 10/1–10/8'],
  ['2025-09-30', 5, '2025-10-14', '10/9, 10/10, the worked Saturday 10/11, 10/13, 10/14'],
  ['2025-09-30', 20, '2025-11-04', 'the legal limit of 20 days across the holiday'],
  ['2025-10-04', 1, '2025-10-09', 'accepted on a rest day: the first working day after it'],
  ['2025-10-11', 1, '2025-10-13', 'from a worked Saturday'],
  // 2026 Spring Festival
  ['2026-02-13', 1, '2026-02-14', 'Fri → the worked Saturday'],
  ['2026-02-13', 2, '2026-02-24', '2/14, then 2/24 after 2/15–2/23'],
  ['2026-02-24', 4, '2026-02-28', '2/25, 2/26, 2/27, the worked Saturday 2/28'],
  ['2026-02-24', 5, '2026-03-02', '… and Monday 3/2'],
  // 2026 Mid-Autumn and National Day
  ['2026-09-18', 1, '2026-09-20', 'Fri → the worked Sunday'],
  ['2026-09-24', 1, '2026-09-28', '中秋 9/25–27 off, no make-up day'],
  ['2026-09-30', 1, '2026-10-08', 'over 10/1–10/7'],
  ['2026-09-30', 3, '2026-10-10', '10/8, 10/9, the worked Saturday 10/10'],
  ['2026-09-30', 5, '2026-10-13', '… 10/12, 10/13'],
  // 即办件
  ['2025-10-04', 0, '2025-10-04', 'n = 0 is the start itself, even on a rest day'],
];

describe('addWorkdays and countWorkdays across the holiday seasons of 2024–2026', () => {
  it.each(TABLE)('%s + %i working days = %s (%s)', (start, n, expected) => {
    const result = addWorkdays(calendar, start, n);
    expect(result).toEqual({ date: expected, provisional: false, warnings: [] });
    expect(countWorkdays(calendar, start, expected).workdays).toBe(n);
  });

  it('counts strictly after `from` up to and including `to`, negative backwards', () => {
    expect(countWorkdays(calendar, '2025-09-30', '2025-10-14').workdays).toBe(5);
    expect(countWorkdays(calendar, '2025-10-14', '2025-09-30').workdays).toBe(-5);
    expect(countWorkdays(calendar, '2025-10-01', '2025-10-08').workdays).toBe(0);
    expect(countWorkdays(calendar, '2025-10-08', '2025-10-08').workdays).toBe(0);
    expect(countWorkdays(calendar, '2024-01-01', '2024-12-31').workdays).toBe(251);
    expect(countWorkdays(calendar, '2025-01-01', '2025-12-31').workdays).toBe(248); // 365 − 104 weekend days − 13 statutory days
  });

  it('marks a result reaching past the known years provisional, with a warning in both languages', () => {
    const result = addWorkdays(calendar, '2026-12-30', 5);
    expect(result.date).toBe('2027-01-06'); // 12/31, then 1/1, 1/4, 1/5, 1/6 by the weekends-only rule
    expect(result.provisional).toBe(true);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'calendar.notice_missing', years: [2027] })]);
    expect(result.warnings[0]?.message['zh-CN']).toContain('2027');
    expect(result.warnings[0]?.message['en-US']).toContain('provisional');
  });

  it('treats the last days of December as provisional until the next notice is known', () => {
    expect(addWorkdays(calendar, '2026-12-18', 2)).toMatchObject({ date: '2026-12-22', provisional: false });
    expect(addWorkdays(calendar, '2026-12-18', 4)).toMatchObject({ date: '2026-12-24', provisional: true });
    expect(addWorkdays(calendar, '2025-12-18', 6)).toMatchObject({ date: '2025-12-26', provisional: false });
  });

  it('answers decades ahead in constant time, by the weekends-only rule', () => {
    expect(addWorkdays(calendar, '2035-01-01', 3650)).toMatchObject({ date: '2048-12-28', provisional: true });
    expect(countWorkdays(calendar, '2035-01-01', '2048-12-28').workdays).toBe(3650);
  });

  it('reports every bad argument at once, with paths', () => {
    try {
      addWorkdays(calendar, '2025-02-29', -1);
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.issues.map((i) => [i.path, i.code])).toEqual([
        ['/start', 'date.invalid'],
        ['/days', 'days.invalid'],
      ]);
    }
    expect(() => addWorkdays(calendar, '2025-01-01', 1.5)).toThrow(/whole number/);
    expect(() => addWorkdays(calendar, '2025-01-01', 3651)).toThrow(/0 to 3650/);
    expect(() => countWorkdays(calendar, '2025-01-01', 'tomorrow')).toThrow(/YYYY-MM-DD/);
  });
});
