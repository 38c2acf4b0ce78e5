import type { Kysely } from 'kysely';

/**
 * The fingerprint of the request a receipt's idempotency key was first used with: a retry with the
 * same key and the same request gets the same case; the same key with another request is refused
 * (a client bug that would otherwise get someone else's case). Empty for keys remembered before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('case_requests').addColumn('request_hash', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('OneWindow migrations only go forward.');
}
