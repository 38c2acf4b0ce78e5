import { issue, text, type Issue } from '../../kernel/errors/index.js';
import { maskCreditCode, maskIdNumber } from '../../kernel/masking/index.js';
import { passwordIssues } from '../../kernel/security/password.js';
import { compactCode } from '../../kernel/validators/normalize.js';
import { applicantIssues, normalizeApplicant, type Applicant } from '../cases/domain/applicant.js';

/**
 * Applicant accounts of the portal (网上办事大厅), the closest real thing to the provincial unified
 * identity login: a person signs in with their resident ID number (GB 11643), an enterprise with
 * its unified social credit code (GB 32100). Sessions follow the staff rules (auth.domain.ts):
 * hashed token in the database, idle and absolute expiry, CSRF token on writes, lockout after
 * repeated wrong passwords.
 */
export interface Registration {
  applicant: Applicant;
  password: string;
}

/** The name an account signs in with: its ID number or credit code, canonical form. */
export function loginNameOf(applicant: Applicant): string {
  return applicant.type === 'person' ? applicant.idNumber : applicant.creditCode;
}

/** The login name as typed (full-width digits, spaces, lower-case x allowed). */
export function normalizeLoginName(value: string): string {
  return compactCode(value);
}

/** The login name masked for the audit log and lists (who registered, without the full number). */
export function maskedLoginName(applicant: Applicant): string {
  return applicant.type === 'person' ? maskIdNumber(applicant.idNumber) : maskCreditCode(applicant.creditCode);
}

/** Every problem of a registration at once: the applicant (check digits, phone) and the password. */
export function registrationIssues(input: Registration, today: string): Issue[] {
  const applicant = normalizeApplicant(input.applicant);
  const problems = applicantIssues(applicant, today, '/applicant');
  problems.push(...passwordIssues(input.password, loginNameOf(applicant), '/password'));
  return problems;
}

export const accountExistsIssue = (applicant: Applicant): Issue =>
  issue(
    applicant.type === 'person' ? '/applicant/idNumber' : '/applicant/creditCode',
    'applicant.exists',
    text('该证件号码已注册，请直接登录。', 'An account with this number exists; sign in instead.'),
  );
