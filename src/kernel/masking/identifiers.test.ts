import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeCreditCode, CREDIT_CODE_ALPHABET } from '../validators/credit-code.js';
import { completeIdNumber } from '../validators/id-number.js';
import { maskCreditCode, maskIdNumber, maskPhone } from './identifiers.js';

const digits = (n: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const idNumber = digits(17).map((first17) => completeIdNumber(first17));
const creditCode = fc
  .string({ unit: fc.constantFrom(...CREDIT_CODE_ALPHABET), minLength: 8, maxLength: 8 })
  .map((body) => completeCreditCode(`91330102${body}`));
const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([second, rest]) => `1${second}${rest}`);

describe('masking identifiers', () => {
  it('masks the examples of the brief', () => {
    expect(maskIdNumber('330102199001011234')).toBe('3301**********1234');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskCreditCode('91350100M000100Y43')).toBe('91350100*********3');
  });

  it('masks phones in their own formatting', () => {
    expect(maskPhone('+86 138 1234 5678')).toBe('+86 138 **** 5678');
    expect(maskPhone('0551-65123456')).toBe('0551-****3456');
    expect(maskPhone('010-65123456-123')).toBe('010-****3456-123');
    expect(maskPhone('12345')).toBe('12345');
    expect(maskPhone('6512345')).toBe('*******');
  });

  it('masks a malformed identifier entirely', () => {
    expect(maskIdNumber('33010219900101')).toBe('**************');
    expect(maskCreditCode('9135')).toBe('****');
  });

  it('property: an ID number keeps its length and never shows positions 5–14', () => {
    fc.assert(fc.property(idNumber, (id) => maskIdNumber(id) === `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(14)}`));
  });

  it('property: a credit code never shows its subject identifier', () => {
    fc.assert(fc.property(creditCode, (code) => maskCreditCode(code) === `${code.slice(0, 8)}${'*'.repeat(9)}${code.slice(17)}`));
  });

  it('property: a mobile number never shows digits 4–7', () => {
    fc.assert(fc.property(mobile, (phone) => maskPhone(phone) === `${phone.slice(0, 3)}****${phone.slice(7)}`));
  });

  it('property: any input keeps its length and reveals no masked character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (value) =>
        [maskIdNumber, maskCreditCode, maskPhone].every((mask) => {
          const chars = Array.from(value);
          const masked = Array.from(mask(value));
          return masked.length === chars.length && masked.every((ch, i) => ch === chars[i] || ch === '*');
        }),
      ),
    );
  });
});
