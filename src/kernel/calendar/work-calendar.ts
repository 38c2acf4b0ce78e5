import { errors, issue, type Issue } from '../errors/index.js';
import type { LocalizedText } from '../i18n/locale.js';
import {
  dayNumberOf,
  firstDayOfYear,
  formatDayNumber,
  isWeekend,
  parseDayNumber,
  weekdayOf,
  yearOfDayNumber,
  type IsoDate,
  type Weekday,
} from './dates.js';
import { calendarText } from './messages.js';
import {
  NEXT_NOTICE_REACH_FROM_DECEMBER_DAY,
  NOTICE_DAY_KINDS,
  isValidNoticeYear,
  noticeDayProblems,
  type LocalClosure,
  type NoticeDayKind,
  type YearNotice,
} from './notice.js';
import { requireValid } from './checked.js';
import { checkDayNumber } from './validate.js';
import { addWeekdays, weekdaysBetween } from './weekdays.js';

/**
 * What a day is (日期类型):
 * - `workday`: Monday–Friday, not arranged otherwise (工作日);
 * - `makeUpWorkday`: a weekend day worked under a notice (调休上班);
 * - `weekend`: Saturday or Sunday (双休日);
 * - `holiday`: a day off under a notice, weekend days inside the span included (放假);
 * - `closure`: a local closure of the center (本地停办), whatever the day was before.
 */
export type DayKind = 'workday' | 'makeUpWorkday' | 'weekend' | 'holiday' | 'closure';

export interface DayInfo {
  date: IsoDate;
  weekday: Weekday;
  kind: DayKind;
  /** Whether the day counts as a working day. */
  workday: boolean;
  /** The festival or closure reason, for holidays, make-up workdays and closures. */
  name: string | null;
  /** The day's year (or the next, for the last days of December) has no notice yet. */
  provisional: boolean;
}

/** Why a result may still change: the notices it would depend on are not in the calendar. */
export interface CalendarWarning {
  code: 'calendar.notice_missing';
  /** The years whose notice is missing. */
  years: readonly number[];
  message: LocalizedText;
}

/** Every result of the calendar says whether it is final. */
export interface Provisional {
  /** True when a date the result depends on lies in a year without a notice. */
  provisional: boolean;
  warnings: readonly CalendarWarning[];
}

export interface WorkCalendarInput {
  notices: readonly YearNotice[];
  closures?: readonly LocalClosure[];
}

const KIND_CODES: readonly DayKind[] = ['workday', 'makeUpWorkday', 'weekend', 'holiday', 'closure'];
const CODE: Record<DayKind, number> = { workday: 0, makeUpWorkday: 1, weekend: 2, holiday: 3, closure: 4 };
const NO_WARNINGS: readonly CalendarWarning[] = Object.freeze([]);
const SETTLED: Provisional = Object.freeze({ provisional: false, warnings: NO_WARNINGS });

/**
 * A working-day calendar (工作日历): the weekends-only rule, overridden by the year notices
 * and then by the center's local closures. Immutable; build a new one to change it (it takes
 * well under a millisecond for twenty years).
 *
 * Inside the *indexed years* (the years of the notices and closures, one more on each side)
 * the calendar keeps, per day, its kind and the running count of workdays, plus the list of
 * workdays in order: counting and adding working days are two array reads. Outside, the
 * weekends-only rule is applied in closed form. Nothing ever walks day by day.
 *
 * The methods taking day numbers (see dates.ts) are the fast core used by the clock; the
 * clock functions (clock.ts, case-clock.ts) take and return `YYYY-MM-DD` text.
 */
export class WorkCalendar {
  /** The notices, one per year, ascending. */
  readonly notices: readonly YearNotice[];
  /** The local closures, ascending by date. */
  readonly closures: readonly LocalClosure[];
  /** Years with a notice. */
  readonly knownYears: ReadonlySet<number>;

  /** Day number of the first indexed day and one past the last. */
  private readonly base: number;
  private readonly end: number;
  /** kinds[i]: CODE of day base + i. */
  private readonly kinds: Uint8Array;
  /** workdaysBefore[i]: workdays in [base, base + i). Length end - base + 1. */
  private readonly workdaysBefore: Int32Array;
  /** The indexed workdays, ascending. */
  private readonly workdayList: Int32Array;
  /** unsettledBefore[i]: unsettled days in [base, base + i). */
  private readonly unsettledBefore: Int32Array;
  private readonly names: ReadonlyMap<number, string>;

  private constructor(notices: readonly YearNotice[], closures: readonly LocalClosure[]) {
    this.notices = Object.freeze([...notices].sort((a, b) => a.year - b.year));
    this.closures = Object.freeze([...closures].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
    this.knownYears = new Set(this.notices.map((n) => n.year));

    const years = [...this.knownYears, ...this.closures.map((c) => Number(c.date.slice(0, 4)))];
    const minYear = years.length > 0 ? Math.min(...years) - 1 : 1970;
    const maxYear = years.length > 0 ? Math.max(...years) + 1 : 1969;
    this.base = firstDayOfYear(minYear);
    this.end = firstDayOfYear(maxYear + 1);
    const length = Math.max(0, this.end - this.base);

    const kinds = new Uint8Array(length);
    for (let i = 0; i < length; i++) kinds[i] = isWeekend(this.base + i) ? CODE.weekend : CODE.workday;
    const names = new Map<number, string>();
    for (const notice of this.notices) {
      for (const day of notice.days) {
        const d = parseDayNumber(day.date);
        kinds[d - this.base] = day.kind === 'holiday' ? CODE.holiday : isWeekend(d) ? CODE.makeUpWorkday : CODE.workday;
        names.set(d, day.name);
      }
    }
    for (const closure of this.closures) {
      const d = parseDayNumber(closure.date);
      kinds[d - this.base] = CODE.closure;
      names.set(d, closure.reason);
    }

    const workdaysBefore = new Int32Array(length + 1);
    const unsettledBefore = new Int32Array(length + 1);
    const list: number[] = [];
    for (let i = 0; i < length; i++) {
      const working = kinds[i] === CODE.workday || kinds[i] === CODE.makeUpWorkday;
      if (working) list.push(this.base + i);
      workdaysBefore[i + 1] = workdaysBefore[i]! + (working ? 1 : 0);
      unsettledBefore[i + 1] = unsettledBefore[i]! + (this.isSettled(this.base + i) ? 0 : 1);
    }
    this.kinds = kinds;
    this.names = names;
    this.workdaysBefore = workdaysBefore;
    this.unsettledBefore = unsettledBefore;
    this.workdayList = Int32Array.from(list);
    Object.freeze(this);
  }

  /**
   * Builds a calendar from year notices and local closures. Throws `invalid` listing every
   * problem (a notice year twice, a date outside its notice, a date both off and worked…).
   */
  static create(input: WorkCalendarInput): WorkCalendar {
    const closures = input.closures ?? [];
    const issues = [...noticeIssues(input.notices), ...closureIssues(closures)];
    if (issues.length > 0) throw errors.invalid(issues, 'calendar_invalid');
    return new WorkCalendar(
      input.notices.map((n) => ({ ...n, days: n.days.map((d) => ({ ...d, date: normalDate(d.date) })) })),
      closures.map((c) => ({ date: normalDate(c.date), reason: c.reason.trim() })),
    );
  }

  /** This calendar with `notices` added; a notice replaces the one of the same year. */
  withNotices(notices: readonly YearNotice[]): WorkCalendar {
    const replaced = new Set(notices.map((n) => n.year));
    return WorkCalendar.create({
      notices: [...this.notices.filter((n) => !replaced.has(n.year)), ...notices],
      closures: this.closures,
    });
  }

  /** This calendar with `closures` added (a date already closed keeps its first reason). */
  withClosures(closures: readonly LocalClosure[]): WorkCalendar {
    const closed = new Set(this.closures.map((c) => c.date));
    const fresh = closures.filter((c) => !closed.has(normalDate(c.date)));
    return WorkCalendar.create({ notices: this.notices, closures: [...this.closures, ...fresh] });
  }

  isKnownYear(year: number): boolean {
    return this.knownYears.has(year);
  }

  /** What `date` is. Throws `invalid` for a malformed date. */
  dayInfo(date: IsoDate, path = '/date'): DayInfo {
    const d = requireValid(checkDayNumber(date, path));
    const kind = this.kindOf(d);
    return {
      date: formatDayNumber(d),
      weekday: weekdayOf(d),
      kind,
      workday: kind === 'workday' || kind === 'makeUpWorkday',
      name: this.names.get(d) ?? null,
      provisional: !this.isSettled(d),
    };
  }

  /** Whether `date` is a working day (工作日). Throws `invalid` for a malformed date. */
  isWorkday(date: IsoDate): boolean {
    return this.dayInfo(date).workday;
  }

  // ---- the day-number core ----

  kindOf(dayNumber: number): DayKind {
    if (dayNumber >= this.base && dayNumber < this.end) return KIND_CODES[this.kinds[dayNumber - this.base]!]!;
    return isWeekend(dayNumber) ? 'weekend' : 'workday';
  }

  isWorkdayNumber(dayNumber: number): boolean {
    const kind = this.kindOf(dayNumber);
    return kind === 'workday' || kind === 'makeUpWorkday';
  }

  /**
   * Working days strictly after `from` up to and including `to` (the first day of a period is
   * not counted). Negative when `to` is before `from`: countAfter(a, b) = -countAfter(b, a).
   */
  countAfter(from: number, to: number): number {
    return this.workdaysBeforeDay(to + 1) - this.workdaysBeforeDay(from + 1);
  }

  /** The n-th working day strictly after `from` (n ≥ 0; n = 0 gives `from` itself). */
  addAfter(from: number, n: number): number {
    if (n <= 0) return from;
    let at = from;
    let left = n;
    if (at < this.base - 1) {
      const d = addWeekdays(at, left);
      if (d < this.base) return d;
      left -= weekdaysBetween(at, this.base - 1);
      at = this.base - 1;
    }
    if (at < this.end - 1) {
      const target = this.workdaysBefore[at + 1 - this.base]! + left;
      if (target <= this.workdayList.length) return this.workdayList[target - 1]!;
      left = target - this.workdayList.length;
      at = this.end - 1;
    }
    return addWeekdays(at, left);
  }

  /**
   * A day is settled when its year has a notice, and — for the last days of December — the
   * next year's notice too, since that one may still arrange them.
   */
  isSettled(dayNumber: number): boolean {
    const year = yearOfDayNumber(dayNumber);
    if (!this.knownYears.has(year)) return false;
    return dayNumber < dayNumberOf(year, 12, NEXT_NOTICE_REACH_FROM_DECEMBER_DAY) || this.knownYears.has(year + 1);
  }

  /** Whether every day in (from, to] is settled, and if not, which notices are missing. */
  reach(from: number, to: number): Provisional {
    if (to <= from) return SETTLED;
    const inside = from + 1 >= this.base && to < this.end;
    if (inside && this.unsettledBefore[to + 1 - this.base] === this.unsettledBefore[from + 1 - this.base]) return SETTLED;
    return { provisional: true, warnings: [noticeMissingWarning(this.missingNoticeYears(from + 1, to))] };
  }

  /** Provisional status of a single day. */
  reachDay(dayNumber: number): Provisional {
    return this.reach(dayNumber - 1, dayNumber);
  }

  private missingNoticeYears(first: number, last: number): number[] {
    const missing = new Set<number>();
    const lastYear = yearOfDayNumber(last);
    for (let year = yearOfDayNumber(first); year <= lastYear; year++) {
      if (!this.knownYears.has(year)) missing.add(year);
      else if (!this.knownYears.has(year + 1) && last >= dayNumberOf(year, 12, NEXT_NOTICE_REACH_FROM_DECEMBER_DAY)) {
        missing.add(year + 1);
      }
    }
    return [...missing].sort((a, b) => a - b);
  }

  /** Workdays in [base, x), extended outside the index by the weekends-only rule. */
  private workdaysBeforeDay(x: number): number {
    if (x <= this.base) return -weekdaysBetween(x - 1, this.base - 1);
    if (x >= this.end) return this.workdayList.length + weekdaysBetween(this.end - 1, x - 1);
    return this.workdaysBefore[x - this.base]!;
  }
}

/** The warning that the notices of `years` are missing. */
export function noticeMissingWarning(years: readonly number[]): CalendarWarning {
  return { code: 'calendar.notice_missing', years, message: calendarText.noticeMissing(years) };
}

/** Provisional if any part is; one warning listing every missing year of every part. */
export function combineProvisional(...parts: readonly Provisional[]): Provisional {
  if (!parts.some((p) => p.provisional)) return SETTLED;
  const years = new Set<number>();
  for (const part of parts) for (const warning of part.warnings) for (const year of warning.years) years.add(year);
  return { provisional: true, warnings: [noticeMissingWarning([...years].sort((a, b) => a - b))] };
}

/** Builds a calendar; see WorkCalendar.create. */
export function createWorkCalendar(input: WorkCalendarInput): WorkCalendar {
  return WorkCalendar.create(input);
}

function normalDate(date: IsoDate): IsoDate {
  return formatDayNumber(parseDayNumber(date));
}

function noticeIssues(notices: readonly YearNotice[]): Issue[] {
  const issues: Issue[] = [];
  const years = new Set<number>();
  notices.forEach((notice, n) => {
    const at = `/notices/${n}`;
    if (!isValidNoticeYear(notice.year)) {
      issues.push(issue(`${at}/year`, 'notice.year_invalid', calendarText.noticeYearInvalid(notice.year)));
      return;
    }
    if (years.has(notice.year)) {
      issues.push(issue(`${at}/year`, 'notice.duplicate_year', calendarText.noticeDuplicateYear(notice.year)));
    }
    years.add(notice.year);
    const parsed: { dayNumber: number; kind: NoticeDayKind }[] = [];
    notice.days.forEach((day, i) => {
      const date = checkDayNumber(day.date, `${at}/days/${i}/date`);
      if (!date.ok) issues.push(...date.issues);
      if (!NOTICE_DAY_KINDS.includes(day.kind)) {
        issues.push(issue(`${at}/days/${i}/kind`, 'notice.kind_invalid', calendarText.noticeKindInvalid(day.kind)));
      }
      if (date.ok && NOTICE_DAY_KINDS.includes(day.kind)) parsed.push({ dayNumber: date.value, kind: day.kind });
    });
    if (parsed.length < notice.days.length) return;
    for (const p of noticeDayProblems(notice.year, parsed, (i) => `${at}/days/${i}`)) {
      issues.push(issue(p.index < 0 ? `${at}/days` : `${at}/days/${p.index}`, p.code, p.message));
    }
  });
  return issues;
}

function closureIssues(closures: readonly LocalClosure[]): Issue[] {
  const issues: Issue[] = [];
  closures.forEach((closure, i) => {
    const date = checkDayNumber(closure.date, `/closures/${i}/date`);
    if (!date.ok) {
      issues.push(...date.issues);
    } else if (typeof closure.reason !== 'string' || closure.reason.trim() === '') {
      issues.push(issue(`/closures/${i}/reason`, 'closure.reason_missing', calendarText.closureReasonMissing(closure.date)));
    }
  });
  return issues;
}
