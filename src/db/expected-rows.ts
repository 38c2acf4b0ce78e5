import { PostgresAdapter, type Compilable } from 'kysely';
import type { Trx } from './database.js';
import { runReused, reusedStatement } from './reused-statements.js';

/** The SQLSTATE of onewindow_expect_changed (migration 0012). */
const UNEXPECTED_ROWS_SQLSTATE = 'OW409';

/** A statement changed another number of rows than it had to: a versioned update whose version moved. */
export class UnexpectedRowCount extends Error {
  constructor(shape: string) {
    super(`${shape}: the row was not at the expected version`);
  }
}

/** Whether `error` says a statement run by updateExactlyOne found no row to change (thrown here, or raised by PostgreSQL). */
export function isUnexpectedRowCount(error: unknown): boolean {
  return error instanceof UnexpectedRowCount || (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNEXPECTED_ROWS_SQLSTATE);
}

/**
 * Runs an UPDATE (built by `build`, with exactly `parameters`, see reusedStatement) that must
 * change exactly one row, else its transaction fails with an error isUnexpectedRowCount knows.
 * SQLite: checked at once. PostgreSQL: the count is checked by the database in the same statement
 * (onewindow_expect_changed), sent write-behind — the failure comes at the latest with the
 * COMMIT, and nothing of the transaction is committed.
 */
export async function updateExactlyOne(trx: Trx, shape: string, parameters: readonly unknown[], build: () => Compilable): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) {
    const { changed } = await runReused(trx, shape, parameters, build);
    if (changed !== 1) throw new UnexpectedRowCount(shape);
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
