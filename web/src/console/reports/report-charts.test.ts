import { describe, expect, it } from 'vitest';
import { periodLabel } from './report-charts.js';

describe('report chart labels', () => {
  it('write days and months as the locale does', () => {
    expect([periodLabel('2026-03-05', 'day', 'zh-CN'), periodLabel('2026-03-05', 'day', 'en-US')]).toEqual(['5日', '5']);
    expect([periodLabel('2026-03', 'month', 'zh-CN'), periodLabel('2026-12', 'month', 'en-US')]).toEqual(['3月', 'Dec']);
    expect([periodLabel('2026-03', 'yearMonth', 'zh-CN'), periodLabel('2026-03', 'yearMonth', 'en-US')]).toEqual(['2026年3月', 'Mar 2026']);
  });

  it('leave quarters and years as the API names them', () => {
    expect([periodLabel('2026', 'year', 'zh-CN'), periodLabel('2026-Q1', 'quarter', 'en-US')]).toEqual(['2026', '2026-Q1']);
  });
});
