import { describe, expect, it } from 'vitest';
import { interpolate, localeFromAcceptLanguage } from './locale.js';

describe('localeFromAcceptLanguage', () => {
  it('is Chinese unless English is preferred', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('zh-CN');
    expect(localeFromAcceptLanguage('en-US,en;q=0.9')).toBe('en-US');
    expect(localeFromAcceptLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('en;q=0.5,zh-TW;q=0.8')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('fr-FR')).toBe('zh-CN');
  });
});

describe('interpolate', () => {
  it('fills known placeholders and leaves others', () => {
    expect(interpolate('窗口 {n} 与 {m}', { n: 'A01' })).toBe('窗口 A01 与 {m}');
  });
});
