import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskName } from './name.js';

const hanName = fc.string({ unit: fc.constantFrom(...'张王李赵欧阳小明三丽华𠮷'), minLength: 1, maxLength: 6 });

describe('maskName', () => {
  it('masks Chinese names as the public screens show them', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张小三')).toBe('张*三');
    expect(maskName('欧阳小明')).toBe('欧**明');
    expect(maskName('张')).toBe('*');
    expect(maskName('阿卜杜拉·买买提')).toBe('阿***·**提');
  });

  it('keeps only the initials of a name in Latin letters', () => {
    expect(maskName('John Smith')).toBe('J*** S****');
    expect(maskName('Jean-Luc Picard')).toBe('J***-L** P*****');
    expect(maskName('Madonna')).toBe('M******');
    expect(maskName('A')).toBe('*');
    expect(maskName('')).toBe('');
  });

  it('property: a Chinese name keeps its length and shows at most its first and last character', () => {
    fc.assert(
      fc.property(hanName, (name) => {
        const chars = Array.from(name);
        const masked = Array.from(maskName(name));
        const n = chars.length;
        const middleMasked = masked.slice(1, n - 1).every((ch) => ch === '*');
        const ends =
          n === 1 ? masked[0] === '*' : masked[0] === chars[0] && (n === 2 ? masked[1] === '*' : masked[n - 1] === chars[n - 1]);
        return masked.length === n && middleMasked && ends;
      }),
    );
  });

  it('property: any name keeps its length and reveals no masked character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (name) => {
        const chars = Array.from(name);
        const masked = Array.from(maskName(name));
        return masked.length === chars.length && masked.every((ch, i) => ch === chars[i] || ch === '*');
      }),
    );
  });
});
