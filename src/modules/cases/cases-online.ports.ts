import type { Applicant } from './domain/applicant.js';
import type { CaseCatalog, CaseOrganization } from './cases.ports.js';

/** What online application needs from other modules; `app.ts` wires it (catalog, org, applicants). */
export interface OnlinePorts extends CaseCatalog, Pick<CaseOrganization, 'centerNumbering'> {
  /** The center a department sits in (an online application is the case of its department's center). */
  centerOfDepartment(departmentId: string): Promise<string | null>;
  /** The applicant data of a portal account, for prefilling. */
  applicantOf(accountId: string): Promise<Applicant | null>;
}
