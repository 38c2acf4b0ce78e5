import { errors, issue, type Issue } from '../errors/index.js';
import type { Instant } from '../time/clock.js';
import { ok, requireAll, type Checked } from './checked.js';
import { checkInstantMs, chinaDayNumberOfMs, parseInstantMs } from './china-time.js';
import { formatDayNumber, type IsoDate } from './dates.js';
import { calendarText } from './messages.js';
import { checkDayCount, checkDayNumber, isDayCount } from './validate.js';
import { warningLevel, type WarningLevel, type WarningThresholds } from './warning-level.js';
import { combineProvisional, type Provisional, type WorkCalendar } from './work-calendar.js';

/**
 * A case's clock (办件时限), after the Administrative Licensing Law (行政许可法):
 * - the period runs from acceptance (受理), the day of acceptance not counted (see clock.ts);
 *   a limit of 0 working days (即办件) is due on the day of acceptance;
 * - suspensions (特别程序 / 暂停, Art. 45: hearings, testing, expert review…) do not count:
 *   each is a range of dates [from, to], both included, possibly still open;
 * - one extension (延期, Art. 42) adds working days, 10 unless configured (a disclosure request
 *   gets 20), and must be decided within the original limit.
 */

/** Extra working days of an extension under Art. 42. */
export const DEFAULT_EXTENSION_DAYS = 10;

export interface Suspension {
  /** First day of the suspension. */
  from: IsoDate;
  /** Last day, included; null or absent while the suspension is still open. */
  to?: IsoDate | null;
  reason?: string;
}

export interface Extension {
  /** Working days added; DEFAULT_EXTENSION_DAYS when absent. */
  days?: number;
  /** The day the extension was decided; must not be after the original deadline. */
  grantedOn?: IsoDate | null;
}

export interface CaseClockInput {
  /** The instant of acceptance (受理), ISO 8601. */
  acceptedAt: Instant;
  /** The limit in working days (承诺时限 promisedDays, or legalDays); 0 = 即办件. */
  promisedDays: number;
  suspensions?: readonly Suspension[];
  extension?: Extension | null;
}

export interface CaseDeadline extends Provisional {
  /** The China date of acceptance. */
  acceptedOn: IsoDate;
  /** The last day on which the case is on time (办理期限). */
  deadline: IsoDate;
  /** promisedDays plus the extension's days. */
  limitDays: number;
  extensionDays: number;
  /** Working days the suspensions took out before the deadline. */
  suspendedWorkdays: number;
  /** A suspension is still open: the deadline moves one working day each working day. */
  clockStopped: boolean;
}

export interface CaseStatus extends CaseDeadline {
  /** The China date of `now`. */
  today: IsoDate;
  /** Counting working days strictly after today up to the deadline, suspensions excluded; 0 on the deadline day and after it. */
  remainingWorkdays: number;
  /** Today is after the deadline day. */
  overdue: boolean;
  /** Working days strictly after the deadline up to today (0 when not overdue, or overdue only over a weekend). */
  overdueWorkdays: number;
  level: WarningLevel;
}

/** Day numbers of a case, checked. */
interface ParsedCase {
  accepted: number;
  promisedDays: number;
  extensionDays: number;
  grantedOn: number | null;
  /** Merged, sorted, clipped to days after acceptance. */
  suspensions: [number, number][];
  clockStopped: boolean;
}

/**
 * The deadline of a case. `asOf` (a China date) is needed only while a suspension is open:
 * the suspension is then taken to last through `asOf`. Throws `invalid` on malformed input,
 * `unprocessable` (extension_after_deadline) when the extension came too late.
 */
export function caseDeadline(calendar: WorkCalendar, input: CaseClockInput, asOf?: IsoDate): CaseDeadline {
  const asOfDay = asOf === undefined ? null : requireAll({ asOf: checkDayNumber(asOf, '/asOf') }).asOf;
  return deadlineOf(calendar, parseCase(input, asOfDay)).result;
}

/** The deadline, working days remaining and warning level of a case at instant `now`. */
export function caseStatus(
  calendar: WorkCalendar,
  input: CaseClockInput,
  now: Instant,
  thresholds?: Partial<WarningThresholds>,
): CaseStatus {
  const today = chinaDayNumberOfMs(requireAll({ now: checkInstantMs(now, '/now') }).now);
  const parsed = parseCase(input, today);
  const { result: deadline, end } = deadlineOf(calendar, parsed);
  const overdue = today > end;
  const remainingWorkdays = overdue ? 0 : countedBetween(calendar, today, end, parsed.suspensions);
  const overdueWorkdays = overdue ? calendar.countAfter(end, today) : 0;
  const provisional = combineProvisional(deadline, calendar.reach(Math.min(today, end), Math.max(today, end)));
  return {
    ...deadline,
    ...provisional,
    today: formatDayNumber(today),
    remainingWorkdays,
    overdue,
    overdueWorkdays,
    level: warningLevel({ remainingWorkdays, limitDays: deadline.limitDays, overdue }, thresholds),
  };
}

/**
 * Working days strictly after `from` up to and including `to` that are not suspended; 0 when
 * `to` is not after `from`.
 */
export function countedBetween(calendar: WorkCalendar, from: number, to: number, suspensions: readonly [number, number][]): number {
  if (to <= from) return 0;
  let counted = calendar.countAfter(from, to);
  for (const [s, e] of suspensions) {
    const a = Math.max(s - 1, from);
    const b = Math.min(e, to);
    if (b > a) counted -= calendar.countAfter(a, b);
  }
  return counted;
}

function deadlineOf(calendar: WorkCalendar, c: ParsedCase): { result: CaseDeadline; end: number } {
  const base = addCounted(calendar, c.accepted, c.promisedDays, c.suspensions);
  if (c.grantedOn !== null && c.grantedOn > base.deadline) {
    const grantedOn = formatDayNumber(c.grantedOn);
    const deadline = formatDayNumber(base.deadline);
    throw errors.rule('extension_after_deadline', calendarText.extensionAfterDeadline(grantedOn, deadline), {
      grantedOn,
      deadline,
    });
  }
  const { deadline, suspended } =
    c.extensionDays > 0 ? addCounted(calendar, c.accepted, c.promisedDays + c.extensionDays, c.suspensions) : base;
  const result: CaseDeadline = {
    acceptedOn: formatDayNumber(c.accepted),
    deadline: formatDayNumber(deadline),
    limitDays: c.promisedDays + c.extensionDays,
    extensionDays: c.extensionDays,
    suspendedWorkdays: suspended,
    clockStopped: c.clockStopped,
    ...calendar.reach(c.accepted, deadline),
  };
  return { result, end: deadline };
}

/**
 * The n-th counted working day after `start`, suspended days skipped. One O(1) step per
 * suspension: before each suspension, either the period ends, or the working days up to it are
 * used and counting resumes after it.
 */
function addCounted(
  calendar: WorkCalendar,
  start: number,
  n: number,
  suspensions: readonly [number, number][],
): { deadline: number; suspended: number } {
  if (n === 0) return { deadline: start, suspended: 0 };
  let cursor = start;
  let left = n;
  let suspended = 0;
  for (const [s, e] of suspensions) {
    const candidate = calendar.addAfter(cursor, left);
    if (candidate < s) return { deadline: candidate, suspended };
    left -= calendar.countAfter(cursor, s - 1);
    suspended += calendar.countAfter(s - 1, e);
    cursor = e;
  }
  return { deadline: calendar.addAfter(cursor, left), suspended };
}

function parseCase(input: CaseClockInput, asOf: number | null): ParsedCase {
  const extension = input.extension ?? null;
  // The common case — no suspension, no extension, good input — without building any check.
  if (!extension && (input.suspensions === undefined || input.suspensions.length === 0)) {
    const ms = parseInstantMs(input.acceptedAt);
    if (!Number.isNaN(ms) && isDayCount(input.promisedDays)) {
      const accepted = chinaDayNumberOfMs(ms);
      return { accepted, promisedDays: input.promisedDays, extensionDays: 0, grantedOn: null, suspensions: [], clockStopped: false };
    }
  }
  const v = requireAll({
    acceptedAt: checkInstantMs(input.acceptedAt, '/acceptedAt'),
    promisedDays: checkDayCount(input.promisedDays, '/promisedDays'),
    extensionDays: extension ? checkDayCount(extension.days ?? DEFAULT_EXTENSION_DAYS, '/extension/days', { min: 1 }) : ok(0),
    grantedOn: extension?.grantedOn ? checkDayNumber(extension.grantedOn, '/extension/grantedOn') : ok<number | null>(null),
    suspensions: checkSuspensions(input.suspensions ?? [], asOf),
  });
  const accepted = chinaDayNumberOfMs(v.acceptedAt);
  return {
    accepted,
    promisedDays: v.promisedDays,
    extensionDays: v.extensionDays,
    grantedOn: v.grantedOn,
    suspensions: mergeRanges(v.suspensions.ranges, accepted),
    clockStopped: v.suspensions.open,
  };
}

/**
 * The suspensions as day ranges. An open one lasts through `asOf` (and is ignored when `asOf`
 * is before it starts); at most one may be open.
 */
function checkSuspensions(
  suspensions: readonly Suspension[],
  asOf: number | null,
): Checked<{ ranges: [number, number][]; open: boolean }> {
  const issues: Issue[] = [];
  const ranges: [number, number][] = [];
  const open = suspensions.filter((s) => s.to === undefined || s.to === null).length;
  if (open > 1) issues.push(issue('/suspensions', 'suspension.several_open', calendarText.suspensionSeveralOpen()));
  suspensions.forEach((s, i) => {
    const at = `/suspensions/${i}`;
    const from = checkDayNumber(s.from, `${at}/from`);
    if (s.to === undefined || s.to === null) {
      if (!from.ok) issues.push(...from.issues);
      else if (asOf === null) issues.push(issue(`${at}/to`, 'suspension.open_needs_as_of', calendarText.suspensionOpenNeedsAsOf()));
      else if (asOf >= from.value) ranges.push([from.value, asOf]);
      return;
    }
    const to = checkDayNumber(s.to, `${at}/to`);
    if (!from.ok || !to.ok) issues.push(...(from.ok ? [] : from.issues), ...(to.ok ? [] : to.issues));
    else if (to.value < from.value) issues.push(issue(at, 'suspension.reversed', calendarText.suspensionReversed(s.from, s.to)));
    else ranges.push([from.value, to.value]);
  });
  return issues.length > 0 ? { ok: false, issues } : ok({ ranges, open: open === 1 });
}

/** Sorted, overlapping or touching ranges joined, days up to `after` dropped. */
function mergeRanges(ranges: [number, number][], after: number): [number, number][] {
  const sorted = ranges
    .map(([s, e]): [number, number] => [Math.max(s, after + 1), e])
    .filter(([s, e]) => e >= s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}
