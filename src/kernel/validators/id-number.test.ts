import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completeIdNumber,
  idNumberCheckCharacter,
  idNumberIssues,
  isValidIdNumber,
  normalizeIdNumber,
  readIdNumber,
} from './id-number.js';
import { PROVINCE_NAMES } from './provinces.js';

const codes = (value: string, today?: string): string[] =>
  idNumberIssues(value, today === undefined ? {} : { today }).map((i) => i.code);

/** Valid ID numbers: a real province, a real birth date, any sequence, the computed check. */
const validIdNumber = fc
  .record({
    province: fc.constantFrom(...Object.keys(PROVINCE_NAMES)),
    area: fc.integer({ min: 0, max: 9999 }),
    birth: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, area, birth, sequence }) => {
    const date = birth.toISOString().slice(0, 10).replaceAll('-', '');
    return completeIdNumber(`${province}${String(area).padStart(4, '0')}${date}${String(sequence).padStart(3, '0')}`);
  });

describe('resident ID number (GB 11643-1999)', () => {
  it('accepts the examples of the standard', () => {
    expect(codes('11010519491231002X')).toEqual([]);
    expect(codes('440524188001010014')).toEqual([]);
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
  });

  it('normalises a lowercase x, full-width digits and spaces', () => {
    expect(normalizeIdNumber(' 110105 19491231 002x ')).toBe('11010519491231002X');
    expect(normalizeIdNumber('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
  });

  it('explains a missing, short, old or garbled number', () => {
    expect(codes('')).toEqual(['idNumber.required']);
    expect(codes('1101051949123100')).toEqual(['idNumber.length']);
    expect(codes('110105491231002')).toEqual(['idNumber.first_generation']);
    expect(codes('1101051949123100AX')).toEqual(['idNumber.characters']);
    const [problem] = idNumberIssues('11010519491231A02X', { path: '/applicant/idNumber' });
    expect(problem?.path).toBe('/applicant/idNumber');
    expect(problem?.message['zh-CN']).toContain('第 15 位');
    expect(problem?.message['en-US']).toContain('position 15');
  });

  it('reports every problem at once', () => {
    // province 99, 13th month, wrong check character
    const first17 = '99010519491331002';
    const wrongCheck = idNumberCheckCharacter(first17) === '0' ? '1' : '0';
    expect(codes(first17 + wrongCheck)).toEqual(['idNumber.region', 'idNumber.birth_date', 'idNumber.check_character']);
  });

  it('refuses impossible and future birth dates', () => {
    expect(codes(completeIdNumber('11010520230229002'))).toEqual(['idNumber.birth_date']);
    expect(codes(completeIdNumber('11010520240229002'))).toEqual([]);
    expect(codes(completeIdNumber('11010517991231002'))).toEqual(['idNumber.birth_date']);
    const born = completeIdNumber('11010520250601002');
    expect(codes(born, '2025-05-31')).toEqual(['idNumber.birth_date_future']);
    expect(codes(born, '2025-06-01')).toEqual([]);
    expect(() => idNumberIssues(born, { today: '2025/06/01' })).toThrow(TypeError);
  });

  it('accepts the 81/82/83 residence permits of Hong Kong, Macao and Taiwan residents', () => {
    expect(codes(completeIdNumber('83000019900101002'))).toEqual([]);
  });

  it('reads the facts of a valid number and nothing from an invalid one', () => {
    expect(readIdNumber('11010519491231002x')).toEqual({ regionCode: '110105', birthDate: '1949-12-31', sex: 'female' });
    expect(readIdNumber(completeIdNumber('44052418800101001'))?.sex).toBe('male');
    expect(readIdNumber('110105194912310021')).toBeUndefined();
  });

  it('property: a number with a computed check character is always valid', () => {
    fc.assert(fc.property(validIdNumber, (id) => idNumberIssues(id, { today: '2025-01-01' }).length === 0));
  });

  it('property: changing any one character makes it invalid', () => {
    fc.assert(
      fc.property(validIdNumber, fc.nat(17), fc.constantFrom(...'0123456789X'), (id, position, replacement) => {
        fc.pre(id.charAt(position) !== replacement);
        const changed = id.slice(0, position) + replacement + id.slice(position + 1);
        return !isValidIdNumber(changed);
      }),
    );
  });
});
