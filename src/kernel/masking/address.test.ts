import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskAddress, regionPrefix } from './address.js';

/** Street parts that begin with a house number, so they cannot extend the region. */
const houseNumber = fc
  .tuple(fc.integer({ min: 1, max: 999 }), fc.string({ unit: fc.constantFrom(...'0123456789号幢室路街巷弄村组A-'), maxLength: 20 }))
  .map(([n, rest]) => `${n}${rest}`);
const regions = ['浙江省杭州市西湖区', '贵州省遵义市汇川区', '北京市朝阳区', '广西壮族自治区南宁市青秀区', '安徽省亳州市蒙城县庄周街道'];

describe('maskAddress', () => {
  it('shows the region and masks the street and house number', () => {
    expect(maskAddress('浙江省杭州市西湖区文三路100号')).toBe('浙江省杭州市西湖区*******');
    expect(maskAddress('新疆维吾尔自治区伊犁哈萨克自治州伊宁市解放路')).toBe('新疆维吾尔自治区伊犁哈萨克自治州伊宁市***');
    expect(maskAddress('上海市浦东新区张江镇科苑路88号')).toBe('上海市浦东新区张江镇******');
    expect(maskAddress('济南市市中区经十路')).toBe('济南市市中区***');
  });

  it('does not take a housing estate (小区) or a village for a region', () => {
    expect(maskAddress('西湖区中山小区3幢')).toBe('西湖区******');
    expect(regionPrefix('蒙城县庄周街道李楼村5组')).toBe('蒙城县庄周街道');
  });

  it('keeps little of an address without a region', () => {
    expect(maskAddress('某某村5组')).toBe('某****');
    expect(maskAddress('杭州市西湖区')).toBe('杭州市西湖区');
  });

  it('property: everything after the region is masked and the length is kept', () => {
    fc.assert(
      fc.property(fc.constantFrom(...regions), houseNumber, (region, rest) => {
        const masked = maskAddress(region + rest);
        return masked === region + '*'.repeat(Array.from(rest).length);
      }),
    );
  });

  it('property: any address keeps its length and reveals no masked character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (value) => {
        const chars = Array.from(value);
        const masked = Array.from(maskAddress(value));
        return masked.length === chars.length && masked.every((ch, i) => ch === chars[i] || ch === '*');
      }),
    );
  });
});
