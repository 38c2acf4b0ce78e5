import type { Executor } from '../../db/database.js';
import { findChainBreak, type ChainBreak } from './audit.domain.js';
import { auditStore } from './audit.store.js';

export interface AuditVerification {
  ok: boolean;
  records: number;
  firstBreak: ChainBreak | null;
}

/** Walks the whole chain in batches and names the first broken record. */
export async function verifyAuditChain(db: Executor, batchSize = 2000): Promise<AuditVerification> {
  let last = { seq: 0, hash: '0'.repeat(64) };
  for (;;) {
    const batch = await auditStore.batchAfter(db, last.seq, batchSize);
    if (batch.length === 0) break;
    const result = findChainBreak(batch, last);
    if (result.break) return { ok: false, records: result.last.seq, firstBreak: result.break };
    last = result.last;
  }
  const head = await auditStore.head(db);
  if (head.lastSeq !== last.seq || head.lastHash !== last.hash) {
    // Records were removed from the end, or the head was edited.
    return { ok: false, records: last.seq, firstBreak: { seq: head.lastSeq, reason: 'head_mismatch' } };
  }
  return { ok: true, records: last.seq, firstBreak: null };
}
