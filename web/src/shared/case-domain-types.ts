/**
 * The cases module's shapes as the server defines them (type-only: nothing of the server is
 * bundled), so the workbench, the case page and the printed documents cannot drift from the API.
 */
import type { ClockView, caseDetailView, caseView } from '../../../src/modules/cases/cases.presenter.js';
import type { Applicant } from '../../../src/modules/cases/domain/applicant.js';
import type { DocumentContent, DocumentKind } from '../../../src/modules/cases/domain/documents.js';
import type { BillLine } from '../../../src/modules/cases/domain/fees.js';
import type { CaseAction, CaseState, MaterialProblem, SuspensionKind } from '../../../src/modules/cases/domain/lifecycle.js';
import type { CaseTask } from '../../../src/modules/cases/domain/tasks.js';

export interface CaseDomain {
  CaseView: ReturnType<typeof caseView>;
  CaseDetail: ReturnType<typeof caseDetailView>;
  ClockView: ClockView;
  CaseState: CaseState;
  CaseAction: CaseAction;
  CaseTask: CaseTask;
  DocumentContent: DocumentContent;
  DocumentKind: DocumentKind;
  MaterialProblem: MaterialProblem;
  SuspensionKind: SuspensionKind;
  Applicant: Applicant;
  BillLine: BillLine & { id: string };
}
