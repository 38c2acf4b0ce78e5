import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completeCreditCode,
  CREDIT_CODE_ALPHABET,
  CREDIT_CODE_AUTHORITIES,
  creditCodeCheckCharacter,
  creditCodeIssues,
  isValidCreditCode,
  orgCodeCheckCharacter,
} from './credit-code.js';
import { PROVINCE_NAMES } from './provinces.js';

const codes = (value: string): string[] => creditCodeIssues(value).map((i) => i.code);

const authorityAndType = fc.constantFrom(
  ...Object.entries(CREDIT_CODE_AUTHORITIES).flatMap(([authority, { types }]) => Object.keys(types).map((type) => authority + type)),
);
const alphabetChar = fc.constantFrom(...CREDIT_CODE_ALPHABET);

/** Valid credit codes: a known authority and type, a real province, any body, computed checks. */
const validCreditCode = fc
  .record({
    head: authorityAndType,
    province: fc.constantFrom(...Object.keys(PROVINCE_NAMES)),
    area: fc.integer({ min: 0, max: 9999 }),
    body: fc.string({ unit: alphabetChar, minLength: 8, maxLength: 8 }),
  })
  .map(({ head, province, area, body }) => completeCreditCode(`${head}${province}${String(area).padStart(4, '0')}${body}`));

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts real published codes', () => {
    for (const code of [
      '91350100M000100Y43',
      '9144030071526726XG', // 深圳市腾讯计算机系统有限公司
      '914403001922038216', // 华为技术有限公司
      '91330100716105852F', // 阿里巴巴（中国）有限公司
      '11100000000013127D', // a central-level organ, region 100000
    ]) {
      expect(codes(code), code).toEqual([]);
    }
    expect(orgCodeCheckCharacter('M000100Y')).toBe('4');
    expect(orgCodeCheckCharacter('71526726')).toBe('X');
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('normalises case, width and spaces', () => {
    expect(isValidCreditCode(' 91350100m000100y43 ')).toBe(true);
    expect(isValidCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toBe(true);
  });

  it('explains a missing, short or mistyped code, suggesting the confusable characters', () => {
    expect(codes('')).toEqual(['creditCode.required']);
    expect(codes('91350100M000100Y4')).toEqual(['creditCode.length']);
    const [problem, ...rest] = creditCodeIssues('91350100M0001OOY43');
    expect(rest).toEqual([]);
    expect(problem?.code).toBe('creditCode.characters');
    expect(problem?.message['zh-CN']).toContain('第 14 位可能应为 0');
    expect(problem?.message['en-US']).toContain('position 15 is probably 0');
  });

  it('checks the authority, the type of organisation and the region', () => {
    expect(codes(completeCreditCode('B1350100M000100Y'))).toEqual(['creditCode.authority']);
    expect(codes(completeCreditCode('94350100M000100Y'))).toEqual(['creditCode.type']);
    expect(codes(completeCreditCode('91990100M000100Y'))).toEqual(['creditCode.region']);
    expect(codes(completeCreditCode('91100000M000100Y'))).toEqual([]);
  });

  it('reports the organisation-code check and the overall check separately', () => {
    expect(codes('91350100M000100Y53')).toEqual(['creditCode.org_check', 'creditCode.check_character']);
    expect(codes('91350100M000100Y44')).toEqual(['creditCode.check_character']);
  });

  it('property: a code with computed check characters is always valid', () => {
    fc.assert(fc.property(validCreditCode, (code) => creditCodeIssues(code).length === 0));
  });

  it('property: changing any one character makes it invalid', () => {
    fc.assert(
      fc.property(validCreditCode, fc.nat(17), fc.constantFrom(...CREDIT_CODE_ALPHABET, 'I', 'O', 'Z', 'S', 'V'), (code, position, replacement) => {
        fc.pre(code.charAt(position) !== replacement);
        return !isValidCreditCode(code.slice(0, position) + replacement + code.slice(position + 1));
      }),
    );
  });
});
