import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { CleanupRoundTable } from '../../db/schema.js';
import type { CleanupRound } from './catalog.records.js';

/** Storage of cleanup rounds (清理轮次). */

const toRound = (r: Selectable<CleanupRoundTable>): CleanupRound => ({
  id: r.id,
  title: r.title,
  documentNo: r.document_no,
  status: r.status,
  proposals: JSON.parse(r.proposals_json) as CleanupRound['proposals'],
  announcement: r.announcement_json === null ? null : (JSON.parse(r.announcement_json) as CleanupRound['announcement']),
  createdBy: r.created_by,
  approvedBy: r.approved_by,
  approvedAt: r.approved_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

function columns(round: CleanupRound) {
  return {
    title: round.title,
    document_no: round.documentNo,
    status: round.status,
    proposals_json: JSON.stringify(round.proposals),
    announcement_json: round.announcement === null ? null : JSON.stringify(round.announcement),
    approved_by: round.approvedBy,
    approved_at: round.approvedAt,
    updated_at: round.updatedAt,
  };
}

export const cleanupStore = {
  async list(db: Executor, status?: CleanupRound['status']): Promise<CleanupRound[]> {
    let q = db.selectFrom('cleanup_rounds').selectAll().orderBy('created_at', 'desc');
    if (status) q = q.where('status', '=', status);
    return (await q.execute()).map(toRound);
  },
  async find(db: Executor, id: string): Promise<CleanupRound | null> {
    const row = await db.selectFrom('cleanup_rounds').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toRound(row) : null;
  },
  async insert(db: Executor, round: CleanupRound): Promise<void> {
    await db.insertInto('cleanup_rounds').values({ id: round.id, ...columns(round), created_by: round.createdBy, created_at: round.createdAt }).execute();
  },
  async update(db: Executor, round: CleanupRound): Promise<void> {
    await db.updateTable('cleanup_rounds').set(columns(round)).where('id', '=', round.id).execute();
  },
};
