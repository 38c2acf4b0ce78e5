import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { reusedRowsStatement, reusedValuesStatement } from './reused-statements.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

describeEachDialect('reused statements', (use, dialect) => {
  const db = () => use().db as unknown as AnyDb;
  const insert = async (rows: Record<string, unknown>[]) => db().executeQuery(reusedRowsStatement(db() as never, 'insert:probe', rows, () => db().insertInto('probe').values(rows)));
  const upsert = async (rows: Record<string, unknown>[]) =>
    db().executeQuery(
      reusedRowsStatement(db() as never, 'upsert:probe', rows, () =>
        db()
          .insertInto('probe')
          .values(rows)
          .onConflict((oc) => oc.column('k').doUpdateSet({ n: sql`probe.n + excluded.n` })),
      ),
    );
  const all = async () => (await db().selectFrom('probe').select(['k', 'label', 'n']).orderBy('k').execute()).map((r) => ({ ...r, n: Number(r.n) }));

  it('binds each run’s values to the right columns, whatever the key order of the row objects', async () => {
    await sql`create table probe (k text primary key, label text not null, n integer not null)`.execute(db());
    await insert([{ k: 'a', label: 'first', n: 1 }]);
    await insert([{ n: 2, label: 'second', k: 'b' }]); // same shape, keys in another order: its own statement
    await insert([{ k: 'c', label: 'third', n: 3 }]); // reuses the first statement with new values
    await insert([
      { k: 'd', label: 'fourth', n: 4 },
      { k: 'e', label: 'fifth', n: 5 },
    ]);
    expect(await all()).toEqual([
      { k: 'a', label: 'first', n: 1 },
      { k: 'b', label: 'second', n: 2 },
      { k: 'c', label: 'third', n: 3 },
      { k: 'd', label: 'fourth', n: 4 },
      { k: 'e', label: 'fifth', n: 5 },
    ]);
  });

  it('reuses an upsert whose conflict clause has no parameters', async () => {
    await upsert([{ k: 'a', label: 'x', n: 10 }]);
    await upsert([{ k: 'f', label: 'sixth', n: 6 }]);
    await upsert([{ k: 'a', label: 'x', n: 100 }]);
    expect((await all()).filter((r) => r.k === 'a' || r.k === 'f')).toEqual([
      { k: 'a', label: 'first', n: 111 },
      { k: 'f', label: 'sixth', n: 6 },
    ]);
  });

  it('refuses rows of different columns, and a statement whose parameters are not the rows’ values', async () => {
    await expect(insert([{ k: 'g', label: 'x', n: 1 }, { k: 'h', label: 'y' }])).rejects.toThrow(/same columns/);
    const withExtra = [{ k: 'i', label: 'x', n: 1 }];
    await expect(async () =>
      db().executeQuery(reusedRowsStatement(db() as never, 'insert:probe-extra', withExtra, () => db().insertInto('probe').values(withExtra).onConflict((oc) => oc.column('k').doUpdateSet({ label: 'constant' })))),
    ).rejects.toThrow(/not the ones given/);
    expect((await all()).map((r) => r.k)).not.toContain('g');
  });

  it('takes the values a caller lists row by row, checks their order against Kysely’s once, and builds large statements each time', async () => {
    const insertValues = async (shape: string, rows: { k: string; label: string; n: number }[], values: (r: { k: string; label: string; n: number }) => unknown[]) =>
      db().executeQuery(reusedValuesStatement(db() as never, shape, rows.length, rows.flatMap(values), () => db().insertInto('probe').values(rows)));
    const inOrder = (r: { k: string; label: string; n: number }) => [r.k, r.label, r.n];
    await insertValues('values:probe', [{ k: 'v1', label: 'one', n: 1 }], inOrder);
    await insertValues('values:probe', [{ k: 'v2', label: 'two', n: 2 }], inOrder); // reused with new values
    await expect(insertValues('values:probe-wrong', [{ k: 'v3', label: 'three', n: 3 }], (r) => [r.label, r.k, r.n])).rejects.toThrow(/not the ones given/);
    const many = Array.from({ length: 40 }, (_, i) => ({ k: `w${String(i).padStart(2, '0')}`, label: 'many', n: i }));
    await insertValues('values:probe', many, inOrder);
    const rows = (await all()).filter((r) => r.k.startsWith('v') || r.k.startsWith('w'));
    expect(rows.slice(0, 2)).toEqual([
      { k: 'v1', label: 'one', n: 1 },
      { k: 'v2', label: 'two', n: 2 },
    ]);
    expect(rows.map((r) => r.k)).not.toContain('v3');
    expect(rows.filter((r) => r.k.startsWith('w')).map((r) => r.n)).toEqual(many.map((r) => r.n));
  });

  it.runIf(dialect === 'postgres')('runs as named prepared statements on PostgreSQL, other SQL unnamed', async () => {
    await db()
      .transaction()
      .execute(async (trx) => {
        const rows = [{ k: 'p', label: 'prepared', n: 7 }];
        await trx.executeQuery(reusedRowsStatement(trx as never, 'insert:probe', rows, () => trx.insertInto('probe').values(rows)));
        await sql`select count(*) from probe`.execute(trx);
        const prepared = (await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(trx)).rows;
        const insert = prepared.find((p) => /insert into "probe"/i.test(p.statement));
        expect(insert?.name).toMatch(/^ow_\d+$/);
        expect(prepared.some((p) => /select count/i.test(p.statement))).toBe(false);
      });
    expect((await all()).find((r) => r.k === 'p')).toEqual({ k: 'p', label: 'prepared', n: 7 });
  });
});
