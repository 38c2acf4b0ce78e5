import type { Kysely } from 'kysely';

/** Year notices entered by the center, local closures, and service hours per center. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendar_notices')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('documents_json', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('days_json', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('calendar_closures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('center_id', 'text', (c) => c.notNull().references('centers.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('calendar_closures_center_date_unique', ['center_id', 'date'])
    .execute();

  await db.schema
    .createTable('center_service_hours')
    .addColumn('center_id', 'text', (c) => c.primaryKey().references('centers.id'))
    .addColumn('workday', 'text', (c) => c.notNull())
    .addColumn('saturday', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('OneWindow migrations only go forward.');
}
