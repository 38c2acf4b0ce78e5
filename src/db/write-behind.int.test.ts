import { CompiledQuery, sql, type Kysely } from 'kysely';
import pg from 'pg';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { pgUrlFor } from '../../test/support/pg-admin.js';
import { markWriteBehind } from './write-behind.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

describeEachDialect('write-behind statements', (use, dialect) => {
  const db = () => use().db as unknown as AnyDb;
  const p = (i: number) => (dialect === 'postgres' ? `$${i}` : '?');
  const insertBehind = (k: string, n: number) => CompiledQuery.raw(markWriteBehind(`insert into probe_wb (k, n) values (${p(1)}, ${p(2)})`), [k, n]);
  const keys = async () => (await db().selectFrom('probe_wb').select('k').orderBy('k').execute()).map((r) => r.k as string);

  it('are part of their transaction: later statements see them, and they commit with it', async () => {
    await sql`create table probe_wb (k text primary key, n integer not null)`.execute(db());
    const counted = await db()
      .transaction()
      .execute(async (trx) => {
        await trx.executeQuery(insertBehind('a', 1));
        await trx.executeQuery(insertBehind('b', 2));
        return Number((await sql<{ c: number }>`select count(*) as c from probe_wb`.execute(trx)).rows[0]!.c);
      });
    expect(counted).toBe(2);
    expect(await keys()).toEqual(['a', 'b']);
  });

  it('fail their transaction with their own error, at the next statement waited for, and nothing of it is committed', async () => {
    const failed = db()
      .transaction()
      .execute(async (trx) => {
        await trx.executeQuery(insertBehind('c', 3));
        await trx.executeQuery(insertBehind('a', 9)); // the key is taken
        await sql`select count(*) from probe_wb`.execute(trx);
      });
    await expect(failed).rejects.toThrow(/duplicate key|UNIQUE constraint/);
    await expect(failed).rejects.not.toThrow(/aborted/);
    expect(await keys()).toEqual(['a', 'b']);
  });

  it('fail the COMMIT when no statement waited for follows them', async () => {
    const failed = db()
      .transaction()
      .execute(async (trx) => {
        await trx.executeQuery(insertBehind('d', 4));
        await trx.executeQuery(insertBehind('b', 9));
      });
    await expect(failed).rejects.toThrow(/duplicate key|UNIQUE constraint/);
    expect(await keys()).toEqual(['a', 'b']);
  });

  it('outside a transaction are waited for like any statement', async () => {
    await expect(db().executeQuery(insertBehind('a', 9))).rejects.toThrow(/duplicate key|UNIQUE constraint/);
    await db().executeQuery(insertBehind('e', 5));
    expect(await keys()).toEqual(['a', 'b', 'e']);
  });

  it.runIf(dialect === 'postgres')('are not waited for on PostgreSQL: one blocked by a lock lets the transaction go on until a statement is waited for', async () => {
    const name = (await sql<{ name: string }>`select current_database() as name`.execute(db())).rows[0]!.name;
    const holder = new pg.Client({ connectionString: pgUrlFor(name) });
    await holder.connect();
    try {
      await holder.query('select pg_advisory_lock(4242)');
      const blocked = CompiledQuery.raw(markWriteBehind('insert into probe_wb (k, n) select $1, $2 from (select pg_advisory_xact_lock(4242)) as locked'), ['f', 6]);
      await db()
        .transaction()
        .execute(async (trx) => {
          // Were it waited for, this would wait for the holder, which lets go only after it.
          await trx.executeQuery(blocked);
          await holder.query('select pg_advisory_unlock(4242)');
          expect(Number((await sql<{ c: number }>`select count(*) as c from probe_wb where k = 'f'`.execute(trx)).rows[0]!.c)).toBe(1);
        });
    } finally {
      await holder.end();
    }
    expect(await keys()).toEqual(['a', 'b', 'e', 'f']);
  });
});
