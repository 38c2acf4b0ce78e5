import { sql } from 'kysely';
import type { Executor, Trx } from '../../db/database.js';
import { insertRows } from '../../db/reused-statements.js';
import type { ChainedAuditRecord } from './audit.domain.js';

/** Where the chain ends: the last record's sequence number and hash. */
export interface ChainHead {
  lastSeq: number;
  lastHash: string;
}

const AUDIT_COLUMNS = ['seq', 'id', 'at', 'actor_id', 'actor_name', 'action', 'entity_type', 'entity_id', 'center_id', 'before_json', 'after_json', 'request_id', 'prev_hash', 'hash'] as const;

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
  /** Reads the chain head and locks it for this transaction (PostgreSQL: FOR UPDATE). */
  async lockHead(trx: Trx, dialect: 'sqlite' | 'postgres'): Promise<ChainHead> {
    let query = trx.selectFrom('audit_head').select(['last_seq', 'last_hash']).where('id', '=', 1);
    if (dialect === 'postgres') query = query.forUpdate();
    const head = await query.executeTakeFirstOrThrow();
    return { lastSeq: Number(head.last_seq), lastHash: head.last_hash };
  },

  /**
   * Appends chained records after `expected` and moves the head to the last of them — only if the
   * head is still `expected` (sequence and hash); returns false, having written nothing, when it
   * moved. PostgreSQL: one statement (one round trip while the head's row lock is held).
   */
  async appendAfter(trx: Trx, records: readonly ChainedAuditRecord[], expected: ChainHead, dialect: 'sqlite' | 'postgres'): Promise<boolean> {
    const last = records.at(-1);
    if (!last) return true;
    if (dialect === 'postgres') {
      // Rows of the VALUES list in AUDIT_COLUMNS order; the sequence typed, the rest is text.
      const values = sql.join(
        records.map((record) => {
          const row = rowOf(record);
          return sql`(${sql.join(AUDIT_COLUMNS.map((c) => (c === 'seq' ? sql`${row.seq}::bigint` : sql`${row[c]}`)))})`;
        }),
      );
      const appended = await sql<{ seq: string }>`
        with moved as (
          update audit_head set last_seq = ${last.seq}, last_hash = ${last.hash}
          where id = 1 and last_seq = ${expected.lastSeq} and last_hash = ${expected.lastHash}
          returning id
        )
        insert into audit_events (${sql.join(AUDIT_COLUMNS.map((c) => sql.ref(c)))})
        select * from (values ${values}) as v(${sql.join(AUDIT_COLUMNS.map((c) => sql.ref(c)))})
        where exists (select 1 from moved)
        returning seq`.execute(trx);
      return appended.rows.length === records.length;
    }
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
