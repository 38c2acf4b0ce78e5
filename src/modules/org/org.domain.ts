import { issue, text, type Issue } from '../../kernel/errors/index.js';
import { DEPARTMENT_ROLES, type Role } from '../../kernel/permissions/roles.js';

/** 行政区划 levels, by the length of the 行政区划代码: 6 county, 9 township, 12 village. */
export type RegionLevel = 'county' | 'township' | 'village';
export type CenterLevel = 'county_center' | 'branch_hall' | 'township_center' | 'village_point';
export type WindowKind = 'dedicated' | 'comprehensive' | 'category';
export type DepartmentKind = 'department' | 'authorized_org';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  active: boolean;
}

export interface Center {
  id: string;
  name: string;
  level: CenterLevel;
  regionCode: string;
  parentId: string | null;
  address: string;
  phone: string;
  active: boolean;
  /** Created by a history import for a center its file named (占位); set by storage, never by a form. */
  placeholder?: boolean;
}

export interface Department {
  id: string;
  centerId: string;
  code: string;
  name: string;
  shortName: string;
  kind: DepartmentKind;
  phone: string;
  /** 统一社会信用代码 (the third part of the codes of the items it implements); null until entered. */
  creditCode: string | null;
  active: boolean;
  /** Created by a history import for a department its file named (占位); set by storage, never by a form. */
  placeholder?: boolean;
}

export interface ServiceWindow {
  id: string;
  centerId: string;
  number: string;
  name: string;
  kind: WindowKind;
  category: string | null;
  location: string;
  phone: string;
  departmentIds: string[];
  active: boolean;
}

export interface StaffMember {
  id: string;
  username: string;
  displayName: string;
  centerId: string;
  departmentId: string | null;
  windowId: string | null;
  phone: string;
  roles: Role[];
  active: boolean;
  lockedUntil: string | null;
}

/** The four powers a department may delegate to its chief representative (首席代表). */
export const CHIEF_POWERS = ['decide', 'reviewReport', 'coordinate', 'seal'] as const;
export type ChiefPower = (typeof CHIEF_POWERS)[number];
export const CHIEF_POWER_LABELS: Record<ChiefPower, string> = {
  decide: '审批决定权',
  reviewReport: '审核上报权',
  coordinate: '组织协调权',
  seal: '印章使用权',
};

/** 授权书. */
export interface Authorization {
  id: string;
  staffId: string;
  departmentId: string;
  position: 'A' | 'B';
  documentNo: string;
  powers: ChiefPower[];
  validFrom: string;
  validTo: string | null;
  revokedAt: string | null;
}

export const REGION_CODE_LENGTH: Record<RegionLevel, number> = { county: 6, township: 9, village: 12 };
const PARENT_REGION_LEVEL: Record<RegionLevel, RegionLevel | null> = { county: null, township: 'county', village: 'township' };

/** The level of region a center of each level sits in, and the level of its parent center. */
export const CENTER_RULES: Record<CenterLevel, { regionLevel: RegionLevel; parentLevel: CenterLevel | null }> = {
  county_center: { regionLevel: 'county', parentLevel: null },
  branch_hall: { regionLevel: 'county', parentLevel: 'county_center' },
  township_center: { regionLevel: 'township', parentLevel: 'county_center' },
  village_point: { regionLevel: 'village', parentLevel: 'township_center' },
};

export function regionLevelOfCode(code: string): RegionLevel | null {
  if (!/^\d+$/.test(code)) return null;
  const entry = Object.entries(REGION_CODE_LENGTH).find(([, length]) => length === code.length);
  return entry ? (entry[0] as RegionLevel) : null;
}

/** A region's code fixes its level, and a child's code begins with its parent's. */
export function regionIssues(input: { code: string; level: RegionLevel; parent: Region | null }): Issue[] {
  const problems: Issue[] = [];
  const expectedLength = REGION_CODE_LENGTH[input.level];
  if (!/^\d+$/.test(input.code) || input.code.length !== expectedLength) {
    problems.push(
      issue(
        '/code',
        'region.code_format',
        text('{level}级行政区划代码应为 {n} 位数字，收到“{code}”。', 'A {levelEn} region code has {n} digits; got "{code}".', {
          level: { county: '县', township: '乡镇', village: '村' }[input.level],
          levelEn: input.level,
          n: expectedLength,
          code: input.code,
        }),
      ),
    );
  }
  const parentLevel = PARENT_REGION_LEVEL[input.level];
  if (parentLevel === null && input.parent) {
    problems.push(issue('/parentCode', 'region.parent_not_allowed', text('县级区划不能有上级。', 'A county region has no parent here.')));
  }
  if (parentLevel !== null) {
    if (!input.parent) {
      problems.push(issue('/parentCode', 'region.parent_required', text('乡镇和村须指定上级区划。', 'A township or village needs its parent region.')));
    } else if (input.parent.level !== parentLevel) {
      problems.push(
        issue('/parentCode', 'region.parent_level', text('上级区划的层级不对：应为{level}。', 'The parent region must be a {level}.', { level: parentLevel })),
      );
    } else if (!input.code.startsWith(input.parent.code)) {
      problems.push(
        issue(
          '/code',
          'region.code_prefix',
          text('区划代码“{code}”应以上级代码“{parent}”开头。', 'Region code "{code}" must begin with its parent\'s code "{parent}".', {
            code: input.code,
            parent: input.parent.code,
          }),
        ),
      );
    }
  }
  return problems;
}

/** A center sits in a region of its level, under a center of the level above. */
export function centerIssues(input: { level: CenterLevel; region: Region | null; parent: Center | null }): Issue[] {
  const problems: Issue[] = [];
  const rule = CENTER_RULES[input.level];
  if (!input.region) {
    problems.push(issue('/regionCode', 'center.region_unknown', text('找不到该行政区划，请先建立区划。', 'Unknown region; create the region first.')));
  } else if (input.region.level !== rule.regionLevel) {
    problems.push(
      issue('/regionCode', 'center.region_level', text('此类中心应设在{level}级区划。', 'This kind of center belongs in a {level} region.', { level: rule.regionLevel })),
    );
  }
  if (rule.parentLevel === null && input.parent) {
    problems.push(issue('/parentId', 'center.parent_not_allowed', text('县级中心没有上级中心。', 'A county center has no parent center.')));
  }
  if (rule.parentLevel !== null) {
    if (!input.parent) {
      problems.push(issue('/parentId', 'center.parent_required', text('请指定上级中心。', 'Choose the parent center.')));
    } else if (input.parent.level !== rule.parentLevel) {
      problems.push(
        issue('/parentId', 'center.parent_level', text('上级中心的层级不对：应为 {level}。', 'The parent center must be a {level}.', { level: rule.parentLevel })),
      );
    }
  }
  return problems;
}

/**
 * A dedicated window serves exactly one department; a comprehensive window (综合窗口) several;
 * a category window (分类窗口) names its category and serves at least one.
 */
export function windowIssues(input: { kind: WindowKind; category: string | null; departmentIds: string[] }): Issue[] {
  const problems: Issue[] = [];
  const count = new Set(input.departmentIds).size;
  if (count !== input.departmentIds.length) {
    problems.push(issue('/departmentIds', 'window.duplicate_department', text('部门重复。', 'A department is listed twice.')));
  }
  if (input.kind === 'dedicated' && count !== 1) {
    problems.push(issue('/departmentIds', 'window.dedicated_one', text('专窗只能服务一个部门。', 'A dedicated window serves exactly one department.')));
  }
  if (input.kind === 'comprehensive' && count < 2) {
    problems.push(
      issue('/departmentIds', 'window.comprehensive_many', text('综合窗口至少服务两个部门。', 'A comprehensive window serves at least two departments.')),
    );
  }
  if (input.kind === 'category') {
    if (!input.category?.trim()) {
      problems.push(issue('/category', 'window.category_required', text('分类窗口须填写类别（如“项目投资”）。', 'A category window needs its category (e.g. investment projects).')));
    }
    if (count < 1) {
      problems.push(issue('/departmentIds', 'window.category_departments', text('分类窗口至少服务一个部门。', 'A category window serves at least one department.')));
    }
  }
  return problems;
}

/** Department roles need a department; an agent works at a township or village point. */
export function staffIssues(input: { roles: Role[]; departmentId: string | null; centerLevel: CenterLevel | null }): Issue[] {
  const problems: Issue[] = [];
  if (input.roles.length === 0) {
    problems.push(issue('/roles', 'staff.roles_required', text('至少分配一个角色。', 'Assign at least one role.')));
  }
  const needsDepartment = input.roles.filter((role) => DEPARTMENT_ROLES.includes(role));
  if (needsDepartment.length > 0 && !input.departmentId) {
    problems.push(
      issue('/departmentId', 'staff.department_required', text('角色 {roles} 须指定所属部门。', 'The roles {roles} need a department.', { roles: needsDepartment.join(', ') })),
    );
  }
  return problems;
}

/** An authorization holds at least one power, for a chief representative of that department, with sensible dates. */
export function authorizationIssues(input: {
  powers: ChiefPower[];
  validFrom: string;
  validTo: string | null;
  staff: Pick<StaffMember, 'roles' | 'departmentId'> | null;
  departmentId: string;
}): Issue[] {
  const problems: Issue[] = [];
  if (input.powers.length === 0) {
    problems.push(issue('/powers', 'authorization.powers_required', text('授权书至少授予一项权力。', 'An authorization grants at least one power.')));
  }
  if (new Set(input.powers).size !== input.powers.length) {
    problems.push(issue('/powers', 'authorization.duplicate_power', text('权力重复。', 'A power is listed twice.')));
  }
  if (input.validTo && input.validTo < input.validFrom) {
    problems.push(issue('/validTo', 'authorization.dates', text('截止日期不能早于生效日期。', 'The end date cannot precede the start date.')));
  }
  if (!input.staff) {
    problems.push(issue('/staffId', 'authorization.staff_unknown', text('找不到被授权人。', 'Unknown staff member.')));
  } else {
    if (!input.staff.roles.includes('chief_representative')) {
      problems.push(issue('/staffId', 'authorization.not_chief', text('被授权人须具有“首席代表”角色。', 'The staff member must hold the chief representative role.')));
    }
    if (input.staff.departmentId !== input.departmentId) {
      problems.push(issue('/departmentId', 'authorization.other_department', text('只能由被授权人所属部门授权。', 'Only the staff member\'s own department can authorize them.')));
    }
  }
  return problems;
}

/** An authorization is in force on `date` (YYYY-MM-DD) unless revoked. */
export function authorizationInForce(authorization: Authorization, date: string): boolean {
  return (
    authorization.revokedAt === null &&
    authorization.validFrom <= date &&
    (authorization.validTo === null || date <= authorization.validTo)
  );
}

/** The center and every center below it: the scope of someone who works there. */
export function centerScope(centers: Pick<Center, 'id' | 'parentId'>[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const center of centers) {
    if (center.parentId) children.set(center.parentId, [...(children.get(center.parentId) ?? []), center.id]);
  }
  const scope: string[] = [];
  const queue = [rootId];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (scope.includes(id)) continue;
    scope.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return scope;
}
