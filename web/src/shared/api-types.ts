import type { AuditEventView } from '../../../src/modules/audit/audit.service.js';
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

/**
 * The organization's shapes are the server's own domain types (type-only: nothing of the server
 * is bundled), so the console cannot drift from the API.
 */
export type {
  CenterLevel,
  ChiefPower,
  DepartmentKind,
  RegionLevel,
  WindowKind,
  Region,
  Center,
  Department,
  ServiceWindow,
  StaffMember,
} from '../../../src/modules/org/org.domain.js';
import type { Authorization as OrgAuthorization, Center, CenterLevel, ChiefPower, Department, DepartmentKind, RegionLevel, ServiceWindow, WindowKind } from '../../../src/modules/org/org.domain.js';

export const CHIEF_POWERS: readonly ChiefPower[] = ['decide', 'reviewReport', 'coordinate', 'seal'];
export const REGION_LEVELS: readonly RegionLevel[] = ['county', 'township', 'village'];
export const CENTER_LEVELS: readonly CenterLevel[] = ['county_center', 'branch_hall', 'township_center', 'village_point'];
export const WINDOW_KINDS: readonly WindowKind[] = ['dedicated', 'comprehensive', 'category'];
export const DEPARTMENT_KINDS: readonly DepartmentKind[] = ['department', 'authorized_org'];

/** An authorization as listed: with whether it is in force today. */
export interface Authorization extends OrgAuthorization {
  inForce: boolean;
}

/** One audit record as the audit log lists it (the server's own shape). */
export type AuditEvent = AuditEventView;

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
