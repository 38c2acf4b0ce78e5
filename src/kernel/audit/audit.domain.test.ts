import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.js';
import { auditContentAfterSeq, auditHash, auditHashOfRow, findChainBreak, GENESIS_HASH, type ChainedAuditRecord } from './audit.domain.js';

function chain(n: number): ChainedAuditRecord[] {
  const records: ChainedAuditRecord[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content = {
      seq,
      id: `id-${seq}`,
      at: `2025-01-01T00:00:0${seq % 10}.000Z`,
      actorId: 'a',
      actorName: '管理员',
      action: 'window.create',
      entityType: 'window',
      entityId: `w${seq}`,
      centerId: null,
      beforeJson: null,
      afterJson: canonicalJson({ number: `A0${seq}` }),
      requestId: null,
    };
    const hash = auditHash(prevHash, content);
    records.push({ ...content, prevHash, hash });
    prevHash = hash;
  }
  return records;
}

describe('auditHash', () => {
  it('is sha256 of the previous hash, a newline and the canonical JSON array of the fields, sequence first', () => {
    const record = chain(3)[2]!;
    const fields = [record.seq, record.id, record.at, record.actorId, record.actorName, record.action, record.entityType, record.entityId, record.centerId, record.beforeJson, record.afterJson, record.requestId];
    const expected = createHash('sha256').update(`${record.prevHash}\n${JSON.stringify(fields)}`).digest('hex');
    expect(auditHash(record.prevHash, record)).toBe(expected);
    expect(`[${record.seq}${auditContentAfterSeq(record)}`).toBe(JSON.stringify(fields));
  });

  it('is the same from the fields of a row in column order, as SQLite hashes a record it appends', () => {
    for (const record of chain(3)) {
      const row = [record.id, record.at, record.actorId, record.actorName, record.action, record.entityType, record.entityId, record.centerId, record.beforeJson, record.afterJson, record.requestId];
      expect(auditHashOfRow(record.prevHash, record.seq, row)).toBe(record.hash);
    }
    const first = chain(1)[0]!;
    const swapped = [first.id, first.at, first.actorName, first.actorId, first.action, first.entityType, first.entityId, first.centerId, first.beforeJson, first.afterJson, first.requestId];
    expect(auditHashOfRow(first.prevHash, first.seq, swapped)).not.toBe(first.hash);
  });
});

describe('findChainBreak', () => {
  it('accepts an intact chain', () => {
    expect(findChainBreak(chain(5)).break).toBeNull();
  });
  it('names the first edited record', () => {
    const records = chain(5);
    records[2] = { ...records[2]!, afterJson: '{"number":"B99"}' };
    expect(findChainBreak(records).break).toEqual({ seq: 3, reason: 'hash_mismatch' });
  });
  it('detects a removed record', () => {
    const records = chain(5);
    records.splice(1, 1);
    expect(findChainBreak(records).break).toEqual({ seq: 3, reason: 'sequence_gap', expectedSeq: 2 });
  });
  it('detects a record re-hashed after editing (the next link breaks)', () => {
    const records = chain(4);
    const edited = { ...records[1]!, actorName: '别人' };
    edited.hash = auditHash(edited.prevHash, edited);
    records[1] = edited;
    expect(findChainBreak(records).break).toEqual({ seq: 3, reason: 'prev_hash_mismatch' });
  });
  it('verifies in batches', () => {
    const records = chain(6);
    const first = findChainBreak(records.slice(0, 3));
    expect(findChainBreak(records.slice(3), first.last).break).toBeNull();
  });
});
