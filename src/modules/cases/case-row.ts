import { caseTypeOf } from '../catalog/catalog.domain.js';
import type { ItemForCase } from './cases.ports.js';
import type { CaseRow } from './cases.store.js';
import type { Applicant } from './domain/applicant.js';

/** The columns of a new case that start empty (a case's later life fills them). */
const blankCase: Omit<CaseRow, 'id' | 'case_no' | 'query_code' | 'center_id' | 'department_id' | 'item_id' | 'item_version' | 'item_name' | 'channel' | 'case_type' | 'legal_days' | 'promised_days' | 'state' | 'applicant_json' | 'applicant_name' | 'created_at' | 'updated_at'> = {
  window_id: null,
  resume_state: null,
  corrections_this_submission: 0,
  submission_no: 1,
  reviewer_id: null,
  approver_id: null,
  decision: null,
  decision_reason: null,
  extension_days: 0,
  extension_on: null,
  received_at: null,
  received_on: null,
  accepted_at: null,
  accepted_on: null,
  deemed_accepted: 0,
  deadline: null,
  suspended_days: 0,
  decided_at: null,
  completed_at: null,
  completed_on: null,
  delivered_at: null,
  delivery_json: null,
  flags: '',
  imported: 0,
  version: 1,
  created_by: null,
};

/** The columns a new case takes from the catalog item (and version) it is made under. */
function itemColumns(found: ItemForCase): Pick<CaseRow, 'department_id' | 'item_id' | 'item_version' | 'item_name' | 'case_type' | 'legal_days' | 'promised_days'> {
  return {
    department_id: found.item.departmentId,
    item_id: found.itemId,
    item_version: found.version,
    item_name: found.item.name,
    case_type: caseTypeOf(found.item),
    legal_days: found.item.legalDays,
    promised_days: found.item.promisedDays,
  };
}

/** A material as handed in with a new case (收件 at a window, or uploaded online). */
export interface NewCaseMaterial {
  name: string;
  status: 'received' | 'missing' | 'defective';
  originals?: number;
  copies?: number;
  note?: string;
}

/**
 * What makes a new case: 收件 at a window or by an agent (received at once), or an online
 * submission (awaiting pre-review, 网上预审).
 */
export interface NewCase {
  id: string;
  centerId: string;
  numbering: { regionCode: string; centerNo: number };
  found: ItemForCase;
  channel: 'window' | 'agency' | 'online';
  applicant: Applicant;
  /** The window it was received at (the rating pad and the window figures follow it). */
  windowId: string | null;
  /** The staff member who received it (the per-staff figures); null for an online submission. */
  createdBy: string | null;
  idempotencyKey: string;
  /** The fingerprint of the receipt request (receiptFingerprint); none for an online submission, whose key is checked by its application. */
  requestFingerprint: string | null;
  materials: NewCaseMaterial[];
  /** Its number's sequence, taken ahead of its transaction where the database allows (CasesService.reserveNumber); else taken in it. */
  reservedNumber: ReservedNumber | null;
}

/** A center's next case-number sequence of a day, reserved before the case's transaction. */
export interface ReservedNumber {
  day: string;
  sequence: number;
}

/** The row of a new case, numbered; online submissions start `submitted`, the others `received` at `at`. */
export function newCaseRow(spec: NewCase, made: { caseNo: string; queryCode: string; at: string; today: string }): CaseRow {
  const online = spec.channel === 'online';
  return {
    ...blankCase,
    id: spec.id,
    case_no: made.caseNo,
    query_code: made.queryCode,
    center_id: spec.centerId,
    ...itemColumns(spec.found),
    window_id: spec.windowId,
    channel: spec.channel,
    state: online ? 'submitted' : 'received',
    applicant_json: JSON.stringify(spec.applicant),
    applicant_name: spec.applicant.name,
    received_at: online ? null : made.at,
    received_on: online ? null : made.today,
    created_by: spec.createdBy,
    created_at: made.at,
    updated_at: made.at,
  };
}
