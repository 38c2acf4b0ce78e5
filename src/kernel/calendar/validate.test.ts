import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors/index.js';
import { requireAll } from './checked.js';
import { checkChinaDateTime, checkDate, checkDateRange, checkDayCount, checkInstant, checkRatio } from './validate.js';

describe('validation helpers', () => {
  it('accept real dates only', () => {
    expect(checkDate('2024-02-29', '/d')).toEqual({ ok: true, value: '2024-02-29' });
    for (const bad of ['2025-02-29', '2025-2-1', 20250201, null, undefined, '1899-12-31']) {
      const checked = checkDate(bad, '/d');
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.issues[0]).toMatchObject({ path: '/d', code: 'date.invalid' });
    }
  });

  it('turn a China-time start into an instant', () => {
    expect(checkChinaDateTime('2025-09-30T08:30', '/start')).toEqual({
      ok: true,
      value: { date: '2025-09-30', minuteOfDay: 510, instant: '2025-09-30T00:30:00.000Z' },
    });
    expect(checkChinaDateTime('2025-09-30', '/start')).toMatchObject({ ok: true, value: { instant: '2025-09-29T16:00:00.000Z' } });
    expect(checkChinaDateTime('2025-09-30 08:30', '/start').ok).toBe(false);
    expect(checkChinaDateTime('2025-09-30T08:30Z', '/start').ok).toBe(false);
  });

  it('normalise instants to UTC with milliseconds', () => {
    expect(checkInstant('2025-09-30T08:30+08:00', '/at')).toEqual({ ok: true, value: '2025-09-30T00:30:00.000Z' });
    expect(checkInstant('2025-09-30T08:30', '/at').ok).toBe(false);
  });

  it('take whole day counts in range', () => {
    expect(checkDayCount(0, '/n')).toEqual({ ok: true, value: 0 });
    expect(checkDayCount(3650, '/n')).toEqual({ ok: true, value: 3650 });
    for (const bad of [-1, 3651, 1.5, Number.NaN, Infinity, '5', null]) expect(checkDayCount(bad, '/n').ok).toBe(false);
    expect(checkDayCount(0, '/n', { min: 1 }).ok).toBe(false);
    expect(checkRatio(0.2, '/r').ok).toBe(true);
    expect(checkRatio(1.2, '/r').ok).toBe(false);
  });

  it('limit ranges to 50 years, in order', () => {
    expect(checkDateRange('2000-01-01', '2050-01-01', '/range').ok).toBe(true);
    const tooLong = checkDateRange('2000-01-01', '2050-01-02', '/range');
    expect(!tooLong.ok && tooLong.issues.map((i) => i.code)).toEqual(['range.too_long']);
    const reversed = checkDateRange('2025-02-01', '2025-01-01', '/range');
    expect(!reversed.ok && reversed.issues.map((i) => i.code)).toEqual(['range.reversed']);
    const both = checkDateRange('x', 'y', '/range');
    expect(!both.ok && both.issues.map((i) => i.path)).toEqual(['/range/from', '/range/to']);
  });

  it('combine checks so every issue is reported at once, in both languages', () => {
    try {
      requireAll({ from: checkDate('2025-13-01', '/from'), days: checkDayCount(-3, '/days') });
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.kind).toBe('invalid');
      if (!isAppError(e)) return;
      expect(e.issues.map((i) => i.path)).toEqual(['/from', '/days']);
      expect(e.text['zh-CN']).toContain('2025-13-01');
      expect(e.text['en-US']).toContain('whole number from 0 to 3650');
    }
    expect(requireAll({ from: checkDate('2025-01-01', '/from'), days: checkDayCount(3, '/days') })).toEqual({
      from: '2025-01-01',
      days: 3,
    });
  });
});
