import { PostgresAdapter, sql, type Selectable } from 'kysely';
import { insertRows, reusedStatement } from '../../db/reused-statements.js';
import type { Executor, Trx } from '../../db/database.js';
import type { CaseDocumentTable } from '../../db/schema-case-documents.js';
import { numberInFrame, type DocumentNumberFrame } from './domain/documents.js';

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
  /**
   * Inserts a document with the next number of its center, kind and year, its number's text
   * being `frame.before` + the sequence padded to `frame.digits` + `frame.after`. PostgreSQL:
   * one write-behind statement that takes the number and uses it (no round trip: nobody waits for
   * the number); SQLite: the number, then the insert.
   */
  async insertNumbered(trx: Trx, row: Omit<CaseDocumentRow, 'sequence' | 'number'>, frame: DocumentNumberFrame): Promise<void> {
    if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) {
      const sequence = await caseDocumentsStore.nextSequence(trx, row.center_id, row.kind, row.year);
      await insertRows(trx, 'case_documents', [{ ...row, sequence, number: numberInFrame(frame, sequence) }]);
      return;
    }
    const r = row;
    const build = () => ({
      compile: () =>
        sql`with numbered as (
              insert into case_document_sequences (center_id, kind, year, last_sequence) values (${r.center_id}, ${r.kind}, ${r.year}, 1)
              on conflict (center_id, kind, year) do update set last_sequence = case_document_sequences.last_sequence + 1
              returning last_sequence
            )
            insert into case_documents (id, case_id, center_id, kind, year, sequence, number, title, case_version, issued_on, issued_at, issued_by, content_json)
            select ${r.id}, ${r.case_id}, ${r.center_id}, ${r.kind}, ${r.year}::integer, last_sequence,
                   ${frame.before}::text || lpad(last_sequence::text, greatest(${frame.digits}::integer, length(last_sequence::text)), '0') || ${frame.after}::text,
                   ${r.title}, ${r.case_version}::integer, ${r.issued_on}, ${r.issued_at}, ${r.issued_by}, ${r.content_json}
            from numbered`.compile(trx),
    });
    const parameters = [r.center_id, r.kind, r.year, r.id, r.case_id, r.center_id, r.kind, r.year, frame.before, frame.digits, frame.after, r.title, r.case_version, r.issued_on, r.issued_at, r.issued_by, r.content_json];
    await trx.executeQuery(reusedStatement(trx, 'caseDocuments.insertNumbered', parameters, build, { writeBehind: true }));
  },
  async ofCase(db: Executor, caseId: string): Promise<CaseDocumentRow[]> {
    return db.selectFrom('case_documents').selectAll().where('case_id', '=', caseId).orderBy('case_version').orderBy('id').execute();
  },
  async find(db: Executor, caseId: string, id: string): Promise<CaseDocumentRow | null> {
    return (await db.selectFrom('case_documents').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst()) ?? null;
  },
};
