import type { Instant } from '../time/clock.js';
import { issue } from '../errors/index.js';
import { fail, ok, requireValid, type Checked } from './checked.js';
import { formatDayNumber, parseDayNumber, type IsoDate } from './dates.js';
import { calendarText } from './messages.js';

/**
 * China time (北京时间) is UTC+8 all year: no daylight saving since 1991. An instant is
 * turned into a China date and a minute of the day with integer arithmetic, never through the
 * host's time zone.
 */
export const CHINA_OFFSET_MINUTES = 8 * 60;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const CHINA_OFFSET_MS = CHINA_OFFSET_MINUTES * MS_PER_MINUTE;

/** The China date and time of day of an instant. */
export interface ChinaLocalTime {
  date: IsoDate;
  /** Day number of `date` (see dates.ts). */
  dayNumber: number;
  /** Minutes after China midnight, 0–1439. */
  minuteOfDay: number;
  /** `HH:mm`. */
  time: string;
}

// YYYY-MM-DDTHH:mm[:ss[.fraction]](Z|±HH:MM|±HHMM)
const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Milliseconds since the epoch of an ISO 8601 instant with a time zone (`Z` or an offset),
 * or NaN when the text is not a real one. A time without a zone is refused: it would mean
 * whatever the server's zone happens to be.
 */
export function parseInstantMs(text: string): number {
  if (typeof text !== 'string') return NaN;
  if (text.length === 24) {
    const fast = parseCanonicalInstantMs(text);
    if (!Number.isNaN(fast)) return fast;
  }
  const m = INSTANT_RE.exec(text);
  if (!m) return NaN;
  const [, date = '', hh = '', mm = '', ss = '0', fraction = '', zone = 'Z'] = m;
  const day = parseDayNumber(date);
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = Number(ss);
  if (Number.isNaN(day) || hours > 23 || minutes > 59 || seconds > 59) return NaN;
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2));
    if (oh > 14 || om > 59) return NaN;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const millis = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  return (
    day * MS_PER_DAY + ((hours * 60 + minutes - offsetMinutes) * 60 + seconds) * 1000 + millis
  );
}

/**
 * The canonical form `YYYY-MM-DDTHH:mm:ss.sssZ` (what the Clock and the database hold) read
 * without a regex; NaN for anything else, which then takes the general path.
 */
function parseCanonicalInstantMs(t: string): number {
  if (t[10] !== 'T' || t[13] !== ':' || t[16] !== ':' || t[19] !== '.' || t[23] !== 'Z') return NaN;
  const day = parseDayNumber(t.slice(0, 10));
  const h = digit(t, 11) * 10 + digit(t, 12);
  const m = digit(t, 14) * 10 + digit(t, 15);
  const sec = digit(t, 17) * 10 + digit(t, 18);
  const ms = digit(t, 20) * 100 + digit(t, 21) * 10 + digit(t, 22);
  if (!(h <= 23 && m <= 59 && sec <= 59 && ms >= 0)) return NaN; // NaN fails every comparison
  return day * MS_PER_DAY + ((h * 60 + m) * 60 + sec) * 1000 + ms;
}

function digit(text: string, at: number): number {
  const d = text.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
}

/** The day number of the China date of an instant in milliseconds (no strings built). */
export function chinaDayNumberOfMs(ms: number): number {
  return Math.floor((ms + CHINA_OFFSET_MS) / MS_PER_DAY);
}

/** An instant as milliseconds, or an issue at `path` saying how to write it. */
export function checkInstantMs(value: unknown, path: string): Checked<number> {
  const ms = typeof value === 'string' ? parseInstantMs(value) : NaN;
  return Number.isNaN(ms) ? fail(issue(path, 'instant.invalid', calendarText.instantInvalid(value))) : ok(ms);
}

/** The China date of an instant (受理时间 → 受理日). Throws `invalid` for a malformed instant. */
export function chinaDateOf(instant: Instant, path = '/instant'): IsoDate {
  return chinaLocalTimeOfMs(requireValid(checkInstantMs(instant, path))).date;
}

/** The China date and time of day of an instant. Throws `invalid` for a malformed instant. */
export function chinaLocalTimeOf(instant: Instant, path = '/instant'): ChinaLocalTime {
  return chinaLocalTimeOfMs(requireValid(checkInstantMs(instant, path)));
}

/** The China date and time of an instant given in milliseconds since the epoch. */
export function chinaLocalTimeOfMs(ms: number): ChinaLocalTime {
  const local = ms + CHINA_OFFSET_MS;
  const dayNumber = Math.floor(local / MS_PER_DAY);
  const minuteOfDay = Math.floor((local - dayNumber * MS_PER_DAY) / MS_PER_MINUTE);
  return { date: formatDayNumber(dayNumber), dayNumber, minuteOfDay, time: formatMinuteOfDay(minuteOfDay) };
}

/** The instant (ISO 8601 UTC, with milliseconds) of a China date and minute of the day. */
export function chinaInstantOf(dayNumber: number, minuteOfDay: number): Instant {
  return new Date(dayNumber * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE - CHINA_OFFSET_MS).toISOString();
}

/** `HH:mm` of a minute of the day. */
export function formatMinuteOfDay(minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/** Minutes after midnight of `HH:mm` (00:00–24:00), or NaN. */
export function parseMinuteOfDay(text: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return NaN;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return NaN;
  return h * 60 + min;
}

/** The day number of a China date and time `YYYY-MM-DDTHH:mm` (or a bare date: 00:00). */
export function parseChinaDateTime(text: string): { dayNumber: number; minuteOfDay: number } | null {
  if (typeof text !== 'string') return null;
  const [date = '', time, ...rest] = text.split('T');
  if (rest.length > 0) return null;
  const dayNumber = parseDayNumber(date);
  const minuteOfDay = time === undefined ? 0 : parseMinuteOfDay(time);
  if (Number.isNaN(dayNumber) || Number.isNaN(minuteOfDay) || minuteOfDay >= 24 * 60) return null;
  return { dayNumber, minuteOfDay };
}
