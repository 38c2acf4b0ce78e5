import type { FigureKey } from '../stats.schema.js';

/** The figures' names (中文 / English) and units, for exports and the docs. */
export const FIGURE_LABELS: Record<FigureKey, { zh: string; en: string; unit: 'count' | 'rate' | 'days' }> = {
  received: { zh: '收件量', en: 'Received', unit: 'count' },
  accepted: { zh: '受理量', en: 'Accepted', unit: 'count' },
  refused: { zh: '不予受理量', en: 'Refused', unit: 'count' },
  completed: { zh: '办结量', en: 'Completed', unit: 'count' },
  open: { zh: '在办量', en: 'Open', unit: 'count' },
  overdue: { zh: '超时件', en: 'Overdue', unit: 'count' },
  onTimeRate: { zh: '按时办结率', en: 'On-time rate', unit: 'rate' },
  promisedCompleted: { zh: '承诺件办结量', en: 'Promised-type completed', unit: 'count' },
  promisedEarlyRate: { zh: '承诺件提前办结率', en: 'Early completion rate (promised)', unit: 'rate' },
  promisedWithinRate: { zh: '承诺期内办结率', en: 'Within-promise rate', unit: 'rate' },
  onSpotRate: { zh: '现场办结率', en: 'On-the-spot rate', unit: 'rate' },
  promiseCompression: { zh: '承诺时限压缩比', en: 'Promise compression', unit: 'rate' },
  promisedSpeedup: { zh: '承诺提速', en: 'Promised speed-up', unit: 'rate' },
  actualSpeedup: { zh: '办理提速', en: 'Actual speed-up', unit: 'rate' },
  avgAcceptDays: { zh: '平均受理时间（工作日）', en: 'Mean days to accept', unit: 'days' },
  avgCompleteDays: { zh: '平均办结时间（工作日）', en: 'Mean days to complete', unit: 'days' },
  monthCompletionRate: { zh: '当月办结率', en: 'Same-month completion rate', unit: 'rate' },
  dailyCompletionRate: { zh: '日结率', en: 'Same-day completion rate', unit: 'rate' },
  evaluated: { zh: '评价量', en: 'Rated', unit: 'count' },
  evaluationRate: { zh: '评价率', en: 'Rating rate', unit: 'rate' },
  satisfactionRate: { zh: '满意率', en: 'Satisfaction rate', unit: 'rate' },
};
