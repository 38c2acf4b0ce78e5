import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../../kernel/calendar/index.js';
import { importedCaseRow, importedDeadline, importedRating, importedState } from './import.rows.js';
import type { ImportedCase } from './import.domain.js';

const calendar = chinaCalendar();
const base: ImportedCase = {
  row: 2,
  caseNo: 'H-1',
  center: 'c',
  department: 'd',
  itemCode: 'i',
  caseType: 'promised',
  legalDays: 20,
  promisedDays: 5,
  receivedAt: '2025-09-29T16:30:00.000Z',
  acceptedAt: '2025-09-29T17:00:00.000Z',
  decidedAt: '2025-10-10T02:00:00.000Z',
  completedAt: '2025-10-10T03:00:00.000Z',
  result: 'approved',
  suspendedDays: 0,
  window: null,
  applicant: { type: 'enterprise', name: '某公司', creditCode: '91350100M000100Y43' },
  rating: 4,
  ratedAt: '2025-10-10T03:30:00.000Z',
};
const place = { centerId: 'c1', departmentId: 'd1', itemId: 'i1', itemVersion: 2, itemName: '事项', windowId: 'w1' };

describe('imported cases as rows', () => {
  it('maps each result to a state and decision', () => {
    expect(importedState('approved')).toEqual({ state: 'completed', decision: 'grant' });
    expect(importedState('denied')).toEqual({ state: 'completed', decision: 'deny' });
    expect(importedState('refused')).toEqual({ state: 'refused', decision: null });
    expect(importedState('withdrawn')).toEqual({ state: 'withdrawn', decision: null });
    expect(importedState(null)).toEqual({ state: 'accepted', decision: null });
  });

  it('counts the deadline from the China date of acceptance, suspended working days added', () => {
    // Accepted 30 September (China time); 1–8 October 2025 are the National Day holidays.
    expect(importedDeadline(calendar, base)).toBe('2025-10-14');
    expect(importedDeadline(calendar, { ...base, suspendedDays: 2 })).toBe('2025-10-16');
    expect(importedDeadline(calendar, { ...base, promisedDays: 0 })).toBe('2025-09-30');
    expect(importedDeadline(calendar, { ...base, acceptedAt: null })).toBeNull();
  });

  it('fills the case row with China dates, imported = 1, and the rating with its channel', () => {
    const row = importedCaseRow(base, place, calendar, { id: 'id1', queryCode: 'ABC234', at: '2026-03-02T01:00:00.000Z', by: null });
    expect(row).toMatchObject({
      id: 'id1',
      case_no: 'H-1',
      center_id: 'c1',
      item_version: 2,
      state: 'completed',
      decision: 'grant',
      received_on: '2025-09-30',
      accepted_on: '2025-09-30',
      completed_on: '2025-10-10',
      deadline: '2025-10-14',
      imported: 1,
      applicant_name: '某公司',
    });
    expect(JSON.parse(row.applicant_json)).toEqual({ type: 'enterprise', name: '某公司', creditCode: '91350100M000100Y43', legalRepresentative: '', phone: '' });
    expect(importedRating(base, 'id1', 'w1')).toEqual({ case_id: 'id1', level: 4, channel: 'import', comment: '', window_id: 'w1', rated_at: '2025-10-10T03:30:00.000Z' });
    expect(importedRating({ ...base, rating: null, ratedAt: null }, 'id1', null)).toBeNull();
  });
});
