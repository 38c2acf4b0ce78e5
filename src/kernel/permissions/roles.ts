/** Staff roles (DESIGN §1). A staff member may hold several. */
export const ROLES = [
  'admin', // 中心管理办: catalog, windows, staff, hall
  'supervisor', // 监察室 / 督查股: e-supervision, complaints, audit
  'clerk', // 窗口工作人员
  'reviewer', // 审核人
  'approver', // 审批人
  'chief_representative', // 首席代表 (A/B角, by authorization)
  'agent', // 代办员 at a township or village point
  'hotline_operator', // 12345 坐席
  'leader', // 县领导: dashboards and reports
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { 'zh-CN': string; 'en-US': string }> = {
  admin: { 'zh-CN': '中心管理员', 'en-US': 'Administrator' },
  supervisor: { 'zh-CN': '监察员', 'en-US': 'Supervisor' },
  clerk: { 'zh-CN': '窗口工作人员', 'en-US': 'Window clerk' },
  reviewer: { 'zh-CN': '审核人', 'en-US': 'Reviewer' },
  approver: { 'zh-CN': '审批人', 'en-US': 'Approver' },
  chief_representative: { 'zh-CN': '首席代表', 'en-US': 'Chief representative' },
  agent: { 'zh-CN': '代办员', 'en-US': 'Agent' },
  hotline_operator: { 'zh-CN': '热线坐席', 'en-US': 'Hotline operator' },
  leader: { 'zh-CN': '领导', 'en-US': 'Leader' },
};

/** Roles whose work is tied to one department: their data scope is that department. */
export const DEPARTMENT_ROLES: readonly Role[] = ['clerk', 'reviewer', 'approver', 'chief_representative'];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
