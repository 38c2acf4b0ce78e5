import type { Kysely } from 'kysely';

const MEASURES = [
  'received', 'accepted', 'accept_days', 'refused', 'completed', 'on_time', 'late', 'promised_completed', 'promised_early',
  'promised_within', 'on_spot', 'complete_days', 'legal_completed', 'promised_sum_all', 'legal_sum_all', 'promised_sum_promised',
  'legal_sum_promised', 'same_month', 'same_day', 'evaluated', 'satisfied', 'open_delta', 'overdue_delta',
];
const DIMENSIONS = ['center_id', 'department_id', 'window_id', 'item_id', 'staff_id'];

/** Statistics rollups (统计汇总): per day and dimensions, and in-flight totals (see src/modules/stats). */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Two grains: by item and staff (fine), and without them (by window: a month is a few thousand rows).
  for (const grain of ['', '_w']) {
    let daily = db.schema.createTable(`stats_daily${grain}`).addColumn('day', 'text', (c) => c.notNull());
    for (const d of DIMENSIONS) daily = daily.addColumn(d, 'text', (c) => c.notNull());
    for (const m of MEASURES) daily = daily.addColumn(m, 'integer', (c) => c.notNull().defaultTo(0));
    await daily.addPrimaryKeyConstraint(`stats_daily${grain}_pk`, ['day', ...DIMENSIONS] as never).execute();
    await db.schema.createIndex(`stats_daily${grain}_center_day_idx`).on(`stats_daily${grain}`).columns(['center_id', 'day']).execute();

    let totals = db.schema.createTable(`stats_totals${grain}`);
    for (const d of DIMENSIONS) totals = totals.addColumn(d, 'text', (c) => c.notNull());
    totals = totals.addColumn('open_delta', 'integer', (c) => c.notNull().defaultTo(0)).addColumn('overdue_delta', 'integer', (c) => c.notNull().defaultTo(0));
    await totals.addPrimaryKeyConstraint(`stats_totals${grain}_pk`, DIMENSIONS as never).execute();
  }

  // The public screen's recent acceptances and results, and the raw computation's period scans.
  await db.schema.createIndex('stats_cases_accepted_on_idx').on('cases').column('accepted_on').execute();
  await db.schema.createIndex('stats_cases_completed_on_idx').on('cases').column('completed_on').execute();
}

export async function down(): Promise<void> {
  throw new Error('OneWindow migrations only go forward.');
}
