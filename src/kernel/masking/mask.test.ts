import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskAll, maskInPlace } from './mask.js';

describe('maskInPlace', () => {
  it('keeps the ends and the characters that do not count', () => {
    expect(maskInPlace('abcdefgh', { keepStart: 2, keepEnd: 2 })).toBe('ab****gh');
    expect(maskInPlace('ab cd-ef', { keepStart: 1, keepEnd: 1, counts: (ch) => /[a-z]/.test(ch) })).toBe('a* **-*f');
    expect(maskInPlace('abcd', { keepStart: 2, keepEnd: 2 })).toBe('****');
    expect(maskAll('a b')).toBe('* *');
  });

  it('property: length is kept and every character is either itself or the mask', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(5), fc.nat(5), (value, keepStart, keepEnd) => {
        const masked = Array.from(maskInPlace(value, { keepStart, keepEnd }));
        const original = Array.from(value);
        return masked.length === original.length && masked.every((ch, i) => ch === original[i] || ch === '*');
      }),
    );
  });
});
