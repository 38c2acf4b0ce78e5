import { describe, expect, it } from 'vitest';
import { diffItemVersions } from './item-diff.js';
import { sampleItem } from './sample-items.js';

describe('diffItemVersions', () => {
  it('finds no change between equal versions, whatever the key order or set order', () => {
    const before = sampleItem();
    const after = { ...sampleItem({ channels: ['online', 'window'] }), materials: before.materials.map((m) => ({ ...m })).reverse() };
    expect(diffItemVersions(before, after)).toEqual([]);
  });

  it('lists changed values in field order with their labels', () => {
    const changes = diffItemVersions(sampleItem(), sampleItem({ promisedDays: 3, name: '食品经营许可（调整）', result: undefined }));
    expect(changes.map((c) => [c.path, c.kind, c.before, c.after])).toEqual([
      ['/name', 'changed', '食品经营许可', '食品经营许可（调整）'],
      ['/promisedDays', 'changed', 5, 3],
      ['/result', 'removed', '食品经营许可证', undefined],
    ]);
    expect(changes[1]?.label['zh-CN']).toBe('承诺时限');
  });

  it('compares materials and fees by name', () => {
    const before = sampleItem();
    const [application, licence] = before.materials;
    const after = sampleItem({
      materials: [{ ...application!, copies: 1 }, licence!, { name: '场所平面图', originals: 1, copies: 0, requirement: 'required' }],
      fees: [{ name: '工本费', standard: '每证 10 元', legalBasis: '价费字〔2020〕1号', waivable: true }],
    });
    expect(diffItemVersions(before, after).map((c) => [c.path, c.kind, c.label['zh-CN']])).toEqual([
      ['/materials/食品经营许可申请书', 'changed', '申请材料：食品经营许可申请书'],
      ['/materials/授权委托书', 'removed', '申请材料：授权委托书'],
      ['/materials/场所平面图', 'added', '申请材料：场所平面图'],
      ['/fees/工本费', 'added', '收费：工本费'],
    ]);
  });

  it('treats a reordered process as a change and escapes names in paths', () => {
    const before = sampleItem();
    const after = sampleItem({
      steps: [...before.steps].reverse(),
      materials: [...before.materials, { name: '图纸/说明', originals: 1, copies: 0, requirement: 'required' }],
    });
    expect(diffItemVersions(before, after).map((c) => c.path)).toEqual(['/materials/图纸~1说明', '/steps']);
  });
});
