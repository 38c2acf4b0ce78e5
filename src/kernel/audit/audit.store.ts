import { insertRows } from '../../db/reused-statements.js';
import type { Executor, Trx } from '../../db/database.js';
import type { ChainedAuditRecord } from './audit.domain.js';

/** Storage of the audit chain. The only code that touches audit_events and audit_head. */
export const auditStore = {
  /** Reads the chain head and locks it for this transaction (PostgreSQL: FOR UPDATE). */
  async lockHead(trx: Trx, dialect: 'sqlite' | 'postgres'): Promise<{ lastSeq: number; lastHash: string }> {
    let query = trx.selectFrom('audit_head').select(['last_seq', 'last_hash']).where('id', '=', 1);
    if (dialect === 'postgres') query = query.forUpdate();
    const head = await query.executeTakeFirstOrThrow();
    return { lastSeq: Number(head.last_seq), lastHash: head.last_hash };
  },

  /** Appends chained records and moves the head to the last one (PostgreSQL: in one statement). */
  async append(trx: Trx, records: readonly ChainedAuditRecord[], dialect: 'sqlite' | 'postgres'): Promise<void> {
    const last = records.at(-1);
    if (!last) return;
    const rows = records.map((record) => ({
      seq: record.seq,
      id: record.id,
      at: record.at,
      actor_id: record.actorId,
      actor_name: record.actorName,
      action: record.action,
      entity_type: record.entityType,
      entity_id: record.entityId,
      center_id: record.centerId,
      before_json: record.beforeJson,
      after_json: record.afterJson,
      request_id: record.requestId,
      prev_hash: record.prevHash,
      hash: record.hash,
    }));
    const moveHead = { last_seq: last.seq, last_hash: last.hash };
    if (dialect === 'postgres') {
      // One round trip while the head is locked: every other write waits for this lock.
      await trx.with('appended', (db) => db.insertInto('audit_events').values(rows)).updateTable('audit_head').set(moveHead).where('id', '=', 1).execute();
      return;
    }
    await insertRows(trx, 'audit_events', rows);
    await trx.updateTable('audit_head').set(moveHead).where('id', '=', 1).execute();
  },

  async head(db: Executor): Promise<{ lastSeq: number; lastHash: string }> {
    const head = await db.selectFrom('audit_head').select(['last_seq', 'last_hash']).where('id', '=', 1).executeTakeFirstOrThrow();
    return { lastSeq: Number(head.last_seq), lastHash: head.last_hash };
  },

  async batchAfter(db: Executor, afterSeq: number, limit: number): Promise<ChainedAuditRecord[]> {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      seq: Number(r.seq),
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      centerId: r.center_id,
      beforeJson: r.before_json,
      afterJson: r.after_json,
      requestId: r.request_id,
      prevHash: r.prev_hash,
      hash: r.hash,
    }));
  },

  async list(
    db: Executor,
    filter: { entityType?: string; entityId?: string; centerIds?: string[]; limit: number; beforeSeq?: number },
  ) {
    let query = db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(filter.limit);
    if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
    if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
    if (filter.beforeSeq) query = query.where('seq', '<', filter.beforeSeq);
    if (filter.centerIds) query = query.where('center_id', 'in', filter.centerIds);
    return query.execute();
  },
};
