import { PostgresAdapter, sql, type Selectable } from 'kysely';
import { reusedStatement } from '../../db/reused-statements.js';
import type { Executor, Trx } from '../../db/database.js';
import type { CaseDocumentTable } from '../../db/schema-case-documents.js';
import type { DocumentNumberFrame } from './domain/documents.js';

export type CaseDocumentRow = Selectable<CaseDocumentTable>;

/** Storage of case documents (文书) and their numbering. */
export const caseDocumentsStore = {
  /**
   * Inserts a document with the next number of its center, kind and year, its number's text
   * being `frame.before` + the sequence padded to `frame.digits` + `frame.after`. PostgreSQL:
   * one write-behind statement that takes the number and uses it (no round trip: nobody waits for
   * the number); SQLite: two write-behind statements, the number taken, then used (in SQLite's
   * printf, `%0*d` pads to the width given, as numberInFrame does).
   */
  async insertNumbered(trx: Trx, row: Omit<CaseDocumentRow, 'sequence' | 'number'>, frame: DocumentNumberFrame): Promise<void> {
    const r = row;
    if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) {
      const take = () => ({
        compile: () =>
          sql`insert into case_document_sequences (center_id, kind, year, last_sequence) values (${r.center_id}, ${r.kind}, ${r.year}, 1)
              on conflict (center_id, kind, year) do update set last_sequence = last_sequence + 1`.compile(trx),
      });
      const use = () => ({
        compile: () =>
          sql`insert into case_documents (id, case_id, center_id, kind, year, sequence, number, title, case_version, issued_on, issued_at, issued_by, content_json)
              select ${r.id}, ${r.case_id}, ${r.center_id}, ${r.kind}, ${r.year}, last_sequence, ${frame.before} || printf('%0*d', ${frame.digits}, last_sequence) || ${frame.after},
                     ${r.title}, ${r.case_version}, ${r.issued_on}, ${r.issued_at}, ${r.issued_by}, ${r.content_json}
              from case_document_sequences where center_id = ${r.center_id} and kind = ${r.kind} and year = ${r.year}`.compile(trx),
      });
      await trx.executeQuery(reusedStatement(trx, 'caseDocuments.takeSequenceInSqlite', [r.center_id, r.kind, r.year], take, { writeBehind: true }));
      const parameters = [r.id, r.case_id, r.center_id, r.kind, r.year, frame.before, frame.digits, frame.after, r.title, r.case_version, r.issued_on, r.issued_at, r.issued_by, r.content_json, r.center_id, r.kind, r.year];
      await trx.executeQuery(reusedStatement(trx, 'caseDocuments.insertNumberedInSqlite', parameters, use, { writeBehind: true, sqliteExpectsOneRow: true }));
      return;
    }
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
