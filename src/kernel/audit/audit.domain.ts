import { hash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.js';

/**
 * The audit chain (审计链). Each record's hash covers its own content and the previous record's
 * hash, so changing, removing or reordering any record breaks every hash after it.
 * hash(n) = sha256( prev_hash(n) + "\n" + canonical JSON of record n's fields )
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRecordContent {
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  centerId: string | null;
  beforeJson: string | null;
  afterJson: string | null;
  requestId: string | null;
}

export interface ChainedAuditRecord extends AuditRecordContent {
  prevHash: string;
  hash: string;
}

export function auditHash(prevHash: string, record: AuditRecordContent): string {
  return auditHashOfTail(prevHash, record.seq, auditContentAfterSeq(record));
}

/** The hash of record `seq` whose content after its number is `tail` (auditContentAfterSeq): what the databases compute when they number a record as they append it. */
export function auditHashOfTail(prevHash: string, seq: number, tail: string): string {
  return hash('sha256', `${prevHash}\n[${seq}${tail}`, 'hex');
}

/**
 * The hash of record `seq` from its fields as a row gives them, in audit_events' column order
 * (id, at, actor_id, actor_name, action, entity_type, entity_id, center_id, before_json,
 * after_json, request_id; text, or null where the record has none): SQLite's
 * onewindow_audit_hash, which the writer thread registers.
 */
export function auditHashOfRow(prevHash: string, seq: number, fields: readonly unknown[]): string {
  const [id, at, actorId, actorName, action, entityType, entityId, centerId, beforeJson, afterJson, requestId] = fields as string[];
  const record = { id, at, actorId, actorName, action, entityType, entityId, centerId, beforeJson, afterJson, requestId } as Omit<AuditRecordContent, 'seq'>;
  return auditHashOfTail(prevHash, seq, auditContentAfterSeq(record));
}

/**
 * The hashed content of a record is the canonical JSON array of its fields, its sequence number
 * first: `[seq` followed by this. Kept apart so that PostgreSQL, which numbers the records as it
 * appends them (migration 0011), hashes exactly the same bytes.
 */
export function auditContentAfterSeq(record: Omit<AuditRecordContent, 'seq'>): string {
  const rest = canonicalJson([
    record.id,
    record.at,
    record.actorId,
    record.actorName,
    record.action,
    record.entityType,
    record.entityId,
    record.centerId,
    record.beforeJson,
    record.afterJson,
    record.requestId,
  ]);
  return `,${rest.slice(1)}`;
}

export type ChainBreak =
  | { seq: number; reason: 'sequence_gap'; expectedSeq: number }
  | { seq: number; reason: 'prev_hash_mismatch' }
  | { seq: number; reason: 'hash_mismatch' }
  | { seq: number; reason: 'head_mismatch' };

/**
 * Checks records in sequence order against the chain that precedes them. Returns the first
 * break, or null. Feed it in batches by passing the last verified record's seq and hash.
 */
export function findChainBreak(
  records: Iterable<ChainedAuditRecord>,
  previous: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): { break: ChainBreak | null; last: { seq: number; hash: string } } {
  let last = previous;
  for (const record of records) {
    if (record.seq !== last.seq + 1) {
      return { break: { seq: record.seq, reason: 'sequence_gap', expectedSeq: last.seq + 1 }, last };
    }
    if (record.prevHash !== last.hash) return { break: { seq: record.seq, reason: 'prev_hash_mismatch' }, last };
    if (auditHash(record.prevHash, record) !== record.hash) {
      return { break: { seq: record.seq, reason: 'hash_mismatch' }, last };
    }
    last = { seq: record.seq, hash: record.hash };
  }
  return { break: null, last };
}
