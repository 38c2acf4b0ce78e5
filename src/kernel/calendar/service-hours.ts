import { errors, issue } from '../errors/index.js';
import type { Instant } from '../time/clock.js';
import { fail, ok, requireAll, type Checked } from './checked.js';
import {
  checkInstantMs,
  chinaInstantOf,
  chinaLocalTimeOfMs,
  formatMinuteOfDay,
  parseMinuteOfDay,
} from './china-time.js';
import { weekdayOf } from './dates.js';
import { calendarText } from './messages.js';
import { checkDayCount } from './validate.js';
import type { Provisional, WorkCalendar } from './work-calendar.js';

/**
 * A center's service hours (办公时间), in China time: sessions on working days (make-up
 * workdays included), and optionally on Saturdays that are plain weekends (周六服务 — not on a
 * Saturday inside a holiday, nor on a local closure). Sunday service by appointment is a
 * matter for the appointment module.
 */
export interface ServiceSession {
  /** Minutes after midnight, China time; `to` excluded. */
  from: number;
  to: number;
}

export interface ServiceHours {
  workday: readonly ServiceSession[];
  saturday: readonly ServiceSession[];
}

/** The hours written as text, e.g. { workday: '08:30-12:00,14:00-17:30', saturday: '09:00-12:00' }. */
export interface ServiceHoursText {
  workday: string;
  saturday?: string | null;
}

/** 08:30–12:00 and 14:00–17:30 on working days, closed on Saturdays. */
export const DEFAULT_SERVICE_HOURS: ServiceHours = Object.freeze({
  workday: Object.freeze([
    { from: 8 * 60 + 30, to: 12 * 60 },
    { from: 14 * 60, to: 17 * 60 + 30 },
  ]),
  saturday: Object.freeze([]),
});

/** Reads service hours from text; throws `invalid` naming the field and the expected form. */
export function parseServiceHours(input: ServiceHoursText): ServiceHours {
  return requireAll({
    workday: checkSessions(input.workday, '/workday'),
    saturday: input.saturday ? checkSessions(input.saturday, '/saturday') : ok<readonly ServiceSession[]>([]),
  });
}

/** The text form, e.g. '08:30-12:00,14:00-17:30' (empty when closed). */
export function formatSessions(sessions: readonly ServiceSession[]): string {
  return sessions.map((s) => `${formatMinuteOfDay(s.from)}-${formatMinuteOfDay(s.to)}`).join(',');
}

/** Sessions as 'HH:mm-HH:mm' separated by commas: in order, not overlapping, each non-empty. */
export function checkSessions(value: unknown, path: string): Checked<readonly ServiceSession[]> {
  const bad = fail<readonly ServiceSession[]>(issue(path, 'hours.invalid', calendarText.hoursInvalid(value)));
  if (typeof value !== 'string') return bad;
  const sessions: ServiceSession[] = [];
  for (const part of value.split(/[,，]/).map((p) => p.trim()).filter((p) => p !== '')) {
    const [a = '', b = '', ...rest] = part.split('-').map((t) => t.trim());
    const from = parseMinuteOfDay(a);
    const to = parseMinuteOfDay(b);
    const previous = sessions[sessions.length - 1];
    if (rest.length > 0 || !(from < to) || (previous && from < previous.to)) return bad;
    sessions.push({ from, to });
  }
  return sessions.length > 0 ? ok(sessions) : bad;
}

/** The sessions that apply on a day (none on rest days, Saturday hours on plain Saturdays). */
export function sessionsOn(calendar: WorkCalendar, hours: ServiceHours, dayNumber: number): readonly ServiceSession[] {
  const kind = calendar.kindOf(dayNumber);
  if (kind === 'workday' || kind === 'makeUpWorkday') return hours.workday;
  if (kind === 'weekend' && weekdayOf(dayNumber) === 6) return hours.saturday;
  return [];
}

export interface ServiceStatus extends Provisional {
  open: boolean;
  /** When the current session ends, if open. */
  closesAt: Instant | null;
}

/** Whether the center is serving at `at`. */
export function serviceStatusAt(calendar: WorkCalendar, hours: ServiceHours, at: Instant): ServiceStatus {
  const local = localOf(at, '/at');
  const session = sessionsOn(calendar, hours, local.dayNumber).find((s) => local.minuteOfDay >= s.from && local.minuteOfDay < s.to);
  return {
    open: session !== undefined,
    closesAt: session ? chinaInstantOf(local.dayNumber, session.to) : null,
    ...calendar.reachDay(local.dayNumber),
  };
}

export interface NextOpening extends Provisional {
  /** `at` itself when open, else the start of the next session. */
  at: Instant;
}

/**
 * The next moment the center serves, from `at` on. Jumps to the next working day through the
 * calendar's index; only the few days in between are looked at for Saturday service.
 */
export function nextOpening(calendar: WorkCalendar, hours: ServiceHours, at: Instant): NextOpening {
  const local = localOf(at, '/at');
  if (hours.workday.length === 0 && hours.saturday.length === 0) {
    throw errors.rule('no_service_hours', calendarText.hoursNone());
  }
  for (let day = local.dayNumber; ; day = nextServiceDayAfter(calendar, hours, day)) {
    const after = day === local.dayNumber ? local.minuteOfDay : 0;
    const session = sessionsOn(calendar, hours, day).find((s) => s.to > after);
    if (session) {
      const minute = Math.max(session.from, after);
      const result = day === local.dayNumber && minute === after ? new Date(chinaMs(at)).toISOString() : chinaInstantOf(day, minute);
      return { at: result, ...calendar.reach(local.dayNumber - 1, day) };
    }
  }
}

export interface SameDayService extends Provisional {
  /** Enough service time is left today to finish on the spot (当场办结). */
  possible: boolean;
  /** Service minutes left today from `receivedAt` on. */
  remainingMinutes: number;
  /** When today's last session ends; null when the center does not serve today. */
  closesAt: Instant | null;
}

/**
 * Whether something received at `receivedAt` can still be done the same day: at least
 * `minutesNeeded` (default 1) of today's service time remains after it. Received during the
 * lunch break counts the afternoon; received after closing, or on a rest day, cannot.
 */
export function sameDayService(
  calendar: WorkCalendar,
  hours: ServiceHours,
  receivedAt: Instant,
  minutesNeeded = 1,
): SameDayService {
  const local = localOf(receivedAt, '/receivedAt');
  const needed = requireAll({ minutesNeeded: checkDayCount(minutesNeeded, '/minutesNeeded', { min: 1, max: 24 * 60 }) }).minutesNeeded;
  const sessions = sessionsOn(calendar, hours, local.dayNumber);
  let remainingMinutes = 0;
  for (const s of sessions) remainingMinutes += Math.max(0, s.to - Math.max(s.from, local.minuteOfDay));
  const last = sessions[sessions.length - 1];
  return {
    possible: remainingMinutes >= needed,
    remainingMinutes,
    closesAt: last ? chinaInstantOf(local.dayNumber, last.to) : null,
    ...calendar.reachDay(local.dayNumber),
  };
}

/** The next day after `day` with any session: the next working day, or a Saturday before it. */
function nextServiceDayAfter(calendar: WorkCalendar, hours: ServiceHours, day: number): number {
  const nextWorkday = hours.workday.length > 0 ? calendar.addAfter(day, 1) : Number.POSITIVE_INFINITY;
  if (hours.saturday.length > 0) {
    // The next Saturday: every week has one, so this also bounds the search without workdays.
    for (let d = day + 1; d < Math.min(nextWorkday, day + 8); d++) {
      if (sessionsOn(calendar, hours, d).length > 0) return d;
    }
    if (nextWorkday === Number.POSITIVE_INFINITY) return day + 7;
  }
  return nextWorkday;
}

function localOf(at: Instant, path: string): ReturnType<typeof chinaLocalTimeOfMs> {
  return chinaLocalTimeOfMs(chinaMs(at, path));
}

function chinaMs(at: Instant, path = '/at'): number {
  return requireAll({ at: checkInstantMs(at, path) }).at;
}
