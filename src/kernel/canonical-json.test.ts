import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

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
