import type { Locale } from './i18n/locale.js';
import type { Role } from './permissions/roles.js';
import type { Clock } from './time/clock.js';

/** Who is acting: a signed-in staff member, the system (jobs, CLI), the public (portal), or a signed-in applicant (portal account). */
export interface Actor {
  kind: 'staff' | 'system' | 'public' | 'applicant';
  id: string | null;
  name: string;
  roles: readonly Role[];
  /** The staff member's own center. */
  centerId: string | null;
  /** The centers the actor may act in: its own center and those below it. */
  centerScope: readonly string[];
  departmentId: string | null;
  /** Further departments the actor works for: those served by their comprehensive window (综合窗口). */
  servedDepartmentIds: readonly string[];
  /** The window a staff member serves at (cases received without naming a window are theirs). */
  windowId?: string | null;
  /** A signed-in applicant's account kind (kernel/permissions/applicant-policy.ts); absent for others. */
  applicantKind?: 'person' | 'enterprise';
}

/** What every service call receives: the actor, the clock, the language and the request id. */
export interface RequestContext {
  actor: Actor;
  clock: Clock;
  locale: Locale;
  requestId: string | null;
}

export const systemActor: Actor = {
  kind: 'system',
  id: null,
  name: '系统',
  roles: [],
  centerId: null,
  centerScope: [],
  departmentId: null,
  servedDepartmentIds: [],
};

export const publicActor: Actor = { ...systemActor, kind: 'public', name: '公众' };
