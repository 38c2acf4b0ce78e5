import type { Locale } from './i18n/index.js';
import { FIGURE_LABELS } from './stats-labels.js';
import type { FigureKey } from './stats-types.js';

/**
 * How figures are shown everywhere (reports, exports on screen, big screen): the API gives rates as
 * unrounded fractions and days unrounded; the screen shows rates as percentages and days with two
 * decimals, counts with thousands separators, and a dash where a figure has no denominator.
 */
const DASH = '—';

const numberFormat = (locale: Locale, digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
const cache = new Map<string, Intl.NumberFormat>();
function fmt(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = numberFormat(locale, digits)));
  return f;
}

export function formatCount(value: number | null | undefined, locale: Locale = 'zh-CN'): string {
  return value === null || value === undefined ? DASH : fmt(locale, 0).format(value);
}

/** 0.98765 → "98.77%". */
export function formatRate(value: number | null | undefined, locale: Locale = 'zh-CN'): string {
  return value === null || value === undefined ? DASH : `${fmt(locale, 2).format(value * 100)}%`;
}

export function formatDays(value: number | null | undefined, locale: Locale = 'zh-CN'): string {
  return value === null || value === undefined ? DASH : fmt(locale, 2).format(value);
}

/** A relative change (同比/环比): 0.1234 → "+12.34%", −0.05 → "−5.00%". */
export function formatChange(value: number | null | undefined, locale: Locale = 'zh-CN'): string {
  if (value === null || value === undefined) return DASH;
  const text = fmt(locale, 2).format(Math.abs(value) * 100);
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${text}%`;
}

/** A rate as a chart value: percent with two decimals, or null (a gap in the line). */
export function ratePercent(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value * 10000) / 100;
}

/** Figures where a rise is bad news (shown red when they go up). */
export const LOWER_IS_BETTER: ReadonlySet<FigureKey> = new Set<FigureKey>(['refused', 'open', 'overdue', 'avgAcceptDays', 'avgCompleteDays']);

export function formatFigure(key: FigureKey, value: number | null | undefined, locale: Locale = 'zh-CN'): string {
  const kind = FIGURE_LABELS[key].unit;
  return kind === 'rate' ? formatRate(value, locale) : kind === 'days' ? formatDays(value, locale) : formatCount(value, locale);
}

/** The figure's name as the exports and docs/figures.md spell it, in the user's language. */
export function figureName(key: FigureKey, locale: Locale): string {
  return FIGURE_LABELS[key][locale === 'zh-CN' ? 'zh' : 'en'];
}
