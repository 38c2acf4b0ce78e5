/**
 * Write-behind statements: inserts and upserts inside a transaction whose result the caller does
 * not need (a case event, a document, the statistics' rollups). On PostgreSQL they are sent at
 * once and not waited for — the connection pipelines them ahead of the next statement that is
 * waited for (pg-pool-client.ts) — so a transition costs a few round trips instead of one per
 * statement. A write-behind statement that fails fails its transaction: the next statement
 * waited for, or the COMMIT, rejects with its error and nothing is committed. On SQLite (in the
 * process, no round trips) they simply run.
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
 * A statement that waits until the transaction's write-behind statements have been answered —
 * and fails with the first one's error — without sending anything (pg-pool-client.ts). Needed
 * before a transaction waits for anything outside the database, such as a lock of this process:
 * its write-behind statements may be waiting for rows that the lock's holder has locked.
 */
export const WRITE_BEHIND_WAIT = '/* write-behind: wait */ select 1';
