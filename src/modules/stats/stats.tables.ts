import { sql, type OnConflictBuilder } from 'kysely';
import type { StatsDailyTable } from '../../db/schema-stats.js';
import type { RollupDelta } from './domain/contribution.js';
import { MEASURES, type Measure } from './domain/measures.js';

/** The rollup tables' layout, shared by the rollups' store and their journal's. */

/** Rollup column of a measure: acceptDays → accept_days. */
const column = (m: Measure) => m.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as Exclude<keyof StatsDailyTable, 'day' | 'center_id' | 'department_id' | 'window_id' | 'item_id' | 'staff_id'>;
export const COLUMNS = MEASURES.map(column);

export const DIMENSION_COLUMNS = ['center_id', 'department_id', 'window_id', 'item_id', 'staff_id'] as const;
/** The dimensions kept at the window grain (item and staff are '' there). */
export const WINDOW_DIMENSION_COLUMNS = ['center_id', 'department_id', 'window_id'] as const;

/** The fine grain (by item and staff) and the window grain (item and staff ''): queries without them read a few thousand rows a month. */
export const FINE = { daily: 'stats_daily', totals: 'stats_totals' } as const;
export const WINDOW = { daily: 'stats_daily_w', totals: 'stats_totals_w' } as const;
export type Grain = typeof FINE | typeof WINDOW;
/** The rollups' journal (migration 0015): rows in the shape of the fine grain's daily rollup. */
export const JOURNAL = 'stats_journal';

/** Rows per statement that writes daily rollup rows (29 parameters a row: under SQLite's 32,766). */
export const ROWS_PER_STATEMENT = 1000;

/** A delta as a daily rollup row (day, dimensions, measures: the column order of the parameters below). */
export const toRow = (d: RollupDelta) => {
  const row: Record<string, string | number> = {
    day: d.key.day, center_id: d.key.centerId, department_id: d.key.departmentId, window_id: d.key.windowId, item_id: d.key.itemId, staff_id: d.key.staffId,
  };
  MEASURES.forEach((k, i) => (row[COLUMNS[i]!] = d.measures[k]));
  return row as unknown as StatsDailyTable;
};

/** The parameters of an insert of `deltas` as daily rollup rows: each row's key and measures, in toRow's column order. */
export function dailyParameters(deltas: readonly RollupDelta[]): unknown[] {
  const parameters: unknown[] = [];
  for (const { key, measures } of deltas) {
    parameters.push(key.day, key.centerId, key.departmentId, key.windowId, key.itemId, key.staffId);
    for (const m of MEASURES) parameters.push(measures[m]);
  }
  return parameters;
}

/** ON CONFLICT (keys) DO UPDATE: each of `columns` of `table` plus the row that conflicted (rollups only ever add). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function adding(oc: OnConflictBuilder<any, any>, table: string, keys: readonly string[], columns: readonly string[]) {
  return oc.columns([...keys]).doUpdateSet(Object.fromEntries(columns.map((c) => [c, sql`${sql.ref(`${table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`])));
}
