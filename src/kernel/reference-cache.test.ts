import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit/audit.writer.js';
import { ReferenceCache } from './reference-cache.js';

function setup() {
  let listener: (entries: readonly AuditEntry[]) => void = () => undefined;
  let now = 1_000;
  const cache = new ReferenceCache<string>({ onCommitted: (l) => (listener = l) }, () => now, 2_000);
  let loads = 0;
  const load = (value: string) => async () => {
    loads++;
    return value;
  };
  return {
    cache,
    load,
    loads: () => loads,
    advance: (ms: number) => (now += ms),
    commit: (entityType: string) => listener([{ entityType } as AuditEntry]),
  };
}

describe('ReferenceCache', () => {
  it('reads once while trusted, again after the trust time', async () => {
    const s = setup();
    expect(await s.cache.get('a', s.load('v1'))).toBe('v1');
    s.advance(1_999);
    expect(await s.cache.get('a', s.load('v2'))).toBe('v1');
    expect(s.loads()).toBe(1);
    s.advance(1);
    expect(await s.cache.get('a', s.load('v2'))).toBe('v2');
    expect(s.loads()).toBe(2);
  });

  it('keeps keys apart', async () => {
    const s = setup();
    await s.cache.get('a', s.load('A'));
    expect(await s.cache.get('b', s.load('B'))).toBe('B');
  });

  it('is dropped by a committed change to reference data, not by a case write', async () => {
    const s = setup();
    await s.cache.get('a', s.load('v1'));
    s.commit('case');
    expect(await s.cache.get('a', s.load('v2'))).toBe('v1');
    s.commit('center');
    expect(await s.cache.get('a', s.load('v2'))).toBe('v2');
  });

  it('does not keep a failed load', async () => {
    const s = setup();
    await expect(s.cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await s.cache.get('a', s.load('v1'))).toBe('v1');
  });

  it('does not trust an entry when the clock went back', async () => {
    const s = setup();
    await s.cache.get('a', s.load('v1'));
    s.advance(-1);
    expect(await s.cache.get('a', s.load('v2'))).toBe('v2');
  });
});
