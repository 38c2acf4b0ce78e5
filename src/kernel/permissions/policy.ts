import type { Actor } from '../context.js';
import { errors } from '../errors/index.js';
import { DEPARTMENT_ROLES, ROLES, type Role } from './roles.js';

const ALL_STAFF: readonly Role[] = ROLES;

/**
 * The permission table: the one place that says which roles may do what. Anything not listed
 * here is denied. Routes name their permission; services check scope with `authorize`.
 */
export const PERMISSIONS = {
  /** See the organization: regions, centers, departments, windows. */
  'org.read': ALL_STAFF,
  /** Create, edit, deactivate regions, centers, departments and windows. */
  'org.manage': ['admin'],
  /** Edit one's own department's contact data (a chief representative for their department). */
  'department.edit': ['admin', 'chief_representative'],
  /** See staff lists: department roles see only their department. */
  'staff.read': ['admin', 'supervisor', 'leader', 'chief_representative', 'clerk', 'reviewer', 'approver'],
  'staff.manage': ['admin'],
  /** 授权书 of chief representatives. */
  'authorization.read': ['admin', 'supervisor', 'leader', 'chief_representative'],
  'authorization.manage': ['admin'],
  'audit.read': ['admin', 'supervisor'],
  /** See cases: department roles their department's, others their centers'. */
  'case.read': ['admin', 'supervisor', 'leader', 'clerk', 'reviewer', 'approver', 'chief_representative', 'agent'],
  /** Receive and move cases along (the lifecycle decides which role does which step). */
  'case.handle': ['clerk', 'reviewer', 'approver', 'chief_representative', 'agent', 'supervisor'],
  'calendar.read': ALL_STAFF,
  'calendar.manage': ['admin'],
  /** The service catalog (事项目录): items, versions, bundles, cleanup rounds, fees. */
  'catalog.read': ALL_STAFF,
  /** Create and change items, bundles and fees; cleanup rounds and their approval; Excel import. */
  'catalog.manage': ['admin'],
  /** Statistics (统计): figures, series, rankings, roll-ups, the big screen, exports; leaders see their subtree. */
  'stats.read': ['admin', 'supervisor', 'leader'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

/** What an action touches: the center and, where it applies, the department. */
export interface Scope {
  centerId?: string | null;
  departmentId?: string | null;
}

export type Decision = { allowed: true } | { allowed: false; reason: 'role' | 'center' | 'department' };

/** Decides, without side effects, whether the actor may perform `permission` on `scope`. */
export function decide(actor: Actor, permission: Permission, scope: Scope = {}): Decision {
  if (actor.kind !== 'staff') return { allowed: false, reason: 'role' };
  const allowedRoles: readonly Role[] = PERMISSIONS[permission];
  const granting = actor.roles.filter((role) => allowedRoles.includes(role));
  if (granting.length === 0) return { allowed: false, reason: 'role' };
  if (scope.centerId && !actor.centerScope.includes(scope.centerId)) return { allowed: false, reason: 'center' };
  const onlyThroughDepartment = granting.every((role) => DEPARTMENT_ROLES.includes(role));
  const ownDepartments = [actor.departmentId, ...actor.servedDepartmentIds];
  if (onlyThroughDepartment && scope.departmentId !== undefined && !ownDepartments.includes(scope.departmentId ?? null)) {
    return { allowed: false, reason: 'department' };
  }
  return { allowed: true };
}

/** True when the actor sees only their own department's data for this permission. */
export function limitedToOwnDepartment(actor: Actor, permission: Permission): boolean {
  const allowedRoles: readonly Role[] = PERMISSIONS[permission];
  const granting = actor.roles.filter((role) => allowedRoles.includes(role));
  return granting.length > 0 && granting.every((role) => DEPARTMENT_ROLES.includes(role));
}

const REASONS = {
  role: { 'zh-CN': '您的角色不含此权限。', 'en-US': 'Your roles do not include this permission.' },
  center: { 'zh-CN': '该数据属于您管辖范围以外的中心。', 'en-US': 'The data belongs to a center outside your scope.' },
  department: { 'zh-CN': '该数据属于其他部门。', 'en-US': 'The data belongs to another department.' },
} as const;

/** Throws a `forbidden` error unless `decide` allows the action. */
export function authorize(actor: Actor, permission: Permission, scope: Scope = {}): void {
  if (actor.kind === 'public') throw errors.unauthenticated();
  const decision = decide(actor, permission, scope);
  if (!decision.allowed) {
    throw errors.forbidden(permission, REASONS[decision.reason], { reason: decision.reason });
  }
}
