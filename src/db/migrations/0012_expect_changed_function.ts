import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * PostgreSQL only: `onewindow_expect_changed(changed, expected)` fails the statement — and so its
 * transaction — with SQLSTATE OW409 when a statement changed another number of rows than it
 * had to. A versioned update that lost a race (of two clerks acting at once) is then noticed in
 * the database, so the update can be sent without waiting for its answer (db/expected-rows.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`
    create function onewindow_expect_changed(changed bigint, expected bigint) returns bigint
    language plpgsql as $$
    begin
      if changed <> expected then
        raise exception using errcode = 'OW409', message = format('changed %s rows instead of %s', changed, expected);
      end if;
      return changed;
    end
    $$`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('OneWindow migrations only go forward.');
}
