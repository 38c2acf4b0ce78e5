import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { auditContentAfterSeq, auditHash, auditHashOfRow, canonicalJson, findChainBreak, GENESIS_HASH, type ChainedAuditRecord } from './audit.domain.js';

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

/** The definition canonicalJson was first written as, and the stored records with it: JSON.stringify with every object's entries re-created sorted. */
function canonicalJsonByDefinition(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

describe('canonicalJson', () => {
  it('sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 2 }] } })).toBe('{"a":{"c":[3,{"e":2,"f":1}],"d":2},"b":1}');
  });

  it('writes what JSON.stringify writes where it has no choice: dates, left-out and non-finite values, escapes, index-like keys', () => {
    const value = { z: new Date('2026-12-05T08:00:00Z'), u: undefined, f: () => 1, n: [undefined, NaN, -0, 1e21, () => 2], s: '材料"\n\u2028\ud800', '10': 1, '2': 2, '01': 3, '-1': 4, '4294967295': 5, '': 6 };
    expect(canonicalJson(value)).toBe(canonicalJsonByDefinition(value));
    expect(canonicalJson({ ...value, s: undefined })).toBe('{"2":2,"10":1,"":6,"-1":4,"01":3,"4294967295":5,"n":[null,null,0,1e+21,null],"z":"2026-12-05T08:00:00.000Z"}');
    expect(canonicalJson(['\ud800', 'a\udfff', '😀', 'tab\t'])).toBe('["\\ud800","a\\udfff","😀","tab\\t"]');
    expect(canonicalJson([undefined])).toBe('[null]');
    expect(canonicalJson(null)).toBe('null');
    expect(() => canonicalJson({ big: 1n })).toThrow(TypeError);
  });

  it('is the definition’s byte sequence for any JSON-like value', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('0', '1', '2', '10', '01', '-1', '1.5', '4294967294', '4294967295', '__proto__x'), fc.nat().map(String));
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constant(null),
        fc.boolean(),
        fc.double(),
        fc.integer(),
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'binary' }),
        fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }), // lone surrogates too
        fc.constant(undefined),
        fc.date({ noInvalidDate: true }),
        fc.array(tie('value'), { maxLength: 5 }),
        fc.dictionary(key, tie('value'), { maxKeys: 6 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(value)).toBe(canonicalJsonByDefinition(value));
      }),
      { numRuns: 2000 },
    );
  });
});

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
