import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import type { Trx } from './database.js';
import { isUnexpectedRowCount, updateExactlyOne } from './expected-rows.js';
import { insertRows } from './reused-statements.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

describeEachDialect('updates that must change exactly one row', (use) => {
  const db = () => use().db as unknown as AnyDb;
  const bump = (trx: Trx, k: string, version: number) =>
    updateExactlyOne(trx, 'probe.bump', [version + 1, k, version], () => (trx as unknown as AnyDb).updateTable('probe_v').set({ version: version + 1 }).where('k', '=', k).where('version', '=', version));
  const state = async () => (await db().selectFrom('probe_v').select(['k', 'version']).orderBy('k').execute()).map((r) => `${r.k}@${Number(r.version)}`);

  it('commit when the row is at the version', async () => {
    await sql`create table probe_v (k text primary key, version integer not null)`.execute(db());
    await db().insertInto('probe_v').values({ k: 'a', version: 1 }).execute();
    await db().transaction().execute(async (trx) => bump(trx as never, 'a', 1));
    expect(await state()).toEqual(['a@2']);
  });

  it('fail their transaction when the version moved, and nothing of it is committed', async () => {
    const failed = db()
      .transaction()
      .execute(async (trx) => {
        await insertRows(trx as never, 'probe_v' as never, [{ k: 'b', version: 1 }] as never, { writeBehind: true });
        await bump(trx as never, 'a', 1); // a is at version 2
        await insertRows(trx as never, 'probe_v' as never, [{ k: 'c', version: 1 }] as never, { writeBehind: true });
      });
    const error = await failed.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUnexpectedRowCount(error)).toBe(true);
    expect(await state()).toEqual(['a@2']);
  });
});
