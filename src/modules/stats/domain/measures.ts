/**
 * The additive measures kept in the rollups (统计汇总量). Every measure is an integer sum over
 * cases, keyed by one calendar day (the day of the event it counts) and the dimensions below,
 * so any period and any filter is a plain SUM. figures.ts turns sums into the reported figures.
 */
export const MEASURES = [
  /** Cases received (收件) on the day. */
  'received',
  /** Cases accepted (受理, deemed acceptance included) on the day. */
  'accepted',
  /** Σ working days from receipt to acceptance, over the cases accepted on the day. */
  'acceptDays',
  /** Cases refused (不予受理) on the day. */
  'refused',
  /** Cases completed (办结) on the day. */
  'completed',
  /** … of which on or before the deadline day. */
  'onTime',
  /** … of which after the deadline day (超时办结). */
  'late',
  /** Promised-type (承诺件) cases completed on the day. */
  'promisedCompleted',
  /** … of which before the deadline day. */
  'promisedEarly',
  /** … of which on or before the deadline day. */
  'promisedWithin',
  /** Cases completed on their day of acceptance. */
  'onSpot',
  /** Σ working days used from acceptance to completion (suspensions excluded), over completions. */
  'completeDays',
  /** Σ legal limits (法定时限) over completions. */
  'legalCompleted',
  /** Σ promised limits / Σ legal limits over all cases accepted on the day. */
  'promisedSumAll',
  'legalSumAll',
  /** Σ promised limits / Σ legal limits over promised-type cases accepted on the day. */
  'promisedSumPromised',
  'legalSumPromised',
  /** Cases accepted on the day and completed in the same calendar month / on the same day. */
  'sameMonth',
  'sameDay',
  /** Completed on the day and rated (评价); of those rated 基本满意 or better. */
  'evaluated',
  'satisfied',
  /** +1 on the day of acceptance, −1 on the day the case closed: Σ over days ≤ E = open at E. */
  'openDelta',
  /** +1 the day after the deadline, −1 on the closing day if later: Σ over days ≤ E = open past the deadline at E. */
  'overdueDelta',
] as const;

export type Measure = (typeof MEASURES)[number];
export type Measures = Record<Measure, number>;

export function zeroMeasures(): Measures {
  // A literal (not built from MEASURES): the hot path of rebuilds. measures.test.ts checks it has every measure.
  return {
    received: 0, accepted: 0, acceptDays: 0, refused: 0, completed: 0, onTime: 0, late: 0, promisedCompleted: 0, promisedEarly: 0, promisedWithin: 0, onSpot: 0,
    completeDays: 0, legalCompleted: 0, promisedSumAll: 0, legalSumAll: 0, promisedSumPromised: 0, legalSumPromised: 0, sameMonth: 0, sameDay: 0, evaluated: 0,
    satisfied: 0, openDelta: 0, overdueDelta: 0,
  };
}

/** a + sign·b, measure by measure (a new object). */
export function addMeasures(a: Measures, b: Measures, sign = 1): Measures {
  const out = zeroMeasures();
  for (const m of MEASURES) out[m] = a[m] + sign * b[m];
  return out;
}

export function isZero(m: Measures): boolean {
  return MEASURES.every((k) => m[k] === 0);
}

/** The dimensions of a rollup row. Empty string stands for "none" (a case without a window or staff). */
export interface Dimensions {
  centerId: string;
  departmentId: string;
  windowId: string;
  itemId: string;
  staffId: string;
}

export interface RollupKey extends Dimensions {
  day: string;
}

export const keyString = (k: RollupKey): string => `${k.day}|${k.centerId}|${k.departmentId}|${k.windowId}|${k.itemId}|${k.staffId}`;
