import type { EChartsCoreOption } from 'echarts/core';
import type { Dictionary, Locale } from '../../shared/i18n/index.js';
import { figureName, ratePercent } from '../../shared/stats-format.js';
import type { FigureKey, Figures, Granularity, RankingRow, RollupRow, SeriesPoint } from '../../shared/stats-types.js';

/**
 * The reports' charts as ECharts options, built from the API's answers: counts as bars, rates as
 * percentage lines. Pure functions of the data and the dictionary.
 */
type Texts = Dictionary['stats'];

export const PALETTE = ['#1677ff', '#13c2c2', '#52c41a', '#faad14', '#eb2f96', '#722ed1'];
const VOLUME_KEYS = ['received', 'accepted', 'completed'] as const satisfies readonly FigureKey[];

const tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' } } as const;
const legend = { top: 0 } as const;
const grid = { left: 8, right: 16, top: 64, bottom: 8, containLabel: true } as const;

const PERIOD_FORMATS = {
  day: { day: 'numeric' },
  month: { month: 'short' },
  yearMonth: { year: 'numeric', month: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A period as the locale writes it: '2026-03-05' → 5日 / 5; '2026-03' → 3月 / Mar, with the year 2026年3月 / Mar 2026; a quarter or year as is. */
export function periodLabel(period: string, granularity: Granularity | 'yearMonth', locale: Locale): string {
  if (granularity === 'year' || granularity === 'quarter') return period;
  const [year, month, day] = [Number(period.slice(0, 4)), Number(period.slice(5, 7)), Number(period.slice(8, 10)) || 1];
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...PERIOD_FORMATS[granularity] }).format(new Date(Date.UTC(year, month - 1, day)));
}

function countBars(categories: string[], rows: readonly Pick<Figures, (typeof VOLUME_KEYS)[number]>[], t: Texts, locale: Locale, { horizontal = false, names = false } = {}): EChartsCoreOption {
  // Names (rankings, roll-up) are all shown, wrapped when long; dates and months as room allows.
  const axisLabel = names ? { interval: 0, width: horizontal ? 160 : 120, overflow: 'break' } : {};
  const category = { type: 'category', data: categories, axisTick: { alignWithLabel: true }, axisLabel, ...(horizontal ? { inverse: true } : {}) };
  const value = { type: 'value', name: horizontal ? undefined : t.report.countAxis, minInterval: 1 };
  return {
    color: PALETTE,
    tooltip,
    legend,
    grid,
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: VOLUME_KEYS.map((key) => ({ type: 'bar', name: figureName(key, locale), data: rows.map((r) => r[key]), barMaxWidth: 18 })),
  };
}

export function volumeOption(points: readonly SeriesPoint[], granularity: Granularity, t: Texts, locale: Locale): EChartsCoreOption {
  return countBars(points.map((p) => periodLabel(p.period, granularity, locale)), points, t, locale);
}

export const TREND_KEYS = ['onTimeRate', 'satisfactionRate', 'evaluationRate', 'onSpotRate'] as const satisfies readonly FigureKey[];

export function trendOption(points: readonly SeriesPoint[], t: Texts, locale: Locale): EChartsCoreOption {
  // Months of more than one year carry their year.
  const years = new Set(points.map((p) => p.period.slice(0, 4)));
  const label = (p: SeriesPoint) => periodLabel(p.period, years.size > 1 ? 'yearMonth' : 'month', locale);
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v.toFixed(2)}%` : '—') },
    legend,
    grid,
    xAxis: { type: 'category', data: points.map(label), boundaryGap: false },
    yAxis: { type: 'value', name: t.report.percentAxis, max: 100, axisLabel: { formatter: '{value}%' } },
    series: TREND_KEYS.map((key) => ({ type: 'line', name: figureName(key, locale), data: points.map((p) => ratePercent(p[key])), smooth: true, connectNulls: false, symbolSize: 6 })),
  };
}

/** The first `limit` rows of a ranking as horizontal bars, the first on top. */
export function rankingOption(rows: readonly RankingRow[], t: Texts, locale: Locale, limit = 10): EChartsCoreOption {
  const top = rows.slice(0, limit);
  return countBars(top.map((r) => r.name), top, t, locale, { horizontal: true, names: true });
}

export function rollupOption(rows: readonly RollupRow[], t: Texts, locale: Locale): EChartsCoreOption {
  return countBars(rows.map((r) => r.name), rows, t, locale, { names: true });
}

/** Height for a horizontal bar chart of n rows. */
export function rankingHeight(n: number): number {
  return Math.max(220, Math.min(n, 10) * 44 + 60);
}
