import type { CaseStatus } from '../../kernel/calendar/index.js';
import { maskCreditCode, maskIdNumber, maskName, maskPhone } from '../../kernel/masking/index.js';
import type { Locale } from '../../kernel/i18n/locale.js';
import type { Applicant } from './domain/applicant.js';
import { STATE_LABELS } from './domain/labels.js';
import type { CaseEventRow, CaseMaterialRow, CaseRow } from './cases.store.js';
import type { CaseDetail, CaseView, ClockView, MaskedApplicant, Progress } from './cases.views.js';

export { STATE_LABELS } from './domain/labels.js';

export type { ClockView } from './cases.views.js';

export function clockView(status: CaseStatus): ClockView {
  return {
    deadline: status.deadline,
    remainingWorkdays: status.remainingWorkdays,
    overdue: status.overdue,
    level: status.level,
    provisional: status.provisional,
    clockStopped: status.clockStopped,
    suspendedWorkdays: status.suspendedWorkdays,
  };
}

/** The case as staff see it (personal data in full: staff need it to do the work). */
export function caseView(row: CaseRow, clock: ClockView | null): CaseView {
  return {
    id: row.id,
    caseNo: row.case_no,
    queryCode: row.query_code,
    centerId: row.center_id,
    departmentId: row.department_id,
    itemId: row.item_id,
    itemVersion: row.item_version,
    itemName: row.item_name,
    windowId: row.window_id,
    channel: row.channel,
    caseType: row.case_type,
    legalDays: row.legal_days,
    promisedDays: row.promised_days,
    state: row.state,
    version: row.version,
    applicant: JSON.parse(row.applicant_json) as Applicant,
    receivedAt: row.received_at,
    acceptedAt: row.accepted_at,
    acceptedOn: row.accepted_on,
    deemedAccepted: row.deemed_accepted === 1,
    reviewerId: row.reviewer_id,
    approverId: row.approver_id,
    decision: row.decision,
    decisionReason: row.decision_reason,
    extensionDays: row.extension_days,
    completedAt: row.completed_at,
    deliveredAt: row.delivered_at,
    flags: row.flags.split(',').filter(Boolean),
    clock,
  };
}

export function caseDetailView(row: CaseRow, clock: ClockView | null, events: CaseEventRow[], materials: CaseMaterialRow[]): CaseDetail {
  return {
    ...caseView(row, clock),
    events: events.map((e) => ({ type: e.type, from: e.from_state, to: e.to_state, at: e.at, actorName: e.actor_name, data: JSON.parse(e.data_json) as unknown })),
    materials: materials.map((m) => ({ submissionNo: m.submission_no, name: m.name, status: m.status, originals: m.originals, copies: m.copies, note: m.note })),
  };
}

export function maskedApplicant(applicant: Applicant): MaskedApplicant {
  return applicant.type === 'person'
    ? { type: applicant.type, name: maskName(applicant.name), idNumber: maskIdNumber(applicant.idNumber), phone: maskPhone(applicant.phone) }
    : { type: applicant.type, name: applicant.name, creditCode: maskCreditCode(applicant.creditCode), phone: maskPhone(applicant.phone) };
}

/** What the applicant sees on the portal with case number and query code: personal data masked. */
export function progressView(row: CaseRow, events: CaseEventRow[], expectedCompletion: string | null, rated: boolean, locale: Locale): Progress {
  return {
    caseNo: row.case_no,
    itemName: row.item_name,
    departmentId: row.department_id,
    state: row.state,
    stateLabel: STATE_LABELS[row.state]?.[locale] ?? row.state,
    applicant: maskedApplicant(JSON.parse(row.applicant_json) as Applicant),
    receivedOn: row.received_on,
    acceptedOn: row.accepted_on,
    expectedCompletion,
    completedOn: row.completed_on,
    decision: row.decision,
    canRate: ['completed', 'delivered'].includes(row.state) && !rated,
    rated,
    timeline: events.map((e) => ({ at: e.at, type: e.type, state: e.to_state, stateLabel: STATE_LABELS[e.to_state]?.[locale] ?? e.to_state })),
  };
}
