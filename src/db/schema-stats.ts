/** The rollup tables of the stats module (统计汇总); see src/modules/stats/domain/measures.ts. */
interface RollupMeasureColumns {
  received: number;
  accepted: number;
  accept_days: number;
  refused: number;
  completed: number;
  on_time: number;
  late: number;
  promised_completed: number;
  promised_early: number;
  promised_within: number;
  on_spot: number;
  complete_days: number;
  legal_completed: number;
  promised_sum_all: number;
  legal_sum_all: number;
  promised_sum_promised: number;
  legal_sum_promised: number;
  same_month: number;
  same_day: number;
  evaluated: number;
  satisfied: number;
  open_delta: number;
  overdue_delta: number;
}

interface RollupDimensionColumns {
  center_id: string;
  department_id: string;
  /** '' when the case has no window. */
  window_id: string;
  item_id: string;
  /** The staff member who received the case (收件人); '' when unknown (e.g. online or imported). */
  staff_id: string;
}

/** Σ contribution(case) per day and dimensions (stats_daily); stats_daily_w: the same without item and staff ('' there). */
export interface StatsDailyTable extends RollupDimensionColumns, RollupMeasureColumns {
  day: string;
}

/** Σ over all days of the in-flight deltas, per dimensions: open(E) = total − Σ over days after E. */
export interface StatsTotalsTable extends RollupDimensionColumns {
  open_delta: number;
  overdue_delta: number;
}

