import { describe, expect, it } from 'vitest';
import { catalogFigures } from './figures.js';
import { sampleItem, sampleItemCode } from './sample-items.js';

describe('catalogFigures', () => {
  it('counts main items, sub-items apart, and compresses over promised items only', () => {
    const figures = catalogFigures([
      sampleItem({ code: sampleItemCode(1), legalDays: 20, promisedDays: 5 }),
      sampleItem({ code: sampleItemCode(1, { sub: 1 }), legalDays: 20, promisedDays: 10 }),
      sampleItem({ code: sampleItemCode(2), type: 'publicService', legalDays: 10, promisedDays: 0 }),
      sampleItem({ code: sampleItemCode(3), legalDays: 30, promisedDays: 15 }),
    ]);
    expect(figures).toEqual({
      items: 3,
      subItems: 1,
      licensingItems: 2,
      promisedItems: 2,
      onTheSpotItems: 1,
      legalDaysTotal: 50,
      promisedDaysTotal: 20,
      compressionRatio: 0.4,
    });
  });

  it('has no compression ratio without promised items', () => {
    expect(catalogFigures([sampleItem({ promisedDays: 0 })]).compressionRatio).toBeNull();
    expect(catalogFigures([]).items).toBe(0);
  });
});
