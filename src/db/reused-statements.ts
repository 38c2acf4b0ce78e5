import type { CompiledQuery, Compilable, Insertable } from 'kysely';
import type { Executor } from './database.js';
import { namePrepared } from './prepared-statements.js';
import type { Database } from './schema.js';
import { markExpectOneRow, markWriteBehind } from './write-behind.js';

/**
 * Statements on the hot path of every case transition, built and compiled by Kysely once per
 * dialect and shape, then run with new parameters: building and compiling an insert of a dozen
 * columns costs more than SQLite takes to run it.
 *
 * The parameters a caller passes are checked against Kysely's own when the shape is first built,
 * so a statement whose parameters are not what the caller thinks fails loudly at once rather
 * than binding values to the wrong columns. The compiled query keeps its operation node, so the
 * SQLite driver still sends a read outside transactions to its reader connection.
 */
const compiledByAdapter = new WeakMap<object, Map<string, CompiledQuery>>();

/** Larger statements (batch imports, rebuilds) are rare and varied: built each time, not kept. */
const MAX_REUSED_ROWS = 16;

export interface ReuseOptions {
  /** The caller needs neither rows nor a count: in a transaction it is written behind (write-behind.ts). */
  writeBehind?: boolean;
  /** SQLite only: the writer thread fails the transaction unless the statement changes exactly one row (write-behind.ts); PostgreSQL checks that in SQL (expected-rows.ts). */
  sqliteExpectsOneRow?: boolean;
}

/**
 * The statement of `shape` (a name that, with the dialect, determines its SQL text) with these
 * parameters: built and compiled by `build` the first time, checked to take exactly
 * `parameters`, in this order.
 */
export function reusedStatement(db: Executor, shape: string, parameters: readonly unknown[], build: () => Compilable, options: ReuseOptions = {}): CompiledQuery {
  const adapter = db.getExecutor().adapter;
  let byShape = compiledByAdapter.get(adapter);
  if (!byShape) compiledByAdapter.set(adapter, (byShape = new Map()));
  const key = `${shape}${options.writeBehind ? '|behind' : ''}${options.sqliteExpectsOneRow ? '|one' : ''}`;
  let compiled = byShape.get(key);
  if (compiled === undefined) {
    compiled = build().compile();
    if (compiled.parameters.length !== parameters.length || compiled.parameters.some((p, i) => p !== parameters[i])) {
      throw new Error(`${shape}: its parameters are not the ones given, in order.`);
    }
    if (options.sqliteExpectsOneRow) compiled = { ...compiled, sql: markExpectOneRow(compiled.sql) };
    if (options.writeBehind) compiled = { ...compiled, sql: markWriteBehind(compiled.sql) };
    byShape.set(key, compiled);
    namePrepared(compiled.sql);
  }
  return { ...compiled, parameters };
}

/** A statement whose parameters are exactly its rows' values, row by row, in column order (a multi-row INSERT, an upsert whose conflict clause has none). */
export function reusedRowsStatement(db: Executor, shape: string, rows: readonly Record<string, unknown>[], build: () => Compilable, options: ReuseOptions = {}): CompiledQuery {
  if (rows.length > MAX_REUSED_ROWS) return build().compile();
  const columns = Object.keys(rows[0] ?? {});
  const parameters: unknown[] = [];
  for (const row of rows) {
    if (Object.keys(row).length !== columns.length) throw new Error(`${shape}: every row must have the same columns.`);
    for (const column of columns) {
      if (!(column in row)) throw new Error(`${shape}: every row must have the same columns.`);
      parameters.push(row[column]);
    }
  }
  return reusedValuesStatement(db, `${shape}|${columns.join(',')}`, rows.length, parameters, build, options);
}

/**
 * A statement of `rowCount` rows whose parameters the caller lists, row by row in column order
 * (reusedRowsStatement without the row objects): compiled once per shape and row count, checked
 * against Kysely's parameters then; built each time beyond MAX_REUSED_ROWS rows.
 */
export function reusedValuesStatement(db: Executor, shape: string, rowCount: number, parameters: readonly unknown[], build: () => Compilable, options: ReuseOptions = {}): CompiledQuery {
  if (rowCount > MAX_REUSED_ROWS) return build().compile();
  return reusedStatement(db, `${shape}|${rowCount}`, parameters, build, options);
}

/** INSERT INTO table VALUES rows (all with the same columns), compiled once per shape. */
export async function insertRows<T extends keyof Database & string>(db: Executor, table: T, rows: readonly Insertable<Database[T]>[], options: ReuseOptions = {}): Promise<void> {
  if (rows.length === 0) return;
  const plain = rows as unknown as readonly Record<string, unknown>[];
  await db.executeQuery(reusedRowsStatement(db, `insert:${table}`, plain, () => db.insertInto(table).values(rows as never), options));
}

/** Runs a reused statement (see reusedStatement): its rows, and how many rows it changed. */
export async function runReused<R>(db: Executor, shape: string, parameters: readonly unknown[], build: () => Compilable): Promise<{ rows: R[]; changed: number }> {
  const result = await db.executeQuery<R>(reusedStatement(db, shape, parameters, build));
  return { rows: result.rows, changed: Number(result.numAffectedRows ?? 0n) };
}
