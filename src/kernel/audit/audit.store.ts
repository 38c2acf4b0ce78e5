import { PostgresAdapter, sql } from 'kysely';
import type { Executor, Trx } from '../../db/database.js';
import { reusedStatement } from '../../db/reused-statements.js';
import { auditContentAfterSeq, type AuditRecordContent, type ChainedAuditRecord } from './audit.domain.js';

/** Where the chain ends: the last record's sequence number and hash. */
export interface ChainHead {
  lastSeq: number;
  lastHash: string;
}

async function appendInSqlite(trx: Trx, r: Omit<AuditRecordContent, 'seq'>): Promise<void> {
  const parameters = [r.id, r.at, r.actorId, r.actorName, r.action, r.entityType, r.entityId, r.centerId, r.beforeJson, r.afterJson, r.requestId];
  const insert = () => ({
    compile: () =>
      sql`insert into audit_events (seq, id, at, actor_id, actor_name, action, entity_type, entity_id, center_id, before_json, after_json, request_id, prev_hash, hash)
          select seq, id, at, actor_id, actor_name, action, entity_type, entity_id, center_id, before_json, after_json, request_id, prev_hash,
                 onewindow_audit_hash(prev_hash, seq, id, at, actor_id, actor_name, action, entity_type, entity_id, center_id, before_json, after_json, request_id)
          from (select last_seq + 1 as seq, ${r.id} as id, ${r.at} as at, ${r.actorId} as actor_id, ${r.actorName} as actor_name, ${r.action} as action,
                       ${r.entityType} as entity_type, ${r.entityId} as entity_id, ${r.centerId} as center_id, ${r.beforeJson} as before_json,
                       ${r.afterJson} as after_json, ${r.requestId} as request_id, last_hash as prev_hash
                from audit_head where id = 1)`.compile(trx),
  });
  const moveHead = () => ({
    compile: () => sql`update audit_head set last_seq = last_seq + 1, last_hash = (select hash from audit_events where seq = audit_head.last_seq + 1) where id = 1`.compile(trx),
  });
  const options = { writeBehind: true, sqliteExpectsOneRow: true };
  await trx.executeQuery(reusedStatement(trx, 'audit.appendInSqlite', parameters, insert, options));
  await trx.executeQuery(reusedStatement(trx, 'audit.moveHeadInSqlite', [], moveHead, options));
}

/**
 * PostgreSQL, one record (a case transition's): numbered, hashed and inserted after the head, and
 * the head moved onto it, in one statement instead of a call of onewindow_append_audit — whose
 * PL/pgSQL call and JSON parsing were a fifth of PostgreSQL's CPU in a transition, all of it under
 * the head's lock. The head is read FOR UPDATE: should another transaction move it meanwhile, the
 * lock waits for it and yields the head as it left it (READ COMMITTED), and the UPDATE then moves
 * that version. Same hash as the function's and auditHash (audit.domain.ts).
 */
async function appendOneInPostgres(trx: Trx, r: Omit<AuditRecordContent, 'seq'>): Promise<void> {
  const tail = auditContentAfterSeq(r);
  const parameters = [r.id, r.at, r.actorId, r.actorName, r.action, r.entityType, r.entityId, r.centerId, r.beforeJson, r.afterJson, r.requestId, tail];
  const append = () => ({
    compile: () =>
      sql`with head as (select last_seq + 1 as seq, last_hash as prev_hash from audit_head where id = 1 for update),
          appended as (
            insert into audit_events (seq, id, at, actor_id, actor_name, action, entity_type, entity_id, center_id, before_json, after_json, request_id, prev_hash, hash)
            select seq, ${r.id}, ${r.at}, ${r.actorId}, ${r.actorName}, ${r.action}, ${r.entityType}, ${r.entityId}, ${r.centerId}, ${r.beforeJson}, ${r.afterJson}, ${r.requestId}, prev_hash,
                   encode(sha256(convert_to(prev_hash || E'\\n' || '[' || seq::text || ${tail}, 'UTF8')), 'hex')
            from head
            returning seq, hash)
          update audit_head set last_seq = appended.seq, last_hash = appended.hash from appended where audit_head.id = 1`.compile(trx),
  });
  await trx.executeQuery(reusedStatement(trx, 'audit.appendOneInPostgres', parameters, append, { writeBehind: true }));
}

/** Storage of the audit chain. The only code that touches audit_events and audit_head. */
export const auditStore = {
  /**
   * Appends records after the head, numbered and hashed by the database as it writes them, in
   * write-behind statements: nobody waits for an answer, and should one fail, so does the
   * transaction. PostgreSQL: onewindow_append_audit (migrations 0011, 0014), under the head's row
   * lock. SQLite: per record, an insert that takes its number and previous hash from the head and
   * its hash from onewindow_audit_hash (the writer thread's function of the record's fields: the
   * formula of audit.domain.ts, the record's canonical content made there, not sent twice),
   * then the head moved onto it; the group's transaction holds SQLite's write lock, so no other
   * writer (the CLI beside the server) can move the head in between.
   */
  async appendInDatabase(trx: Trx, records: readonly Omit<AuditRecordContent, 'seq'>[]): Promise<void> {
    if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) {
      for (const record of records) await appendInSqlite(trx, record);
      return;
    }
    if (records.length === 1) return appendOneInPostgres(trx, records[0]!);
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
