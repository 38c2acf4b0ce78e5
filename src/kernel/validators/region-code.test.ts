import { describe, expect, it } from 'vitest';
import { isValidRegionCode, regionCodeIssues, regionCodeLevel } from './region-code.js';

const codes = (value: string, lengths?: (6 | 9 | 12)[]): string[] =>
  regionCodeIssues(value, lengths ? { lengths } : {}).map((i) => i.code);

describe('administrative region codes (行政区划代码)', () => {
  it('accepts 6-, 9- and 12-digit codes and tells their level', () => {
    expect(regionCodeLevel('330000')).toBe('province');
    expect(regionCodeLevel('330100')).toBe('city');
    expect(regionCodeLevel('330102')).toBe('county');
    expect(regionCodeLevel('330102001')).toBe('township');
    expect(regionCodeLevel('330102001201')).toBe('village');
    expect(regionCodeLevel('330102000000')).toBe('county');
    expect(regionCodeLevel('441900003')).toBe('township'); // 东莞: townships straight under the city
    expect(regionCodeLevel('429004')).toBe('county'); // 仙桃: 省直辖县级
    expect(regionCodeLevel('33010')).toBeUndefined();
  });

  it('refuses a wrong length or characters, naming the lengths allowed', () => {
    expect(codes('3301')).toEqual(['regionCode.format']);
    expect(codes('33010a')).toEqual(['regionCode.format']);
    expect(codes('330102001', [6])).toEqual(['regionCode.format']);
    expect(regionCodeIssues('330102001', { lengths: [6] })[0]?.message['zh-CN']).toContain('6 位');
    expect(codes('')).toEqual(['regionCode.required']);
  });

  it('refuses an unknown province and a skipped level, both at once', () => {
    expect(codes('990102')).toEqual(['regionCode.province']);
    expect(codes('990001')).toEqual(['regionCode.province', 'regionCode.structure']);
    expect(codes('330102000201')).toEqual(['regionCode.structure']);
    expect(isValidRegionCode('330102', { lengths: [6, 9] })).toBe(true);
  });
});
