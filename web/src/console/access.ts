import type { Me } from '../shared/api-types.js';
import { DEPARTMENT_ROLES } from '../shared/roles.js';

/**
 * The permissions the console asks about (the server's table is src/kernel/permissions/policy.ts;
 * `me.permissions` lists those the user holds). The server enforces them on every request; the
 * console uses them to show only what the user may open.
 */
export type Permission =
  | 'org.read'
  | 'org.manage'
  | 'department.edit'
  | 'staff.read'
  | 'staff.manage'
  | 'authorization.read'
  | 'authorization.manage'
  | 'audit.read'
  | 'calendar.read'
  | 'calendar.manage'
  | 'catalog.read'
  | 'catalog.manage'
  | 'window.pad.manage'
  | 'case.read'
  | 'case.handle'
  | 'stats.read';

/**
 * What each console page needs. Regions, centers and departments are the organization everyone
 * may look up. Windows and staff are the hall's internal set-up, for those who work in or oversee
 * the hall (`staff.read`): village agents and hotline operators do not manage them. The working-day
 * calendar is for all staff to read (deadlines are counted on it); only admins change it. So is
 * the service catalog (事项目录): every staff member reads it, only admins (catalog.manage) change it.
 */
export const PAGE_PERMISSION = {
  regions: 'org.read',
  centers: 'org.read',
  departments: 'org.read',
  windows: 'staff.read',
  staff: 'staff.read',
  authorizations: 'authorization.read',
  calendar: 'calendar.read',
  catalogItems: 'catalog.read',
  catalogBundles: 'catalog.read',
  catalogCleanup: 'catalog.read',
  catalogFees: 'catalog.read',
  catalogExcel: 'catalog.read',
  audit: 'audit.read',
  ratingPads: 'window.pad.manage',
  caseTasks: 'case.read',
  caseReceive: 'case.handle',
  /** 网上预审: those who receive cases (clerks, chief representatives) in their department. */
  onlinePreReview: 'case.handle',
  /** 统计报表 and the screens' links: admins, supervisors and leaders (a leader sees their subtree). */
  reportsMonthly: 'stats.read',
  reportsAnnual: 'stats.read',
  bigScreen: 'stats.read',
  publicScreen: 'stats.read',
} as const satisfies Record<string, Permission>;

export type PageKey = keyof typeof PAGE_PERMISSION;

/**
 * True when the user's roles all bind them to their department (clerk, reviewer, approver, chief
 * representative): the server then lists only their department's staff and authorizations.
 */
export function ownDepartmentOnly(me: Me): boolean {
  return me.departmentId !== null && me.roles.length > 0 && me.roles.every((role) => DEPARTMENT_ROLES.includes(role));
}
