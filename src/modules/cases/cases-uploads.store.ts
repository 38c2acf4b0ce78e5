import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { CaseUploadTable } from '../../db/schema-cases.js';

export type CaseUploadRow = Selectable<CaseUploadTable>;

/** Storage of uploaded files' records (the bytes live under the data folder, see cases-uploads.service.ts). */
export const caseUploadsStore = {
  async list(db: Executor, caseId: string): Promise<CaseUploadRow[]> {
    return db.selectFrom('case_uploads').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
  },
  async listOf(db: Executor, caseIds: readonly string[]): Promise<CaseUploadRow[]> {
    if (caseIds.length === 0) return [];
    return db.selectFrom('case_uploads').selectAll().where('case_id', 'in', [...caseIds]).orderBy('created_at').orderBy('id').execute();
  },
  async count(db: Executor, caseId: string): Promise<number> {
    const row = await db.selectFrom('case_uploads').select((eb) => eb.fn.countAll<number>().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow();
    return Number(row.n);
  },
  async find(db: Executor, caseId: string, id: string): Promise<CaseUploadRow | null> {
    return (await db.selectFrom('case_uploads').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst()) ?? null;
  },
  async insert(db: Executor, row: Insertable<CaseUploadTable>): Promise<void> {
    await db.insertInto('case_uploads').values(row).execute();
  },
  /** Deletes every file record of a case or draft; returns them (their bytes are the caller's to remove). */
  async deleteAllOf(db: Executor, caseId: string): Promise<CaseUploadRow[]> {
    const rows = await db.selectFrom('case_uploads').selectAll().where('case_id', '=', caseId).execute();
    if (rows.length > 0) await db.deleteFrom('case_uploads').where('case_id', '=', caseId).execute();
    return rows;
  },
  async delete(db: Executor, id: string): Promise<void> {
    await db.deleteFrom('case_uploads').where('id', '=', id).execute();
  },
};
