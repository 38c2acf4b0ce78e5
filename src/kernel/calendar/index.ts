/**
 * The working-day calendar and the legal case clock (工作日历与办件时限). Pure: no I/O, no
 * Date.now(); "now" is always an argument. See README.md for the rules and the import format.
 */
export { MAX_YEAR, MIN_YEAR, formatDayNumber, parseDayNumber, type IsoDate, type Weekday } from './dates.js';
export {
  CHINA_OFFSET_MINUTES,
  chinaDateOf,
  chinaInstantOf,
  chinaLocalTimeOf,
  type ChinaLocalTime,
} from './china-time.js';
export { requireAll, requireValid, type Checked } from './checked.js';
export {
  MAX_DAY_COUNT,
  MAX_RANGE_YEARS,
  checkChinaDateTime,
  checkDate,
  checkDateRange,
  checkDayCount,
  checkInstant,
  checkRatio,
  isDayCount,
} from './validate.js';
export type { LocalClosure, NoticeDay, NoticeDayKind, YearNotice } from './notice.js';
export {
  WorkCalendar,
  combineProvisional,
  createWorkCalendar,
  type CalendarWarning,
  type DayInfo,
  type DayKind,
  type Provisional,
  type WorkCalendarInput,
} from './work-calendar.js';
export { SHIPPED_NOTICES, chinaCalendar } from './china-calendar.js';
export { addWorkdays, countWorkdays, type CountResult, type DateResult } from './clock.js';
export {
  DEFAULT_EXTENSION_DAYS,
  caseDeadline,
  caseStatus,
  type CaseClockInput,
  type CaseDeadline,
  type CaseStatus,
  type Extension,
  type Suspension,
} from './case-clock.js';
export {
  DEFAULT_WARNING_THRESHOLDS,
  warningLevel,
  warningThresholds,
  type WarningLevel,
  type WarningThresholds,
} from './warning-level.js';
export {
  INTAKE_DECISION_DAYS,
  deemedAcceptance,
  type DeemedAcceptance,
  type DeemedAcceptanceInput,
  type IntakeStatus,
} from './intake.js';
export {
  DEFAULT_SERVICE_HOURS,
  formatSessions,
  nextOpening,
  parseServiceHours,
  sameDayService,
  serviceStatusAt,
  type NextOpening,
  type SameDayService,
  type ServiceHours,
  type ServiceHoursText,
  type ServiceSession,
  type ServiceStatus,
} from './service-hours.js';
export { MAX_IMPORT_RANGE_DAYS, parseCalendarImport, type CalendarImport } from './notice-import.js';
