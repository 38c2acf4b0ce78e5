import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseNumberIssues, formatCaseNumber, newQueryCode, normalizeQueryCode, parseCaseNumber } from './case-number.js';

describe('case numbers', () => {
  it('read region, center, date and sequence', () => {
    const no = formatCaseNumber({ regionCode: '331099', centerNo: 1, date: '2025-09-30', sequence: 42 });
    expect(no).toBe('33109901-20250930-00042');
    expect(parseCaseNumber(no)).toEqual({ regionCode: '331099', centerNo: 1, date: '2025-09-30', sequence: 42 });
    expect(parseCaseNumber(' 33109910102-20250930-123456 ')).toMatchObject({ regionCode: '331099101', centerNo: 2, sequence: 123456 });
    expect(caseNumberIssues('2025-42')).toHaveLength(1);
  });
  it('round-trip (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('331099', '331099101', '331099101201'), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99999 }), (regionCode, centerNo, sequence) => {
        const parts = { regionCode, centerNo, date: '2026-01-05', sequence };
        expect(parseCaseNumber(formatCaseNumber(parts))).toEqual(parts);
      }),
    );
  });
});

describe('query codes', () => {
  it('avoid look-alike characters', () => {
    for (let i = 0; i < 200; i++) expect(newQueryCode()).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(normalizeQueryCode(' ab3 k7x ')).toBe('AB3K7X');
  });
});
