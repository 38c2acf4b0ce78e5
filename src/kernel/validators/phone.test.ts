import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contactPhoneIssues,
  isValidContactPhone,
  isValidLandlinePhone,
  isValidMobilePhone,
  landlinePhoneIssues,
  mobilePhoneIssues,
  normalizeMobilePhone,
  parseLandline,
  phoneKind,
} from './phone.js';

const validMobile = fc
  .tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 }))
  .map(([second, rest]) => `1${second}${String(rest).padStart(9, '0')}`);

describe('mobile phone numbers', () => {
  it('accepts 11 digits beginning with 13–19, with +86, spaces or hyphens', () => {
    expect(mobilePhoneIssues('13812345678')).toEqual([]);
    expect(normalizeMobilePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizeMobilePhone('0086 13812345678')).toBe('13812345678');
    expect(isValidMobilePhone('１３８１２３４５６７８')).toBe(true);
  });

  it('refuses other numbers with an example of the right form', () => {
    for (const bad of ['12812345678', '1381234567', '138123456789', '1381234567a']) {
      expect(mobilePhoneIssues(bad).map((i) => i.code), bad).toEqual(['phone.mobile_format']);
    }
    const [problem] = mobilePhoneIssues('', { path: '/applicant/phone' });
    expect(problem).toMatchObject({ path: '/applicant/phone', code: 'phone.required' });
    expect(mobilePhoneIssues('1281234567')[0]?.message['zh-CN']).toContain('13812345678');
  });

  it('property: every 1[3-9] number of 11 digits is valid, and no shorter or longer one', () => {
    fc.assert(fc.property(validMobile, (phone) => isValidMobilePhone(phone)));
    fc.assert(fc.property(validMobile, fc.nat(10), (phone, cut) => !isValidMobilePhone(phone.slice(0, cut))));
    fc.assert(fc.property(validMobile, fc.integer({ min: 0, max: 9 }), (phone, extra) => !isValidMobilePhone(phone + String(extra))));
  });
});

describe('landline numbers', () => {
  it('parses area code, number and extension', () => {
    expect(parseLandline('0551-65123456')).toEqual({ areaCode: '0551', number: '65123456' });
    expect(parseLandline('(010)6512345')).toEqual({ areaCode: '010', number: '6512345' });
    expect(parseLandline('010-65123456-123')).toEqual({ areaCode: '010', number: '65123456', extension: '123' });
    expect(parseLandline('0551 6512 3456转88')).toEqual({ areaCode: '0551', number: '65123456', extension: '88' });
    expect(parseLandline('02065123456')).toEqual({ areaCode: '020', number: '65123456' });
  });

  it('refuses a missing area code, a local number beginning with 0 or 1, unbalanced brackets', () => {
    for (const bad of ['65123456', '0551-12345678', '0551-02345678', '(0551-6512345', '0551-651234567']) {
      expect(landlinePhoneIssues(bad).map((i) => i.code), bad).toEqual(['phone.landline_format']);
    }
    expect(isValidLandlinePhone('0551-65123456')).toBe(true);
  });
});

describe('contact numbers', () => {
  it('accepts mobile, landline and service numbers such as 12345', () => {
    expect(phoneKind('13812345678')).toBe('mobile');
    expect(phoneKind('0551-65123456')).toBe('landline');
    expect(phoneKind('12345')).toBe('service');
    expect(phoneKind('400-810-1234')).toBe('service');
    expect(isValidContactPhone('12345')).toBe(true);
    expect(contactPhoneIssues('abc').map((i) => i.code)).toEqual(['phone.contact_format']);
    expect(contactPhoneIssues('  ').map((i) => i.code)).toEqual(['phone.required']);
  });
});
