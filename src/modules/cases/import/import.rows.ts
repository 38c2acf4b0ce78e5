import type { CaseRow } from '../cases.store.js';
import type { Insertable } from 'kysely';
import type { CaseRatingTable } from '../../../db/schema-cases.js';
import { caseDeadline, chinaDateOf, type WorkCalendar } from '../../../kernel/calendar/index.js';
import type { CaseState } from '../domain/lifecycle.js';
import type { ImportedCase } from './import.domain.js';

/** Where an imported case belongs, once its names are resolved. */
export interface CasePlace {
  centerId: string;
  departmentId: string;
  itemId: string;
  itemVersion: number;
  itemName: string;
  windowId: string | null;
}

/**
 * The state an imported case is in: approved → completed with grant, denied → completed with
 * deny, refused → refused (不予受理), withdrawn → withdrawn; no result → still open (accepted).
 */
export function importedState(result: ImportedCase['result']): { state: CaseState; decision: 'grant' | 'deny' | null } {
  switch (result) {
    case 'approved':
      return { state: 'completed', decision: 'grant' };
    case 'denied':
      return { state: 'completed', decision: 'deny' };
    case 'refused':
      return { state: 'refused', decision: null };
    case 'withdrawn':
      return { state: 'withdrawn', decision: null };
    case null:
      return { state: 'accepted', decision: null };
  }
}

/**
 * The deadline of an imported case: the promised limit counted from the day of acceptance, the
 * suspended working days added (a suspension of k working days moves the deadline k working
 * days, see kernel/calendar/case-clock.ts). Null when the case was never accepted.
 */
export function importedDeadline(calendar: WorkCalendar, c: Pick<ImportedCase, 'acceptedAt' | 'promisedDays' | 'suspendedDays'>): string | null {
  if (c.acceptedAt === null) return null;
  return caseDeadline(calendar, { acceptedAt: c.acceptedAt, promisedDays: c.promisedDays + c.suspendedDays }).deadline;
}

const dateOf = (instant: string | null) => (instant === null ? null : chinaDateOf(instant));

/** The `cases` row of an imported case (flagged imported = 1). */
export function importedCaseRow(
  c: ImportedCase,
  place: CasePlace,
  calendar: WorkCalendar,
  made: { id: string; queryCode: string; at: string; by: string | null },
): CaseRow {
  const { state, decision } = importedState(c.result);
  const applicant = c.applicant.type === 'person' ? { ...c.applicant, phone: '' } : { ...c.applicant, legalRepresentative: '', phone: '' };
  return {
    id: made.id,
    case_no: c.caseNo,
    query_code: made.queryCode,
    center_id: place.centerId,
    department_id: place.departmentId,
    item_id: place.itemId,
    item_version: place.itemVersion,
    item_name: place.itemName,
    window_id: place.windowId,
    channel: 'window',
    case_type: c.caseType,
    legal_days: c.legalDays,
    promised_days: c.promisedDays,
    state,
    resume_state: null,
    corrections_this_submission: 0,
    submission_no: 1,
    reviewer_id: null,
    approver_id: null,
    decision,
    decision_reason: null,
    extension_days: 0,
    extension_on: null,
    applicant_json: JSON.stringify(applicant),
    applicant_name: c.applicant.name,
    received_at: c.receivedAt,
    received_on: dateOf(c.receivedAt),
    accepted_at: c.acceptedAt,
    accepted_on: dateOf(c.acceptedAt),
    deemed_accepted: 0,
    deadline: importedDeadline(calendar, c),
    suspended_days: c.suspendedDays,
    decided_at: c.decidedAt,
    completed_at: c.completedAt,
    completed_on: dateOf(c.completedAt),
    delivered_at: null,
    delivery_json: null,
    flags: '',
    imported: 1,
    version: 1,
    created_by: made.by,
    created_at: made.at,
    updated_at: made.at,
  };
}

/** The rating of an imported case, if it had one (channel 'import'). */
export function importedRating(c: ImportedCase, caseId: string, windowId: string | null): Insertable<CaseRatingTable> | null {
  if (c.rating === null || c.ratedAt === null) return null;
  return { case_id: caseId, level: c.rating, channel: 'import', comment: '', window_id: windowId, rated_at: c.ratedAt };
}
