import { describe, expect, it } from 'vitest';
import type { Item } from '../catalog/catalog.domain.js';
import { newCaseRow, type NewCase } from './case-row.js';

const item = { name: '食品经营许可', departmentId: 'market', legalDays: 10, promisedDays: 3, materials: [], fees: [] } as unknown as Item;
const spec = (channel: NewCase['channel']): NewCase => ({
  id: 'case-1',
  centerId: 'c1',
  numbering: { regionCode: '331099', centerNo: 1 },
  found: { itemId: 'item-1', version: 2, item },
  channel,
  applicant: { type: 'person', name: '张小三', idNumber: '330102199001011234', phone: '13800001234' },
  windowId: channel === 'online' ? null : 'w1',
  createdBy: channel === 'online' ? null : 'clerk-1',
  idempotencyKey: 'k',
  requestFingerprint: null,
  materials: [],
  reservedNumber: null,
});
const made = { caseNo: '33109901-20260302-00001', queryCode: 'ABC234', at: '2026-03-02T01:00:00.000Z', today: '2026-03-02' };

describe('a new case row', () => {
  it('is received at once at a window or by an agent, under the item version it was made under', () => {
    const row = newCaseRow(spec('window'), made);
    expect(row).toMatchObject({ state: 'received', received_at: made.at, received_on: '2026-03-02', item_version: 2, department_id: 'market', promised_days: 3, window_id: 'w1', created_by: 'clerk-1', version: 1, applicant_name: '张小三' });
    expect(newCaseRow(spec('agency'), made).state).toBe('received');
  });

  it('awaits pre-review when submitted online, not yet received (the intake clock has not started)', () => {
    expect(newCaseRow(spec('online'), made)).toMatchObject({ state: 'submitted', received_at: null, received_on: null, window_id: null, created_by: null });
  });
});
