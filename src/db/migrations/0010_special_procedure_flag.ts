import { sql, type Kysely } from 'kysely';

/**
 * Cases that entered a special procedure (Art. 45: suspended at least once) are flagged
 * `special_procedure`, as every suspension flags its case from now on: a case without the flag
 * has no suspensions, so its clock needs no read of them.
 */
export async function up(untyped: Kysely<unknown>): Promise<void> {
  // The columns as they are at this migration (not the application's current schema types).
  const db = untyped as Kysely<{ cases: { id: string; flags: string }; case_suspensions: { case_id: string } }>;
  await db
    .updateTable('cases')
    .set({ flags: sql`case when flags = '' then 'special_procedure' else flags || ',special_procedure' end` })
    .where('id', 'in', db.selectFrom('case_suspensions').select('case_id'))
    .where('flags', 'not like', '%special_procedure%')
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('OneWindow migrations only go forward.');
}
