import type { Role } from './roles.js';

/** The shapes the API returns (see GET /api/openapi.json; src/modules/org/org.schema.ts). */

export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  centerId: string;
  departmentId: string | null;
  windowId: string | null;
  csrfToken: string;
  permissions: string[];
}

export type RegionLevel = 'county' | 'township' | 'village';
export type CenterLevel = 'county_center' | 'branch_hall' | 'township_center' | 'village_point';
export type WindowKind = 'dedicated' | 'comprehensive' | 'category';
export type DepartmentKind = 'department' | 'authorized_org';
export type ChiefPower = 'decide' | 'reviewReport' | 'coordinate' | 'seal';
export const CHIEF_POWERS: readonly ChiefPower[] = ['decide', 'reviewReport', 'coordinate', 'seal'];
export const REGION_LEVELS: readonly RegionLevel[] = ['county', 'township', 'village'];
export const CENTER_LEVELS: readonly CenterLevel[] = ['county_center', 'branch_hall', 'township_center', 'village_point'];
export const WINDOW_KINDS: readonly WindowKind[] = ['dedicated', 'comprehensive', 'category'];
export const DEPARTMENT_KINDS: readonly DepartmentKind[] = ['department', 'authorized_org'];

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
}

export interface Department {
  id: string;
  centerId: string;
  code: string;
  name: string;
  shortName: string;
  kind: DepartmentKind;
  phone: string;
  active: boolean;
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
  inForce: boolean;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditVerification {
  ok: boolean;
  records: number;
  firstBreak: unknown;
}

export interface PublicCenter {
  center: Center;
  departments: Department[];
  windows: ServiceWindow[];
  centers: Center[];
}

export interface ListOf<T> {
  items: T[];
}
