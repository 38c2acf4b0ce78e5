import { describe, expect, it } from 'vitest';
import { validateCatalog } from './catalog-validation.js';
import { sampleItem, sampleItemCode } from './sample-items.js';

describe('validateCatalog', () => {
  it('accepts a catalog of a main item with its sub-items', () => {
    const main = sampleItem();
    const sub = sampleItem({ code: sampleItemCode(101001, { sub: 1 }), name: '食品经营许可（新办）' });
    expect(validateCatalog([main, sub])).toEqual([]);
  });

  it('reports item problems under their index, repeated codes and sub-items without a main item', () => {
    const orphan = sampleItem({ code: sampleItemCode(202002, { sub: 3 }), name: '孤立办理项' });
    const found = validateCatalog([sampleItem(), sampleItem({ promisedDays: 30 }), orphan]);
    expect(found.map((i) => [i.path, i.code])).toEqual([
      ['/items/1/promisedDays', 'item.promise_exceeds_law'],
      ['/items/1/code', 'catalog.code_duplicate'],
      ['/items/2/code', 'catalog.main_item_missing'],
    ]);
    expect(found[1]?.message['zh-CN']).toContain('与第 1 个事项重复');
  });

  it('lets the caller place the issues (e.g. on spreadsheet rows)', () => {
    const found = validateCatalog([sampleItem(), sampleItem()], {}, (i) => `/rows/${i + 2}`);
    expect(found.map((i) => i.path)).toEqual(['/rows/3/code']);
  });
});
