/**
 * The SQL texts of the reused statements (reused-statements.ts) and their names as PostgreSQL
 * prepared statements: database.ts runs them by name, so each connection parses and plans them
 * once instead of on every run.
 */
const preparedNames = new Map<string, string>();

/** Gives a reused statement's SQL its name (once; the same text keeps its name). */
export function namePrepared(sql: string): void {
  if (!preparedNames.has(sql)) preparedNames.set(sql, `ow_${preparedNames.size + 1}`);
}

/** The prepared statement's name of this SQL, or undefined for SQL that is not a reused statement. */
export function preparedNameOf(sql: string): string | undefined {
  return preparedNames.get(sql);
}
