import type { Selectable } from 'kysely';
import { insertRows } from '../../db/reused-statements.js';
import type { Executor } from '../../db/database.js';
import type { CaseDocumentTable } from '../../db/schema-case-documents.js';

export type CaseDocumentRow = Selectable<CaseDocumentTable>;

/** Storage of case documents (文书) and their numbering. */
export const caseDocumentsStore = {
  /** The next number of a center's documents of a kind in a year, atomically (row lock / SQLite's writer lock). */
  async nextSequence(db: Executor, centerId: string, kind: string, year: number): Promise<number> {
    const row = await db
      .insertInto('case_document_sequences')
      .values({ center_id: centerId, kind, year, last_sequence: 1 })
      .onConflict((oc) => oc.columns(['center_id', 'kind', 'year']).doUpdateSet((eb) => ({ last_sequence: eb('case_document_sequences.last_sequence', '+', 1) })))
      .returning('last_sequence')
      .executeTakeFirstOrThrow();
    return Number(row.last_sequence);
  },
  async insert(db: Executor, row: CaseDocumentRow): Promise<void> {
    await insertRows(db, 'case_documents', [row], { writeBehind: true });
  },
  async ofCase(db: Executor, caseId: string): Promise<CaseDocumentRow[]> {
    return db.selectFrom('case_documents').selectAll().where('case_id', '=', caseId).orderBy('case_version').orderBy('id').execute();
  },
  async find(db: Executor, caseId: string, id: string): Promise<CaseDocumentRow | null> {
    return (await db.selectFrom('case_documents').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst()) ?? null;
  },
};
