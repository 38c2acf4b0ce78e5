import type { Actor } from '../context.js';
import { errors } from '../errors/index.js';

/** The kinds of applicant account on the portal (网上办事大厅). */
export type ApplicantKind = NonNullable<Actor['applicantKind']>;

/**
 * The applicant permission table: the one place that says what a signed-in applicant may do on
 * the portal. Anything not listed is denied; staff permissions (policy.ts) never apply to
 * applicants and these never apply to staff. Routes name one with `config: { applicant: '…' }`;
 * services then check ownership (an applicant sees only their own applications).
 */
export const APPLICANT_PERMISSIONS = {
  /** See one's own account; sign out. */
  'account.self': ['person', 'enterprise'],
  /** Create, edit, upload to and submit one's own online applications (网上申请). */
  'application.write': ['person', 'enterprise'],
  /** 我的办件: one's own applications and their files. */
  'application.read': ['person', 'enterprise'],
} as const satisfies Record<string, readonly ApplicantKind[]>;

export type ApplicantPermission = keyof typeof APPLICANT_PERMISSIONS;

/** Decides, without side effects, whether a signed-in applicant (by account kind) holds `permission`. */
export function applicantMay(actor: Actor, permission: ApplicantPermission): boolean {
  if (actor.kind !== 'applicant' || !actor.id || !actor.applicantKind) return false;
  const kinds: readonly ApplicantKind[] = APPLICANT_PERMISSIONS[permission];
  return kinds.includes(actor.applicantKind);
}

/** Throws unless the actor is a signed-in applicant holding `permission`. */
export function authorizeApplicant(actor: Actor, permission: ApplicantPermission): void {
  if (actor.kind !== 'applicant') throw errors.unauthenticated();
  if (!applicantMay(actor, permission)) {
    throw errors.forbidden(permission, { 'zh-CN': '您的账户不能办理此项业务。', 'en-US': 'Your account cannot do this.' }, { reason: 'role' });
  }
}
