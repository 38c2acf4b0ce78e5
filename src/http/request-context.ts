import type {} from '@fastify/cookie';
import type { RequestContext } from '../kernel/context.js';
import type { ApplicantPermission } from '../kernel/permissions/applicant-policy.js';
import type { Permission } from '../kernel/permissions/policy.js';
import type { SignedInApplicant } from '../modules/applicants/applicants.service.js';
import type { SignedIn } from '../modules/auth/auth.service.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking, the clock, the language: handed to every service call. */
    ctx: RequestContext;
    /** The staff session, when signed in. */
    signedIn: SignedIn | null;
    /** The applicant session (portal account), on routes declaring `config.applicant`. */
    applicantSession: SignedInApplicant | null;
  }
  interface FastifyContextConfig {
    /** The permission a route needs (see src/kernel/permissions/policy.ts). */
    permission?: Permission;
    /** A route open to everyone (the portal, health, sign-in). */
    public?: boolean;
    /** A portal route for signed-in applicants (see src/kernel/permissions/applicant-policy.ts). */
    applicant?: ApplicantPermission;
    /** The largest body this route accepts, as told to people when one is larger (default: the route's body limit). */
    largestBodyBytes?: number;
  }
}

export const SESSION_COOKIE = 'ow_session';
export const CSRF_HEADER = 'x-csrf-token';
/** The applicant's session cookie on the portal, separate from the staff one. */
export const APPLICANT_COOKIE = 'ow_applicant';
