import type { Kysely } from 'kysely';

// The columns of stats_daily as migration 0009 made them, written out again: a migration stands alone.

const MEASURES = [
  'received', 'accepted', 'accept_days', 'refused', 'completed', 'on_time', 'late', 'promised_completed', 'promised_early',
  'promised_within', 'on_spot', 'complete_days', 'legal_completed', 'promised_sum_all', 'legal_sum_all', 'promised_sum_promised',
  'legal_sum_promised', 'same_month', 'same_day', 'evaluated', 'satisfied', 'open_delta', 'overdue_delta',
];
const DIMENSIONS = ['center_id', 'department_id', 'window_id', 'item_id', 'staff_id'];

/**
 * The rollups' journal (统计汇总流水): what each case transaction adds to the statistics, in the
 * shape of a fine-grain daily rollup row, appended in the case's transaction and drained into the
 * rollups a moment later, many transactions at once (src/modules/stats, docs/figures.md). A queue
 * that is only ever appended to and drained whole: no key and no index, so an append is the
 * cheapest write a table has.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  let journal = db.schema.createTable('stats_journal').addColumn('day', 'text', (c) => c.notNull());
  for (const d of DIMENSIONS) journal = journal.addColumn(d, 'text', (c) => c.notNull());
  for (const m of MEASURES) journal = journal.addColumn(m, 'integer', (c) => c.notNull().defaultTo(0));
  await journal.execute();
}

export async function down(): Promise<void> {
  throw new Error('OneWindow migrations only go forward.');
}
