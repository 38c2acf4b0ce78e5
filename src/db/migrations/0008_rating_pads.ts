import type { Kysely } from 'kysely';

/** Rating pads (评价器): tablets bound to a window, authenticated by a token stored only as its hash. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rating_pads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('window_id', 'text', (c) => c.notNull())
    .addColumn('center_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('last_seen_at', 'text')
    .execute();
  await db.schema.createIndex('rating_pads_window_idx').on('rating_pads').column('window_id').execute();
  await db.schema.createIndex('cases_window_served_idx').on('cases').columns(['window_id', 'state']).execute();
}

export async function down(): Promise<void> {
  throw new Error('OneWindow migrations only go forward.');
}
