import { sql } from 'kysely';
import type { Executor, Trx } from '../../db/database.js';
import { insertRows, reusedStatement } from '../../db/reused-statements.js';
import { auditContentAfterSeq, type AuditRecordContent, type ChainedAuditRecord } from './audit.domain.js';

/** Where the chain ends: the last record's sequence number and hash. */
export interface ChainHead {
  lastSeq: number;
  lastHash: string;
}

const rowOf = (record: ChainedAuditRecord) => ({
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
});

/** Storage of the audit chain. The only code that touches audit_events and audit_head. */
export const auditStore = {
  /**
   * SQLite: appends chained records after `expected` and moves the head to the last of them —
   * only if the head is still `expected` (sequence and hash); returns false, having written
   * nothing, when it moved (another process, such as the CLI, appended in between).
   */
  async appendAfter(trx: Trx, records: readonly ChainedAuditRecord[], expected: ChainHead): Promise<boolean> {
    const last = records.at(-1);
    if (!last) return true;
    const moved = await trx
      .updateTable('audit_head')
      .set({ last_seq: last.seq, last_hash: last.hash })
      .where('id', '=', 1)
      .where('last_seq', '=', expected.lastSeq)
      .where('last_hash', '=', expected.lastHash)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) return false;
    await insertRows(trx, 'audit_events', records.map(rowOf));
    return true;
  },

  /**
   * PostgreSQL: appends records after the head, numbered and hashed by the database
   * (onewindow_append_audit, migration 0011), without waiting for the answer — it travels with
   * the COMMIT; should it fail, so does the transaction.
   */
  async appendInDatabase(trx: Trx, records: readonly Omit<AuditRecordContent, 'seq'>[]): Promise<void> {
    const json = JSON.stringify(
      records.map((r) => ({
        id: r.id,
        at: r.at,
        actor_id: r.actorId,
        actor_name: r.actorName,
        action: r.action,
        entity_type: r.entityType,
        entity_id: r.entityId,
        center_id: r.centerId,
        before_json: r.beforeJson,
        after_json: r.afterJson,
        request_id: r.requestId,
        tail: auditContentAfterSeq(r),
      })),
    );
    await trx.executeQuery(reusedStatement(trx, 'audit.appendInDatabase', [json], () => ({ compile: () => sql`select onewindow_append_audit(${json}::json)`.compile(trx) }), { writeBehind: true }));
  },

  /** The chain head; in SQLite's writer transaction, no other writer can move it meanwhile. */
  async head(db: Executor): Promise<ChainHead> {
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
