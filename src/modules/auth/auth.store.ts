import type { Executor } from '../../db/database.js';
import type { SessionTimes } from './auth.domain.js';

export interface Credentials {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  active: boolean;
  failedLogins: number;
  lockedUntil: string | null;
}

export interface SessionRecord extends SessionTimes {
  id: string;
  staffId: string;
  csrfToken: string;
}

/** Storage of credentials and server-side sessions. */
export const authStore = {
  async credentials(db: Executor, username: string): Promise<Credentials | null> {
    const row = await db
      .selectFrom('staff')
      .select(['id', 'username', 'display_name', 'password_hash', 'active', 'failed_logins', 'locked_until'])
      .where('username', '=', username)
      .executeTakeFirst();
    return row
      ? {
          id: row.id,
          username: row.username,
          displayName: row.display_name,
          passwordHash: row.password_hash,
          active: row.active === 1,
          failedLogins: row.failed_logins,
          lockedUntil: row.locked_until,
        }
      : null;
  },
  async credentialsById(db: Executor, id: string): Promise<Credentials | null> {
    const row = await db.selectFrom('staff').select('username').where('id', '=', id).executeTakeFirst();
    return row ? authStore.credentials(db, row.username) : null;
  },
  async setLoginState(db: Executor, staffId: string, state: { failedLogins: number; lockedUntil: string | null }): Promise<void> {
    await db.updateTable('staff').set({ failed_logins: state.failedLogins, locked_until: state.lockedUntil }).where('id', '=', staffId).execute();
  },
  async setPassword(db: Executor, staffId: string, passwordHash: string, at: string): Promise<void> {
    await db
      .updateTable('staff')
      .set({ password_hash: passwordHash, password_changed_at: at, updated_at: at, failed_logins: 0, locked_until: null })
      .where('id', '=', staffId)
      .execute();
  },
  async insertSession(db: Executor, session: SessionRecord, client: { ip: string; userAgent: string }): Promise<void> {
    await db
      .insertInto('sessions')
      .values({
        id: session.id,
        staff_id: session.staffId,
        csrf_token: session.csrfToken,
        created_at: session.createdAt,
        last_seen_at: session.lastSeenAt,
        expires_at: session.expiresAt,
        ip: client.ip,
        user_agent: client.userAgent.slice(0, 300),
      })
      .execute();
  },
  async findSession(db: Executor, id: string): Promise<SessionRecord | null> {
    const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return row
      ? { id: row.id, staffId: row.staff_id, csrfToken: row.csrf_token, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at }
      : null;
  },
  async touchSession(db: Executor, id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await db.updateTable('sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('id', '=', id).execute();
  },
  async deleteSession(db: Executor, id: string): Promise<void> {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
  },
  async deleteSessionsOf(db: Executor, staffId: string, exceptId?: string): Promise<void> {
    let q = db.deleteFrom('sessions').where('staff_id', '=', staffId);
    if (exceptId) q = q.where('id', '!=', exceptId);
    await q.execute();
  },
  async deleteExpiredSessions(db: Executor, now: string): Promise<void> {
    await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  },
};
