import { issue, text, type Issue } from '../../../kernel/errors/index.js';
import { contactPhoneIssues, creditCodeIssues, idNumberIssues, normalizeCreditCode, normalizeIdNumber } from '../../../kernel/validators/index.js';

/** 申请人: a person (自然人) or an enterprise / organization (法人或其他组织). */
export type Applicant =
  | { type: 'person'; name: string; idNumber: string; phone: string }
  | { type: 'enterprise'; name: string; creditCode: string; legalRepresentative: string; phone: string };

/** Every problem of an applicant at once; `today` (China date) bounds birth dates. */
export function applicantIssues(applicant: Applicant, today: string, path = '/applicant'): Issue[] {
  const problems: Issue[] = [];
  if (!applicant.name.trim()) problems.push(issue(`${path}/name`, 'required', text('请填写申请人名称。', 'Enter the applicant\'s name.')));
  if (applicant.type === 'person') {
    problems.push(...idNumberIssues(applicant.idNumber, { path: `${path}/idNumber`, today }));
  } else {
    problems.push(...creditCodeIssues(applicant.creditCode, { path: `${path}/creditCode` }));
    if (!applicant.legalRepresentative.trim()) {
      problems.push(issue(`${path}/legalRepresentative`, 'required', text('请填写法定代表人。', 'Enter the legal representative.')));
    }
  }
  problems.push(...contactPhoneIssues(applicant.phone, { path: `${path}/phone` }));
  return problems;
}

/** The applicant with identifiers in canonical form (upper-case X, no spaces). */
export function normalizeApplicant(applicant: Applicant): Applicant {
  return applicant.type === 'person'
    ? { ...applicant, name: applicant.name.trim(), idNumber: normalizeIdNumber(applicant.idNumber), phone: applicant.phone.trim() }
    : { ...applicant, name: applicant.name.trim(), creditCode: normalizeCreditCode(applicant.creditCode), phone: applicant.phone.trim() };
}
