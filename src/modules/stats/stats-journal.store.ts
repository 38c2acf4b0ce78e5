import { PostgresAdapter, sql, type Compilable, type SqlBool } from 'kysely';
import type { Executor, Trx } from '../../db/database.js';
import { reusedStatement, reusedValuesStatement } from '../../db/reused-statements.js';
import type { RollupDelta } from './domain/contribution.js';
import { isZero } from './domain/measures.js';
import { COLUMNS, DIMENSION_COLUMNS, FINE, JOURNAL, ROWS_PER_STATEMENT, WINDOW, WINDOW_DIMENSION_COLUMNS, adding, dailyParameters, toRow, type Grain } from './stats.tables.js';

/**
 * Storage of the rollups' journal (统计汇总流水, migration 0015): each case transaction appends
 * its deltas, at the fine grain, in the shape of a daily rollup row; a drain moves every journal
 * row into the rollups, summed by key at both grains, and deletes it, in one transaction.
 */

/** The PostgreSQL advisory lock a drain and a rebuild hold until they commit: one at a time, across instances. */
const DRAIN_LOCK = 2_026_120_515;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCreator = any;

const sum = (c: string) => sql`sum(${sql.ref(c)})`;
const anyNonZero = (columns: readonly string[]) => sql<SqlBool>`${sql.join(columns.map((c) => sql`${sum(c)} <> 0`), sql` or `)}`;

/**
 * INSERT … SELECT of the journal rows in `source` into `grain`'s daily rollup or in-flight totals,
 * summed by key, adding to the rows there. Keys are written in order, as every rollup writer does.
 * (`WHERE true`: SQLite needs a WHERE before an upsert's ON CONFLICT after a SELECT.)
 */
function grainInsert(db: AnyCreator, source: string, grain: Grain, part: 'daily' | 'totals'): Compilable {
  const kept = grain === FINE ? DIMENSION_COLUMNS : WINDOW_DIMENSION_COLUMNS;
  const keys = part === 'daily' ? ['day', ...kept] : [...kept];
  const measures = part === 'daily' ? COLUMNS : ['open_delta', 'overdue_delta'];
  const dropped = grain === FINE ? [] : [sql`''`.as('item_id'), sql`''`.as('staff_id')];
  const table = grain[part];
  const grouped = db
    .selectFrom(source)
    .select([...keys.map((k) => sql.ref(k).as(k)), ...dropped, ...measures.map((c) => sum(c).as(c))])
    .where(sql<SqlBool>`true`)
    .groupBy(keys)
    .having(anyNonZero(measures));
  const select = keys.reduce((q, k) => q.orderBy(sql.ref(k)), grouped);
  const keyColumns = part === 'daily' ? ['day', ...DIMENSION_COLUMNS] : [...DIMENSION_COLUMNS];
  return db
    .insertInto(table)
    .columns([...keyColumns, ...measures])
    .expression(select)
    .onConflict((oc: Parameters<typeof adding>[0]) => adding(oc, table, keyColumns, measures));
}

const PARTS = [
  [FINE, 'daily'],
  [FINE, 'totals'],
  [WINDOW, 'daily'],
  [WINDOW, 'totals'],
] as const;

export const statsJournalStore = {
  /** Appends deltas (those not all zero) to the journal, one row each, written behind in a transaction. */
  async append(db: Executor, deltas: readonly RollupDelta[]): Promise<void> {
    const rows = deltas.filter((d) => !isZero(d.measures));
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
      await db.executeQuery(
        reusedValuesStatement(db, `insert:${JOURNAL}`, chunk.length, dailyParameters(chunk), () => db.insertInto(JOURNAL).values(chunk.map(toRow)), { writeBehind: true }),
      );
    }
  },

  /** Whether the journal holds any committed row (outside a transaction: SQLite's reader). */
  async hasEntries(db: Executor): Promise<boolean> {
    return (await db.selectFrom(JOURNAL).select(sql<number>`1`.as('one')).limit(1).executeTakeFirst()) !== undefined;
  },

  /** PostgreSQL: waits for any other drain or rebuild, and holds them off until this transaction ends (SQLite has one writer anyway). */
  async lockDrains(trx: Trx): Promise<void> {
    if (trx.getExecutor().adapter instanceof PostgresAdapter) await sql`select pg_advisory_xact_lock(${sql.lit(DRAIN_LOCK)})`.execute(trx);
  },

  /** Moves every journal row this transaction sees into the rollups (lockDrains first); the number of journal rows moved. */
  async drain(trx: Trx): Promise<number> {
    if (trx.getExecutor().adapter instanceof PostgresAdapter) {
      // One statement: the rows summed are exactly the rows it deleted (its snapshot's).
      const statement = reusedStatement(trx, 'drain:stats_journal', [], () => {
        let q: AnyCreator = trx.with('drained', (db: AnyCreator) => db.deleteFrom(JOURNAL).returningAll());
        PARTS.forEach(([grain, part], i) => (q = q.with(`moved_${i}`, (db: AnyCreator) => grainInsert(db, 'drained', grain, part))));
        return q.selectFrom('drained').select(sql<string>`count(*)`.as('n'));
      });
      const result = await trx.executeQuery<{ n: string }>(statement);
      return Number(result.rows[0]!.n);
    }
    // SQLite: one writer, so nothing else runs between this unit's inserts and its delete.
    for (const [grain, part] of PARTS) {
      await trx.executeQuery(reusedStatement(trx, `drain:${grain[part]}`, [], () => grainInsert(trx, JOURNAL, grain, part), { writeBehind: true }));
    }
    const deleted = await trx.deleteFrom(JOURNAL).executeTakeFirst();
    return Number(deleted.numDeletedRows);
  },

  /** Deletes the journal rows of some centers (all when omitted), before their rebuild (which counts what they held). */
  async clear(db: Executor, centerIds?: readonly string[]): Promise<void> {
    if (centerIds?.length === 0) return;
    await (centerIds ? db.deleteFrom(JOURNAL).where('center_id', 'in', [...centerIds]) : db.deleteFrom(JOURNAL)).execute();
  },
};
