import { hash } from 'node:crypto';

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

/**
 * JSON with object keys sorted at every level: one byte sequence per value. Exactly
 * JSON.stringify of the value with every object's entries re-created in sorted order (the
 * definition, kept in audit.domain.test.ts, that the stored records were written with): so
 * array-index keys ("2", "10") come first in numeric order, as JavaScript orders them in any
 * object, then the other keys in code-unit order. Written out by hand because it runs on every
 * audited write: a replacer called back for every value, and a copy of every object, cost
 * several times more.
 */
export function canonicalJson(value: unknown): string {
  return canonicalOf(value, '') as string;
}

/** A character JSON.stringify writes escaped: a control character, quote, backslash or surrogate (paired or lone: the slow path then decides). */
const NEEDS_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An own key that JavaScript orders as an array index: first, in numeric order (Object.keys already lists them so). */
const isArrayIndex = (key: string) => {
  const n = Number(key);
  return n >>> 0 === n && n !== 4294967295 && String(n) === key;
};

/** The keys of an object in canonical order: array indexes as Object.keys lists them, then the rest sorted. */
function sortedKeys(object: object): string[] {
  const keys = Object.keys(object);
  let indexes = 0;
  while (indexes < keys.length && isArrayIndex(keys[indexes]!)) indexes++;
  if (indexes === 0) return keys.sort(byCodeUnits);
  return [...keys.slice(0, indexes), ...keys.slice(indexes).sort(byCodeUnits)];
}

/** The canonical JSON of a value under `key`, or undefined where JSON.stringify leaves it out (undefined, a function, a symbol). */
function canonicalOf(input: unknown, key: string): string | undefined {
  let value = input;
  if (value !== null && (typeof value === 'object' || typeof value === 'bigint') && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON(key: string): unknown }).toJSON(key);
  }
  switch (typeof value) {
    case 'string':
      // Most strings need no escapes (none of: control characters, quote, backslash, surrogates): quoted as they are, as JSON.stringify would.
      return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
    case 'number':
    case 'boolean':
    case 'bigint': // JSON.stringify's own answer: a number's text, or its TypeError for a bigint
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += `${i ? ',' : ''}${canonicalOf(value[i], String(i)) ?? 'null'}`;
        return `${out}]`;
      }
      let out = '{';
      for (const k of sortedKeys(value)) {
        const text = canonicalOf((value as Record<string, unknown>)[k], k);
        if (text !== undefined) out += `${out.length > 1 ? ',' : ''}${JSON.stringify(k)}:${text}`;
      }
      return `${out}}`;
    }
    default:
      return undefined;
  }
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
