import type { ExpressionBuilder, Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import type { OnlineApplicationTable } from '../../db/schema-online.js';
import type { CaseRow } from './cases.store.js';

export type OnlineApplicationRow = Selectable<OnlineApplicationTable>;

/** An online application with its case, once submitted. */
export interface OnlineApplicationWithCase {
  application: OnlineApplicationRow;
  case: CaseRow | null;
}

/** A draft whose fields and files were all last changed before `before`. */
const untouchedSince =
  (before: string) =>
  ({ and, eb, not, exists, selectFrom }: ExpressionBuilder<Database & { a: Database['online_applications'] }, 'a'>) =>
    and([
      eb('a.state', '=', 'draft'),
      eb('a.updated_at', '<', before),
      not(exists(selectFrom('case_uploads as u').select('u.id').whereRef('u.case_id', '=', 'a.id').where('u.created_at', '>=', before))),
    ]);

/** Storage of online applications (网上申请): the only code that touches online_applications. */
export const onlineStore = {
  async insert(db: Executor, row: OnlineApplicationRow): Promise<void> {
    await db.insertInto('online_applications').values(row).execute();
  },
  async find(db: Executor, id: string): Promise<OnlineApplicationRow | null> {
    return (await db.selectFrom('online_applications').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
  },
  /** Applies changes only at `version`; returns whether it matched. */
  async updateIfVersion(db: Executor, id: string, version: number, changes: Partial<OnlineApplicationRow>): Promise<boolean> {
    const result = await db.updateTable('online_applications').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
  /** An account's applications, newest first, with their cases. */
  async ofAccount(db: Executor, accountId: string, limit = 200): Promise<OnlineApplicationWithCase[]> {
    const applications = await db.selectFrom('online_applications').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    const caseIds = applications.flatMap((a) => (a.case_id ? [a.case_id] : []));
    const cases = caseIds.length ? await db.selectFrom('cases').selectAll().where('id', 'in', caseIds).execute() : [];
    return applications.map((application) => ({ application, case: cases.find((c) => c.id === application.case_id) ?? null }));
  },
  /**
   * Marks a draft as changed now (a file added), in the upload's transaction: it locks the row, so
   * a purge or a submission at the same moment either waits for the upload or has already made it
   * fail (false: the draft is gone or no longer a draft).
   */
  async touchDraft(db: Executor, id: string, at: string): Promise<boolean> {
    const result = await db.updateTable('online_applications').set({ updated_at: at }).where('id', '=', id).where('state', '=', 'draft').executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
  /** Drafts last changed (edited, or a file added) before `before`, oldest first. */
  async abandonedDrafts(db: Executor, before: string, limit: number): Promise<OnlineApplicationRow[]> {
    return db.selectFrom('online_applications as a').selectAll('a').where(untouchedSince(before)).orderBy('a.updated_at').limit(limit).execute();
  },
  /** Deletes a draft still at `version` and still untouched since `before` (a file may have come meanwhile); returns whether it did. */
  async deleteAbandonedDraft(db: Executor, id: string, version: number, before: string): Promise<boolean> {
    const result = await db
      .deleteFrom('online_applications as a')
      .where('a.id', '=', id)
      .where('a.version', '=', version)
      .where(untouchedSince(before))
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  },
};
