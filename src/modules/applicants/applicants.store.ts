import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { ApplicantAccountTable, ApplicantSessionTable } from '../../db/schema-online.js';

export type ApplicantAccountRow = Selectable<ApplicantAccountTable>;
export type ApplicantSessionRow = Selectable<ApplicantSessionTable>;

/** Storage of applicant accounts and their sessions: the only code that touches these tables. */
export const applicantsStore = {
  async byLoginName(db: Executor, loginName: string): Promise<ApplicantAccountRow | null> {
    return (await db.selectFrom('applicant_accounts').selectAll().where('login_name', '=', loginName).executeTakeFirst()) ?? null;
  },
  async find(db: Executor, id: string): Promise<ApplicantAccountRow | null> {
    return (await db.selectFrom('applicant_accounts').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
  },
  async insert(db: Executor, row: ApplicantAccountRow): Promise<void> {
    await db.insertInto('applicant_accounts').values(row).execute();
  },
  async setLoginState(db: Executor, id: string, state: { failedLogins: number; lockedUntil: string | null }): Promise<void> {
    await db.updateTable('applicant_accounts').set({ failed_logins: state.failedLogins, locked_until: state.lockedUntil }).where('id', '=', id).execute();
  },

  async insertSession(db: Executor, row: ApplicantSessionRow): Promise<void> {
    await db.insertInto('applicant_sessions').values(row).execute();
  },
  async findSession(db: Executor, id: string): Promise<ApplicantSessionRow | null> {
    return (await db.selectFrom('applicant_sessions').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
  },
  async touchSession(db: Executor, id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await db.updateTable('applicant_sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('id', '=', id).execute();
  },
  async deleteSession(db: Executor, id: string): Promise<void> {
    await db.deleteFrom('applicant_sessions').where('id', '=', id).execute();
  },
};
