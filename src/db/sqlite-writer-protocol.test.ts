import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBatch, encodeBatch, type Batch, type Step } from './sqlite-writer-protocol.js';

const parameter = fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.double(), fc.bigInt(), fc.uint8Array({ maxLength: 8 }));
const step: fc.Arbitrary<Step> = fc.record(
  { sql: fc.string({ minLength: 1 }), statement: fc.nat(10_000), parameters: fc.array(parameter, { maxLength: 12 }), answer: fc.boolean() },
  { requiredKeys: ['parameters', 'answer'] },
);
const batch: fc.Arbitrary<Batch> = fc.record({ id: fc.nat(), begin: fc.boolean(), steps: fc.array(step, { maxLength: 12 }), end: fc.constantFrom('keep' as const, 'release' as const, 'rollback' as const) });

describe('a batch as it crosses to the writer thread', () => {
  it('is one flat array that decodes to the same batch', () => {
    fc.assert(
      fc.property(batch, (original) => {
        const encoded = encodeBatch(original);
        expect(encoded.length).toBe(4 + original.steps.reduce((n, s) => n + 4 + s.parameters.length, 0));
        expect(decodeBatch(structuredClone(encoded))).toEqual(original);
      }),
    );
  });

  it('keeps a statement without SQL or number, and an empty parameter list, as they were', () => {
    const original: Batch = { id: 7, begin: true, end: 'release', steps: [{ statement: 0, parameters: [], answer: false }, { sql: 'select 1', parameters: [null, '张三', 3n], answer: true }] };
    expect(encodeBatch(original)).toEqual([7, true, 'release', 2, 0, null, false, 0, -1, 'select 1', true, 3, null, '张三', 3n]);
    expect(decodeBatch(encodeBatch(original))).toEqual(original);
  });
});
