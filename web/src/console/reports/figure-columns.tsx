import type { TableColumnsType } from 'antd';
import type { Locale } from '../../shared/i18n/index.js';
import { FIGURE_LABELS } from '../../shared/stats-labels.js';
import { figureName, formatFigure } from '../../shared/stats-format.js';
import type { FigureKey, Figures } from '../../shared/stats-types.js';

/** The figures a report table lists, in this order. */
export const TABLE_FIGURES = [
  'received',
  'accepted',
  'completed',
  'overdue',
  'onTimeRate',
  'onSpotRate',
  'promisedEarlyRate',
  'avgCompleteDays',
  'evaluationRate',
  'satisfactionRate',
] as const satisfies readonly FigureKey[];

/** One column per figure, formatted (rates as percentages, days with two decimals), right-aligned. */
export function figureColumns<T extends Figures>(locale: Locale, keys: readonly FigureKey[] = TABLE_FIGURES): TableColumnsType<T> {
  return keys.map((key) => ({
    key,
    dataIndex: key,
    title: figureName(key, locale),
    align: 'right' as const,
    width: FIGURE_LABELS[key].unit === 'count' ? 88 : 110,
    render: (value: number | null) => formatFigure(key, value, locale),
  }));
}
