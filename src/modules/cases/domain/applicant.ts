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

/**
 * 网上申请 is made by the account's own, verified identity: an application may change its contact
 * data (phone, an enterprise's legal representative), never whose it is. Issues name each field
 * that differs from the account (both normalized).
 */
export function identityChangeIssues(account: Applicant, applicant: Applicant, path = '/applicant'): Issue[] {
  const own = normalizeApplicant(account);
  const given = normalizeApplicant(applicant);
  const changed = (field: string) =>
    issue(`${path}/${field}`, 'online.identity_fixed', text('网上申请的申请人为本账户实名信息，不能更改（只可修改联系方式）。', 'An online application is made in the account\'s verified name; only contact details may change.'));
  if (own.type !== given.type) return [changed('type')];
  const problems: Issue[] = [];
  if (own.name !== given.name) problems.push(changed('name'));
  if (own.type === 'person' && given.type === 'person' && own.idNumber !== given.idNumber) problems.push(changed('idNumber'));
  if (own.type === 'enterprise' && given.type === 'enterprise' && own.creditCode !== given.creditCode) problems.push(changed('creditCode'));
  return problems;
}
