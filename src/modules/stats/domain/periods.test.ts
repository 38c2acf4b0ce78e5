import { describe, expect, it } from 'vitest';
import { isRealDate, lengthInDays, monthRange, openCountDay, previousPeriod, quarterRange, samePeriodLastYear, splitPeriod, yearRange } from './periods.js';

describe('periods', () => {
  it('gives months, quarters and years', () => {
    expect(monthRange(2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(quarterRange(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(yearRange(2025)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('环比: the previous month, quarter or year, or the same number of days before', () => {
    expect(previousPeriod(monthRange(2026, 3))).toEqual(monthRange(2026, 2));
    expect(previousPeriod(monthRange(2026, 1))).toEqual(monthRange(2025, 12));
    expect(previousPeriod(quarterRange(2026, 1))).toEqual(quarterRange(2025, 4));
    expect(previousPeriod(yearRange(2026))).toEqual(yearRange(2025));
    expect(previousPeriod({ from: '2026-03-10', to: '2026-03-16' })).toEqual({ from: '2026-03-03', to: '2026-03-09' });
  });

  it('同比: the same period a year earlier; whole months stay whole, 29 February becomes the 28th', () => {
    expect(samePeriodLastYear(monthRange(2024, 2))).toEqual(monthRange(2023, 2));
    expect(samePeriodLastYear(monthRange(2025, 2))).toEqual(monthRange(2024, 2));
    expect(samePeriodLastYear({ from: '2024-02-29', to: '2024-03-05' })).toEqual({ from: '2023-02-28', to: '2023-03-05' });
  });

  it('splits a range into granularity periods, clipped at both ends', () => {
    expect(splitPeriod({ from: '2026-02-15', to: '2026-04-10' }, 'month')).toEqual([
      { period: '2026-02', from: '2026-02-15', to: '2026-02-28' },
      { period: '2026-03', from: '2026-03-01', to: '2026-03-31' },
      { period: '2026-04', from: '2026-04-01', to: '2026-04-10' },
    ]);
    expect(splitPeriod({ from: '2025-12-30', to: '2026-01-01' }, 'day').map((p) => p.period)).toEqual(['2025-12-30', '2025-12-31', '2026-01-01']);
    expect(splitPeriod({ from: '2025-11-01', to: '2026-02-01' }, 'quarter').map((p) => p.period)).toEqual(['2025-Q4', '2026-Q1']);
    expect(splitPeriod(yearRange(2026), 'year')).toEqual([{ period: '2026', ...yearRange(2026) }]);
  });

  it('knows real dates and lengths', () => {
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2024-2-9')).toBe(false);
    expect(lengthInDays(yearRange(2024))).toBe(366);
  });

  it('counts open cases on the last day of a past period, and today for one running into the future', () => {
    expect(openCountDay({ from: '2026-10-01', to: '2026-10-31' }, '2026-11-21')).toBe('2026-10-31');
    expect(openCountDay({ from: '2026-11-01', to: '2026-11-30' }, '2026-11-21')).toBe('2026-11-21');
    expect(openCountDay({ from: '2026-11-21', to: '2026-11-21' }, '2026-11-21')).toBe('2026-11-21');
  });
});
