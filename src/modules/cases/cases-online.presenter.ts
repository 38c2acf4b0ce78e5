import type { Item } from '../catalog/catalog.domain.js';
import type { ApplicationSummaryView, ApplicationView } from './cases-online.schema.js';
import type { OnlineApplicationRow } from './cases-online.store.js';
import type { UploadView } from './cases-uploads.service.js';
import type { CaseEventRow, CaseRow } from './cases.store.js';
import type { Applicant } from './domain/applicant.js';
import type { MaterialProblem } from './domain/lifecycle.js';
import { UPLOAD_LIMITS } from './domain/upload.js';

/** One line of 我的办件: the application's state is its case's once submitted. */
export function applicationSummary(application: OnlineApplicationRow, caseRow: CaseRow | null): ApplicationSummaryView {
  return {
    id: application.id,
    itemId: application.item_id,
    itemName: application.item_name,
    state: caseRow?.state ?? application.state,
    /** Case number and query code (for progress queries and rating) once submitted. */
    caseNo: caseRow?.case_no ?? null,
    queryCode: caseRow?.query_code ?? null,
    /** The version to send with an action (resubmit): the case's once submitted. */
    version: caseRow?.version ?? application.version,
    promisedDays: caseRow?.promised_days ?? null,
    caseType: caseRow?.case_type ?? null,
    createdAt: application.created_at,
    submittedAt: application.submitted_at,
    receivedOn: caseRow?.received_on ?? null,
    acceptedOn: caseRow?.accepted_on ?? null,
    /** 预计办结日期: the deadline, known once the case is accepted. */
    expectedCompletion: caseRow?.deadline ?? null,
    completedOn: caseRow?.completed_on ?? null,
  };
}

/** The problems of the latest return or correction notice (一次告知), for the applicant to fix. */
function latestProblems(events: readonly CaseEventRow[]): { at: string; problems: MaterialProblem[]; note: string | null } | null {
  const last = [...events].reverse().find((e) => e.to_state === 'correction');
  if (!last) return null;
  const data = JSON.parse(last.data_json) as { problems?: MaterialProblem[]; note?: string };
  return { at: last.at, problems: data.problems ?? [], note: data.note ?? null };
}

/** An application as its applicant sees it: the form, one slot per material with its files, the case's progress. */
export function applicationView(application: OnlineApplicationRow, caseRow: CaseRow | null, item: Item, uploads: UploadView[], events: CaseEventRow[]): ApplicationView {
  return {
    ...applicationSummary(application, caseRow),
    applicant: JSON.parse(caseRow?.applicant_json ?? application.applicant_json) as Applicant,
    materials: item.materials.map((m) => ({
      name: m.name,
      requirement: m.requirement,
      condition: m.condition ?? null,
      uploads: uploads.filter((u) => u.material === m.name),
    })),
    returned: caseRow?.state === 'correction' ? latestProblems(events) : null,
    timeline: events.map((e) => ({ at: e.at, type: e.type, state: e.to_state })),
    uploadLimits: { maxFileBytes: UPLOAD_LIMITS.maxBytes, maxFiles: UPLOAD_LIMITS.maxFiles },
  };
}
