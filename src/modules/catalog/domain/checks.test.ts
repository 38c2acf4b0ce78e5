import { describe, expect, it } from 'vitest';
import { countIssues, duplicates, nthLabel, oneOfIssues, textIssues } from './checks.js';
import { CHANNEL_LABELS, valueFromLabel } from './labels.js';

const NAME = { 'zh-CN': '事项名称', 'en-US': 'item name' };

describe('field checks', () => {
  it('words required, single-line and overlong text in both languages', () => {
    expect(textIssues(' ', '/name', NAME, { required: true })[0]?.message).toEqual({
      'zh-CN': '事项名称不能为空，请填写。',
      'en-US': 'Item name is required; please fill it in.',
    });
    expect(textIssues(undefined, '/name', NAME, { required: false })).toEqual([]);
    expect(textIssues('a\nb', '/name', NAME, { required: true }).map((i) => i.code)).toEqual(['text.single_line']);
    expect(textIssues('长'.repeat(6), '/name', NAME, { required: true, maxLength: 5 }).map((i) => i.code)).toEqual(['text.too_long']);
  });

  it('words integers out of range', () => {
    expect(countIssues(3, '/n', NAME, { min: 0 })).toEqual([]);
    expect(countIssues(Number.NaN, '/n', NAME, { min: 0 }).map((i) => i.code)).toEqual(['number.integer']);
    expect(countIssues(-1, '/n', NAME, { min: 0 }).map((i) => i.code)).toEqual(['number.negative']);
    expect(countIssues(0, '/n', NAME, { min: 1 }).map((i) => i.code)).toEqual(['number.too_small']);
    expect(countIssues(11, '/n', NAME, { min: 0, max: 10 })[0]?.message['zh-CN']).toBe('事项名称应在 0–10 之间，现为 11。');
  });

  it('names the nth entry of a list', () => {
    expect(nthLabel({ 'zh-CN': '申请材料', 'en-US': 'material' }, 1, NAME)).toEqual({ 'zh-CN': '申请材料第 2 项的事项名称', 'en-US': 'item name of material 2' });
  });

  it('checks enumerations and find repeats', () => {
    expect(oneOfIssues('window', '/c', NAME, CHANNEL_LABELS)).toEqual([]);
    expect(oneOfIssues('fax', '/c', NAME, CHANNEL_LABELS)[0]?.message['en-US']).toBe('Item name "fax" is not valid; use one of: At a window, Online, Through an agent.');
    expect(duplicates(['a', 'b', 'a', 'a'], (v) => v)).toEqual([
      { index: 2, firstIndex: 0 },
      { index: 3, firstIndex: 0 },
    ]);
  });

  it('reads a code value from its label or identifier', () => {
    expect(valueFromLabel(CHANNEL_LABELS, '代办')).toBe('agency');
    expect(valueFromLabel(CHANNEL_LABELS, 'ONLINE')).toBe('online');
    expect(valueFromLabel(CHANNEL_LABELS, 'at a window')).toBe('window');
    expect(valueFromLabel(CHANNEL_LABELS, '邮寄')).toBeUndefined();
  });
});
