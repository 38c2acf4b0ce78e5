import { CompiledQuery, type Compilable, type Insertable } from 'kysely';
import type { Executor } from './database.js';
import type { Database } from './schema.js';

/**
 * Statements on the hot path of every case transition, built and compiled by Kysely once per
 * dialect and shape, then run with new parameters: building and compiling an insert of a dozen
 * columns costs more than SQLite takes to run it.
 *
 * A shape is a statement whose parameters are exactly its rows' values, row by row, in column
 * order (a multi-row INSERT, an upsert whose conflict clause has no parameters). That is checked
 * against Kysely's own parameters when the shape is first built, so a statement that is not of
 * this form fails loudly at once rather than binding values to the wrong columns.
 */
const texts = new WeakMap<object, Map<string, string>>();
/** Larger statements (batch imports, rebuilds) are rare and varied: built each time, not kept. */
const MAX_REUSED_ROWS = 16;

export function reusedRowsStatement(db: Executor, shape: string, rows: readonly Record<string, unknown>[], build: () => Compilable): CompiledQuery {
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
  const adapter = db.getExecutor().adapter;
  let byShape = texts.get(adapter);
  if (!byShape) texts.set(adapter, (byShape = new Map()));
  const key = `${shape}|${columns.join(',')}|${rows.length}`;
  let text = byShape.get(key);
  if (text === undefined) {
    const compiled = build().compile();
    if (compiled.parameters.length !== parameters.length || compiled.parameters.some((p, i) => p !== parameters[i])) {
      throw new Error(`${shape}: its parameters are not its rows' values in column order.`);
    }
    byShape.set(key, (text = compiled.sql));
  }
  return CompiledQuery.raw(text, parameters);
}

/** INSERT INTO table VALUES rows (all with the same columns), compiled once per shape. */
export async function insertRows<T extends keyof Database & string>(db: Executor, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const plain = rows as unknown as readonly Record<string, unknown>[];
  await db.executeQuery(reusedRowsStatement(db, `insert:${table}`, plain, () => db.insertInto(table).values(rows as never)));
}
