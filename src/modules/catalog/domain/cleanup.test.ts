import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../kernel/errors/index.js';
import { applyCleanupRound, cleanupIssues, type CleanupProposal } from './cleanup.js';
import type { Item } from './item.js';
import { sampleDepartmentCode, sampleItem, sampleItemCode } from './sample-items.js';

/** Item n of a constructed county catalog. */
function item(n: number, overrides: Partial<Item> = {}): Item {
  return sampleItem({ code: sampleItemCode(n), name: `事项${n}`, ...overrides });
}

/**
 * Reference 002 (富顺县): 399 items → 238, licensing 264 → 76, 40 promised items made on-the-spot
 * (20% of the promised items), and in the remaining promised items Σ promised 1,674 against
 * Σ legal 5,204 working days: 32%.
 *
 * Construction: items 1–264 are licences, 265–399 public services.
 * - 1–76 licences stay; 77–134 become non-licensing approvals with a shorter promise;
 *   135–164 merge into 1–30; 165–264 are cancelled.
 * - 265–295 are cancelled; 296–399 stay, of which 322–361 become on-the-spot.
 * - The 160 promised items left (1–134 and 296–321) carry legal 33/32 and promised 11/10 days so
 *   that the sums are exactly 5,204 and 1,674.
 */
function referenceRound(): { items: Item[]; proposals: CleanupProposal[] } {
  const promisedAfter = [...range(1, 134), ...range(296, 321)];
  const limits = new Map(promisedAfter.map((n, j) => [n, { legalDays: j < 84 ? 33 : 32, promisedDays: j < 74 ? 11 : 10 }]));
  const items = range(1, 399).map((n) => {
    const type = n <= 264 ? 'licensing' : 'publicService';
    const target = limits.get(n);
    if (target && n >= 77 && n <= 134) return item(n, { type, legalDays: target.legalDays, promisedDays: target.legalDays });
    if (target) return item(n, { type, ...target });
    if (n >= 322 && n <= 361) return item(n, { type, legalDays: 20, promisedDays: 15 });
    return item(n, { type, legalDays: 20, promisedDays: 0 });
  });
  const code = (n: number): string => sampleItemCode(n);
  const proposals: CleanupProposal[] = [
    ...range(1, 5).map((n): CleanupProposal => ({ action: 'retain', code: code(n) })),
    ...range(77, 134).map((n): CleanupProposal => ({
      action: 'adjust',
      code: code(n),
      reason: '调整为非行政许可审批，压缩承诺时限',
      changes: { type: 'nonLicensingApproval', promisedDays: limits.get(n)?.promisedDays ?? 0 },
    })),
    ...range(135, 164).map((n): CleanupProposal => ({ action: 'merge', code: code(n), reason: '同类事项合并', intoCode: code(n - 134) })),
    ...[...range(165, 264), ...range(265, 295)].map((n): CleanupProposal => ({ action: 'cancel', code: code(n), reason: '无法定依据' })),
    ...range(322, 361).map((n): CleanupProposal => ({ action: 'toOnTheSpot', code: code(n), reason: '材料齐全当场办结' })),
  ];
  return { items, proposals };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe('cleanup rounds (清理)', () => {
  it('reproduces the figures of reference 002', () => {
    const { items, proposals } = referenceRound();
    const { items: after, announcement } = applyCleanupRound(items, proposals);
    expect(after).toHaveLength(238);
    expect(announcement.before).toMatchObject({ items: 399, licensingItems: 264, promisedItems: 200 });
    expect(announcement.after).toMatchObject({
      items: 238,
      licensingItems: 76,
      promisedItems: 160,
      onTheSpotItems: 78,
      promisedDaysTotal: 1674,
      legalDaysTotal: 5204,
    });
    expect(Math.round((announcement.after.compressionRatio ?? 0) * 100)).toBe(32);
    expect(announcement.onTheSpotConversionRatio).toBe(0.2);
    expect(announcement.actionCounts).toEqual({ retain: 140, cancel: 131, adjust: 58, delegate: 0, merge: 30, toOnTheSpot: 40 });
    expect(announcement.entries).toHaveLength(proposals.length);
    const merged = announcement.entries.find((e) => e.action === 'merge');
    expect(merged).toMatchObject({ name: '事项135', intoCode: sampleItemCode(1), intoName: '事项1' });
    const spot = announcement.entries.find((e) => e.action === 'toOnTheSpot');
    expect(spot?.changes.map((c) => [c.path, c.before, c.after])).toEqual([['/promisedDays', 15, 0]]);
  });

  it('delegates an item to a township of its county under a new code', () => {
    const township = sampleDepartmentCode(901, '330102001');
    const { items, announcement } = applyCleanupRound(
      [item(1)],
      [{ action: 'delegate', code: sampleItemCode(1), reason: '方便群众就近办理', to: { regionCode: '330102001', departmentCode: township, departmentId: 'town-1', windowIds: ['town-win-1'] } }],
    );
    expect(items[0]?.code).toBe(`000000001000-330102001-${township}`);
    expect(items[0]).toMatchObject({ departmentId: 'town-1', windowIds: ['town-win-1'] });
    expect(announcement.entries[0]?.newCode).toBe(items[0]?.code);
    expect(announcement.entries[0]?.changes.map((c) => c.path)).toEqual(['/code', '/departmentId', '/windowIds']);
    expect(announcement.actionCounts.delegate).toBe(1);
  });

  it('reports every problem of the proposals at once', () => {
    const items = [item(1), item(2), item(3, { promisedDays: 0 }), item(4), item(5)];
    const found = cleanupIssues(items, [
      { action: 'cancel', code: sampleItemCode(1), reason: '' },
      { action: 'retain', code: sampleItemCode(1) },
      { action: 'merge', code: sampleItemCode(2), reason: '合并', intoCode: sampleItemCode(1) },
      { action: 'toOnTheSpot', code: sampleItemCode(3), reason: '即办' },
      { action: 'merge', code: sampleItemCode(4), reason: '合并', intoCode: sampleItemCode(4) },
      { action: 'adjust', code: sampleItemCode(5), reason: '调整', changes: { promisedDays: 5 } },
      { action: 'cancel', code: sampleItemCode(99), reason: '取消' },
      { action: 'delegate', code: sampleItemCode(99), reason: '下放', to: { regionCode: '330103001', departmentCode: 'x', departmentId: '', windowIds: [] } },
    ]);
    expect(found.map((i) => [i.path, i.code])).toEqual([
      ['/proposals/0/reason', 'text.required'],
      ['/proposals/1/code', 'cleanup.proposal_duplicate'],
      ['/proposals/3/action', 'cleanup.already_on_the_spot'],
      ['/proposals/5/changes', 'cleanup.adjust_empty'],
      ['/proposals/6/code', 'cleanup.item_unknown'],
      ['/proposals/7/code', 'cleanup.item_unknown'],
      ['/proposals/2/intoCode', 'cleanup.merge_target_not_retained'],
      ['/proposals/4/intoCode', 'cleanup.merge_self'],
    ]);
    expect(found[6]?.message['zh-CN']).toBe('合并目标“事项1”在本轮被取消，不会以原编码保留；请合并到保留的事项。');
  });

  it('checks where an item is delegated to', () => {
    const found = cleanupIssues(
      [item(1)],
      [{ action: 'delegate', code: sampleItemCode(1), reason: '下放', to: { regionCode: '330103001', departmentCode: sampleDepartmentCode(9), departmentId: 'town', windowIds: ['w'] } }],
    );
    expect(found.map((i) => [i.path, i.code])).toEqual([['/proposals/0/to/regionCode', 'cleanup.delegate_outside']]);
    const malformed = cleanupIssues(
      [item(1)],
      [{ action: 'delegate', code: sampleItemCode(1), reason: '下放', to: { regionCode: '330102', departmentCode: '', departmentId: '', windowIds: [] } }],
    );
    expect(malformed.map((i) => i.path)).toEqual(['/proposals/0/to/regionCode', '/proposals/0/to/departmentCode', '/proposals/0/to/departmentId']);
  });

  it('validates the items a proposal produces and the catalog that results', () => {
    const main = item(1);
    const sub = sampleItem({ code: sampleItemCode(1, { sub: 1 }), name: '事项1（变更）' });
    const found = cleanupIssues(
      [main, sub, item(2)],
      [
        { action: 'cancel', code: main.code, reason: '取消' },
        { action: 'adjust', code: sampleItemCode(2), reason: '调整', changes: { promisedDays: 40, code: 'x' } as never },
      ],
    );
    expect(found.map((i) => [i.path, i.code])).toEqual([['/proposals/1/changes/code', 'cleanup.adjust_code']]);
    const resultProblems = cleanupIssues(
      [main, sub, item(2)],
      [
        { action: 'cancel', code: main.code, reason: '取消' },
        { action: 'adjust', code: sampleItemCode(2), reason: '调整', changes: { promisedDays: 40 } },
      ],
    );
    expect(resultProblems.map((i) => [i.path, i.code])).toEqual([
      ['/proposals/1/result/promisedDays', 'item.promise_exceeds_law'],
      ['/items/1/code', 'catalog.main_item_missing'],
    ]);
  });

  it('refuses to apply a round with problems, and changes nothing', () => {
    const items = [item(1)];
    const snapshot = structuredClone(items);
    try {
      applyCleanupRound(items, [{ action: 'toOnTheSpot', code: sampleItemCode(1), reason: '' }]);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.kind).toBe('invalid');
      expect(isAppError(error) && error.code).toBe('cleanup_invalid');
      expect(isAppError(error) && error.issues.map((i) => i.path)).toEqual(['/proposals/0/reason']);
    }
    expect(items).toEqual(snapshot);
  });
});
