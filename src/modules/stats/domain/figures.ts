import type { Figures } from '../stats.schema.js';
import type { Measures } from './measures.js';

/**
 * Every figure a center reports (DESIGN.md §4), defined once, over the rollup measures of a
 * period [from, to] (measures.ts) and the open/overdue counts at its end. docs/figures.md
 * documents each with its check from the reference reports. Rates are unrounded fractions;
 * null when their denominator is 0.
 */

/** a ÷ b, or null when b is 0. */
export const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
/** 1 − a ÷ b, or null when b is 0 (提速: how much shorter than the legal limit). */
export const speedup = (a: number, b: number): number | null => (b === 0 ? null : 1 - a / b);

/** Counts at the end E of the period (in-flight measures summed over all days ≤ E). */
export interface AtEnd {
  /** 在办量: accepted on or before E and not closed (completed, withdrawn, terminated) by E. */
  open: number;
  /** Open at E with the deadline day before E. */
  overdueOpen: number;
}

export function figuresOf(m: Measures, end: AtEnd): Figures {
  return {
    /** 收件量: received in the period. */
    received: m.received,
    /** 受理量: accepted in the period (deemed acceptance included, dated the day of receipt). */
    accepted: m.accepted,
    /** 不予受理量: refused in the period. */
    refused: m.refused,
    /** 办结量: completed in the period. */
    completed: m.completed,
    /** 在办量: open at the end of the period. */
    open: end.open,
    /** 超时件: completed in the period after the deadline day + open at the end past the deadline day. */
    overdue: m.late + end.overdueOpen,
    /** 按时办结率 = completed on or before the deadline day ÷ completed. */
    onTimeRate: ratio(m.onTime, m.completed),
    /** 承诺件办结量. */
    promisedCompleted: m.promisedCompleted,
    /** 承诺件提前办结率 = promised-type completed before the deadline day ÷ promised-type completed. */
    promisedEarlyRate: ratio(m.promisedEarly, m.promisedCompleted),
    /** 承诺期内办结率 = promised-type completed on or before the deadline day ÷ promised-type completed. */
    promisedWithinRate: ratio(m.promisedWithin, m.promisedCompleted),
    /** 现场办结率 = completed on the day of acceptance ÷ completed. */
    onSpotRate: ratio(m.onSpot, m.completed),
    /** 承诺时限压缩比 = Σ promised limits ÷ Σ legal limits, over promised-type cases accepted. */
    promiseCompression: ratio(m.promisedSumPromised, m.legalSumPromised),
    /** 承诺提速 = 1 − mean promised limit ÷ mean legal limit, over all cases accepted (即办件 promise 0). */
    promisedSpeedup: speedup(m.promisedSumAll, m.legalSumAll),
    /** 办理提速 = 1 − Σ working days used ÷ Σ legal limits, over completed cases. */
    actualSpeedup: speedup(m.completeDays, m.legalCompleted),
    /** 平均受理时间 = mean working days from receipt to acceptance, over cases accepted. */
    avgAcceptDays: ratio(m.acceptDays, m.accepted),
    /** 平均办结时间 = mean working days from acceptance to completion (suspensions excluded), over completed. */
    avgCompleteDays: ratio(m.completeDays, m.completed),
    /** 当月办结率 = accepted and completed in the same calendar month ÷ accepted. */
    monthCompletionRate: ratio(m.sameMonth, m.accepted),
    /** 日结率 = accepted and completed the same day ÷ accepted. */
    dailyCompletionRate: ratio(m.sameDay, m.accepted),
    /** 评价量: completed cases that are rated. */
    evaluated: m.evaluated,
    /** 评价率 = rated ÷ completed. */
    evaluationRate: ratio(m.evaluated, m.completed),
    /** 满意率 = rated 非常满意, 满意 or 基本满意 ÷ rated. */
    satisfactionRate: ratio(m.satisfied, m.evaluated),
  };
}

/** A window's share of completions (窗口办件占比) = its completed ÷ all completed. */
export const windowShare = (windowCompleted: number, allCompleted: number): number | null => ratio(windowCompleted, allCompleted);

/** Relative change (current − base) ÷ base, for 同比 / 环比; null when the base is 0 or missing. */
export function change(current: number | null, base: number | null): number | null {
  if (current === null || base === null || base === 0) return null;
  return (current - base) / base;
}
