import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../kernel/errors/index.js';
import { buildBundleGuide, bundleIssues, type Bundle } from './bundle.js';
import { sampleItem, sampleItemCode } from './sample-items.js';

const restaurant = sampleItem({
  code: sampleItemCode(1),
  name: '食品经营许可',
  fees: [{ name: '工本费', standard: '每证 10 元', legalBasis: '价费字〔2020〕1号', waivable: true }],
});
const signboard = sampleItem({
  code: sampleItemCode(2),
  name: '户外招牌设置许可',
  materials: [
    { name: '营业执照', originals: 1, copies: 2, requirement: 'required', issuingBody: '市场监督管理部门' },
    { name: '授权委托书', originals: 1, copies: 0, requirement: 'conditional', condition: '由代理人申请的' },
    { name: '招牌设计图', originals: 1, copies: 0, requirement: 'required' },
  ],
});
const fire = sampleItem({
  code: sampleItemCode(3),
  name: '公众聚集场所投入使用前消防安全检查',
  materials: [{ name: '营业执照', originals: 0, copies: 1, requirement: 'required', issuingBody: '其他单位' }],
});
const bundle: Bundle = { code: 'B001', name: '开餐馆一件事', itemCodes: [restaurant.code, signboard.code, fire.code] };

describe('buildBundleGuide', () => {
  const guide = buildBundleGuide(bundle, [restaurant, signboard, fire]);

  it('lists a shared material once with the items that need it, asking for the most copies', () => {
    const licence = guide.materials.find((m) => m.name === '营业执照' && m.issuingBody === '市场监督管理部门');
    expect(licence).toMatchObject({ originals: 1, copies: 2, requirement: 'required' });
    expect(licence?.neededBy.map((n) => n.name)).toEqual(['食品经营许可', '户外招牌设置许可']);
  });

  it('keeps materials of the same name from different issuers apart', () => {
    expect(guide.materials.filter((m) => m.name === '营业执照')).toHaveLength(2);
  });

  it('merges the conditions of a material every item needs only in some cases', () => {
    const proxy = guide.materials.find((m) => m.name === '授权委托书');
    expect(proxy).toMatchObject({ requirement: 'conditional', conditions: ['委托他人办理的', '由代理人申请的'] });
  });

  it('counts materials before and after and keeps the items and fees', () => {
    expect(guide.materialCounts).toEqual({ separately: 7, together: 5 });
    expect(guide.items.map((i) => i.name)).toEqual(['食品经营许可', '户外招牌设置许可', '公众聚集场所投入使用前消防安全检查']);
    expect(guide.fees).toEqual([{ itemCode: restaurant.code, itemName: '食品经营许可', fee: restaurant.fees[0] }]);
  });

  it('refuses a bundle with unknown, repeated or too few items, listing every problem', () => {
    const bad: Bundle = { code: '', name: '开餐馆一件事', itemCodes: [restaurant.code, restaurant.code, 'nope'] };
    expect(bundleIssues(bad, [restaurant]).map((i) => [i.path, i.code])).toEqual([
      ['/code', 'text.required'],
      ['/itemCodes/2', 'bundle.item_unknown'],
      ['/itemCodes/1', 'bundle.item_duplicate'],
    ]);
    expect(bundleIssues({ ...bundle, itemCodes: [restaurant.code] }, [restaurant]).map((i) => i.code)).toEqual(['bundle.too_few_items']);
    expect(() => buildBundleGuide(bad, [restaurant])).toThrow(expect.objectContaining({ kind: 'invalid', code: 'bundle_invalid' }));
    try {
      buildBundleGuide(bad, [restaurant]);
    } catch (error) {
      expect(isAppError(error) && error.issues).toHaveLength(3);
    }
  });
});
