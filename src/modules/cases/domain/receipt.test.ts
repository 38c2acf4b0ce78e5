import { describe, expect, it } from 'vitest';
import type { Material } from '../../catalog/domain/item.js';
import { inMaterialOrder, receiptFingerprint, receiptIssues, receiptKey, type ReceiptFacts } from './receipt.js';

const material = (name: string): Material => ({ name, originals: 1, copies: 0, requirement: 'required' });
const food = { departmentId: 'market', agencyAllowed: true, channels: ['window', 'online', 'agency'] as ('window' | 'online' | 'agency')[], materials: [material('申请书'), material('营业执照')] };
const windows = [
  { id: 'w-market', centerId: 'c1', active: true, departmentIds: ['market'] },
  { id: 'w-police', centerId: 'c1', active: true, departmentIds: ['police'] },
  { id: 'w-closed', centerId: 'c1', active: false, departmentIds: ['market'] },
];
const facts = (overrides: Partial<ReceiptFacts> = {}): ReceiptFacts => ({
  item: food,
  channel: 'window',
  materials: [{ name: '申请书' }, { name: '营业执照' }],
  windowId: null,
  centerId: 'c1',
  windows,
  receiverRoles: ['clerk'],
  ...overrides,
});
const codes = (f: ReceiptFacts) => receiptIssues(f).map((i) => `${i.path} ${i.code}`);

describe('receipt (收件) rules', () => {
  it('accepts the item\'s own materials at a window of its department', () => {
    expect(codes(facts())).toEqual([]);
    expect(codes(facts({ windowId: 'w-market' }))).toEqual([]);
  });

  it('reports every problem at once, an unknown item among them', () => {
    expect(codes(facts({ item: null, channel: 'window', receiverRoles: ['agent'], windowId: 'w-nowhere' }))).toEqual(['/itemId case.item_unknown', '/channel case.agent_channel', '/windowId case.window_unknown']);
  });

  it('takes 代办 only where the item allows it, and agents only as 代办', () => {
    expect(codes(facts({ item: { ...food, agencyAllowed: false }, channel: 'agency' }))).toEqual(['/channel case.agency_not_allowed']);
    expect(codes(facts({ receiverRoles: ['agent'], channel: 'agency' }))).toEqual([]);
    expect(codes(facts({ item: { ...food, channels: ['online'] } }))).toEqual(['/channel case.window_not_offered']);
  });

  it('refuses unknown and repeated materials, and windows closed, elsewhere or of another department', () => {
    expect(codes(facts({ materials: [{ name: '申请书' }, { name: '申请书' }, { name: '护照' }] }))).toEqual(['/materials/1/name case.material_duplicate', '/materials/2/name case.material_unknown']);
    expect(codes(facts({ windowId: 'w-police' }))).toEqual(['/windowId case.window_other_department']);
    expect(codes(facts({ windowId: 'w-closed' }))).toEqual(['/windowId case.window_unknown']);
    expect(codes(facts({ windowId: 'w-market', centerId: 'c2' }))).toEqual(['/windowId case.window_unknown']);
  });

  it('keys a receipt by its receiver', () => {
    expect(receiptKey('clerk-1', 'k-1')).not.toBe(receiptKey('clerk-2', 'k-1'));
  });

  it('lists a case\'s materials in the item\'s order, submission by submission', () => {
    const rows = [
      { name: '营业执照', submission_no: 1 },
      { name: '申请书', submission_no: 2 },
      { name: '旧材料', submission_no: 1 },
      { name: '申请书', submission_no: 1 },
    ];
    expect(inMaterialOrder(rows, ['申请书', '营业执照']).map((m) => `${m.submission_no} ${m.name}`)).toEqual(['1 申请书', '1 营业执照', '1 旧材料', '2 申请书']);
  });
});

describe('receiptFingerprint', () => {
  const request = {
    itemId: 'item-1',
    channel: 'window',
    applicant: { type: 'person', name: '张小三', idNumber: '330102199001011234', phone: '13800001234' },
    materials: [{ name: '营业执照', status: 'received', originals: 1, copies: 1 }],
  };
  it('is the same for the same request, whatever the order of its keys or its idempotency key', () => {
    const reordered = { materials: request.materials, applicant: { phone: '13800001234', idNumber: '330102199001011234', name: '张小三', type: 'person' }, channel: 'window', itemId: 'item-1', windowId: null };
    expect(receiptFingerprint({ ...request, idempotencyKey: 'a' } as never)).toBe(receiptFingerprint(reordered));
  });
  it('differs when the applicant, item, window or materials differ', () => {
    const base = receiptFingerprint(request);
    expect(receiptFingerprint({ ...request, applicant: { ...request.applicant, name: '李四' } })).not.toBe(base);
    expect(receiptFingerprint({ ...request, itemId: 'item-2' })).not.toBe(base);
    expect(receiptFingerprint({ ...request, windowId: 'w2' })).not.toBe(base);
    expect(receiptFingerprint({ ...request, materials: [] })).not.toBe(base);
  });
});
