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
  /** 统一社会信用代码: the third part of its items' codes. */
  creditCode: string | null;
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

/** The working-day calendar (src/modules/calendar/calendar.schema.ts). */
export type DayKind = 'workday' | 'makeUpWorkday' | 'weekend' | 'holiday' | 'closure';

export interface CalendarDay {
  date: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  kind: DayKind;
  workday: boolean;
  /** The festival (holidays, make-up workdays) or the closure's reason. */
  name: string | null;
  /** The day's year (or the next, from 24 December) has no notice yet: weekends-only estimate. */
  provisional: boolean;
}

export interface CalendarYear {
  year: number;
  origin: 'shipped' | 'entered';
  documents: string[];
  holidays: number;
  makeUpWorkdays: number;
  days: { date: string; kind: 'holiday' | 'workday'; name: string }[];
}

export interface CalendarWarning {
  code: string;
  years: number[];
  message: string;
}

export interface DeadlineResult {
  deadline: string;
  provisional: boolean;
  warnings: CalendarWarning[];
}

export interface WorkdaysResult {
  workdays: number;
  provisional: boolean;
  warnings: CalendarWarning[];
}

export interface NoticeImportResult {
  years: number[];
  warnings: { path: string; code: string; message: string }[];
}

export interface Closure {
  id: string;
  centerId: string;
  date: string;
  reason: string;
}

export interface ServiceHours {
  /** Sessions like '08:30-12:00,14:00-17:30' (China time). */
  workday: string;
  /** Saturday sessions, or null when closed on Saturdays. */
  saturday: string | null;
}

export interface ListOf<T> {
  items: T[];
}
