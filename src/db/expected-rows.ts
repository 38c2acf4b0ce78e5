import { PostgresAdapter, type Compilable } from 'kysely';
import type { Trx } from './database.js';
import { reusedStatement } from './reused-statements.js';
import { UNEXPECTED_ROWS_CODE } from './write-behind.js';

/** Whether `error` says a statement run by updateExactlyOne found no row to change (raised by PostgreSQL, or by the SQLite writer thread). */
export function isUnexpectedRowCount(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNEXPECTED_ROWS_CODE;
}

/**
 * Runs an UPDATE (built by `build`, with exactly `parameters`, see reusedStatement) that must
 * change exactly one row, else its transaction fails with an error isUnexpectedRowCount knows.
 * Sent write-behind on both databases, the count checked where the statement runs — SQLite: by
 * the writer thread (its mark, write-behind.ts); PostgreSQL: by the database in the same
 * statement (onewindow_expect_changed). The failure comes at the latest with the COMMIT, and
 * nothing of the transaction is committed.
 */
export async function updateExactlyOne(trx: Trx, shape: string, parameters: readonly unknown[], build: () => Compilable): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) {
    await trx.executeQuery(reusedStatement(trx, shape, parameters, build, { writeBehind: true, sqliteExpectsOneRow: true }));
    return;
  }
  const checked = () => ({
    compile() {
      const update = build().compile();
      return { ...update, sql: `with changed as (${update.sql} returning 1) select onewindow_expect_changed((select count(*) from changed), 1)` };
    },
  });
  await trx.executeQuery(reusedStatement(trx, `${shape}|checked`, parameters, checked, { writeBehind: true }));
}
