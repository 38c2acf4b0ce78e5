/**
 * Write-behind statements: inserts and upserts inside a transaction whose result the caller does
 * not need (a case event, a document, the statistics' rollups). On PostgreSQL they are sent at
 * once and not waited for — the connection pipelines them ahead of the next statement that is
 * waited for (pg-pool-client.ts) — so a transition costs a few round trips instead of one per
 * statement. On SQLite they are gathered and sent to the writer thread with the next statement
 * waited for, or the commit, in one message (sqlite-group-commit.ts). A write-behind statement
 * that fails fails its transaction: the next statement waited for, or the COMMIT, rejects with
 * its error and nothing is committed.
 *
 * A statement is marked by a comment that starts its SQL, so the mark travels through Kysely to
 * the driver with the statement itself.
 */
export const WRITE_BEHIND_MARK = '/* write-behind */ ';

export function markWriteBehind(sql: string): string {
  return sql.startsWith(WRITE_BEHIND_MARK) ? sql : WRITE_BEHIND_MARK + sql;
}

export function isWriteBehind(sql: string): boolean {
  return sql.startsWith(WRITE_BEHIND_MARK);
}

/**
 * SQLite: a statement that must change exactly one row (expected-rows.ts), checked by the writer
 * thread as it runs it, so it can be written behind like the others. Follows the write-behind mark.
 */
export const EXPECT_ONE_ROW_MARK = '/* expect one row */ ';

/** The code of the error when it did not: PostgreSQL's SQLSTATE of onewindow_expect_changed (migration 0012), and the SQLite writer's. */
export const UNEXPECTED_ROWS_CODE = 'OW409';

export function markExpectOneRow(sql: string): string {
  return EXPECT_ONE_ROW_MARK + sql;
}

export function expectsOneRow(sql: string): boolean {
  return sql.startsWith(EXPECT_ONE_ROW_MARK, isWriteBehind(sql) ? WRITE_BEHIND_MARK.length : 0);
}
