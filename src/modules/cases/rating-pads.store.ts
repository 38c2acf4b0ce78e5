import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { RatingPadTable } from '../../db/schema-cases.js';
import type { CaseRow } from './cases.store.js';
import { SERVED_STATES } from './domain/rating-pad.js';

export type RatingPadRow = Selectable<RatingPadTable>;

/** Storage of rating pads (评价器), and the case a pad shows. */
export const ratingPadsStore = {
  async insert(db: Executor, row: RatingPadRow): Promise<void> {
    await db.insertInto('rating_pads').values(row).execute();
  },
  async find(db: Executor, id: string): Promise<RatingPadRow | null> {
    return (await db.selectFrom('rating_pads').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
  },
  async byTokenHash(db: Executor, tokenHash: string): Promise<RatingPadRow | null> {
    return (await db.selectFrom('rating_pads').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst()) ?? null;
  },
  async list(db: Executor, centerIds: readonly string[], windowId?: string): Promise<RatingPadRow[]> {
    let q = db.selectFrom('rating_pads').selectAll().where('center_id', 'in', [...centerIds, '']);
    if (windowId) q = q.where('window_id', '=', windowId);
    return q.orderBy('created_at', 'desc').orderBy('id').execute();
  },
  async revoke(db: Executor, id: string, at: string): Promise<void> {
    await db.updateTable('rating_pads').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  },
  /** The pad's heartbeat (not audited: it is no change of anything, like a session's last-seen time). */
  async touch(db: Executor, id: string, at: string): Promise<void> {
    await db.updateTable('rating_pads').set({ last_seen_at: at }).where('id', '=', id).execute();
  },

  /** The case most recently completed or delivered at the window since `since`, not yet rated. */
  async lastServedUnrated(db: Executor, windowId: string, since: string): Promise<CaseRow | null> {
    const row = await db
      .selectFrom('cases')
      .selectAll('cases')
      .where('cases.window_id', '=', windowId)
      .where('cases.state', 'in', [...SERVED_STATES])
      .where((eb) => eb(eb.fn.coalesce('cases.delivered_at', 'cases.completed_at'), '>=', since))
      .where((eb) => eb.not(eb.exists(eb.selectFrom('case_ratings').select('case_ratings.case_id').whereRef('case_ratings.case_id', '=', 'cases.id'))))
      .orderBy((eb) => eb.fn.coalesce('cases.delivered_at', 'cases.completed_at'), 'desc')
      .orderBy('cases.id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ?? null;
  },
  /** Who completed or delivered the case last: the clerk the applicant just met. */
  async servingClerk(db: Executor, caseId: string): Promise<string | null> {
    const row = await db
      .selectFrom('case_events')
      .select('actor_name')
      .where('case_id', '=', caseId)
      .where('type', 'in', ['complete', 'deliver'])
      .orderBy('case_version', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.actor_name ?? null;
  },
};
