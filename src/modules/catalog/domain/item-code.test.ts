import { describe, expect, it } from 'vitest';
import { formatItemCode, isSubItemCode, ITEM_CODE_EXAMPLE, itemCodeIssues, mainItemCodeOf, parseItemCode } from './item-code.js';
import { sampleDepartmentCode, sampleItemCode } from './sample-items.js';

const codes = (code: string): string[] => itemCodeIssues(code).map((i) => i.code);

describe('item codes', () => {
  it('accepts the documented example and composes codes from their parts', () => {
    expect(codes(ITEM_CODE_EXAMPLE)).toEqual([]);
    const parts = { basicCode: '000101001000', regionCode: '330102', departmentCode: sampleDepartmentCode(1) };
    expect(parseItemCode(formatItemCode(parts))).toEqual(parts);
  });

  it('relates a sub-item (办理项) to its main item', () => {
    const main = sampleItemCode(101001);
    const sub = sampleItemCode(101001, { sub: 2 });
    expect(isSubItemCode(main)).toBe(false);
    expect(isSubItemCode(sub)).toBe(true);
    expect(mainItemCodeOf(sub)).toBe(main);
    expect(mainItemCodeOf(main)).toBeUndefined();
  });

  it('accepts a township region for delegated items', () => {
    expect(codes(sampleItemCode(7, { regionCode: '330102001' }))).toEqual([]);
  });

  it('explains a missing or malformed code with the expected format', () => {
    expect(codes('')).toEqual(['item.code_required']);
    expect(codes('000101001000-330102')).toEqual(['item.code_format']);
    expect(itemCodeIssues('x')[0]?.message['zh-CN']).toContain(ITEM_CODE_EXAMPLE);
  });

  it('reports every bad part at once, saying which part', () => {
    const found = itemCodeIssues(`00010100100-990102-${sampleDepartmentCode(1).slice(0, 17)}0`);
    expect(found.map((i) => i.code)).toEqual(['item.basic_code', 'regionCode.province', 'creditCode.check_character']);
    expect(found[1]?.message['zh-CN']).toMatch(/^实施编码第二段（区划代码）有误/);
    expect(found[2]?.message['en-US']).toMatch(/^In the third part/);
    expect(codes(`000000000001-330102-${sampleDepartmentCode(1)}`)).toEqual(['item.basic_code']);
    expect(codes(`000101001000-330102001201-${sampleDepartmentCode(1)}`)).toEqual(['regionCode.format']);
  });

  it('wants the canonical spelling, as the code is a key', () => {
    expect(codes(sampleItemCode(1).toLowerCase())).toEqual(['item.code_characters']);
  });
});
