import type { Insertable } from 'kysely';
import type { Executor } from '../../../db/database.js';
import type { CaseRatingTable, CaseTable } from '../../../db/schema-cases.js';

/**
 * Bulk writes of the history import. A multi-row INSERT carries at most this many bound values:
 * SQLite's limit is 32,766, PostgreSQL's 65,535; the same statement text is reused for every
 * full chunk (SQLite's statement cache, PostgreSQL's parse).
 */
const MAX_VALUES_PER_STATEMENT = 30_000;

async function insertChunked<T extends object>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0]!).length;
  const size = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / perRow));
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export const caseImportStore = {
  /** Which of a center's case numbers exist already. */
  async existingCaseNumbers(db: Executor, centerId: string, caseNos: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < caseNos.length; i += MAX_VALUES_PER_STATEMENT) {
      const rows = await db
        .selectFrom('cases')
        .select('case_no')
        .where('center_id', '=', centerId)
        .where('case_no', 'in', caseNos.slice(i, i + MAX_VALUES_PER_STATEMENT))
        .execute();
      for (const r of rows) found.add(r.case_no);
    }
    return found;
  },
  async insertCases(db: Executor, rows: readonly Insertable<CaseTable>[]): Promise<void> {
    await insertChunked(rows, (chunk) => db.insertInto('cases').values(chunk).execute());
  },
  async insertRatings(db: Executor, rows: readonly Insertable<CaseRatingTable>[]): Promise<void> {
    await insertChunked(rows, (chunk) => db.insertInto('case_ratings').values(chunk).execute());
  },
};
