/**
 * Date helpers for the calendar pages. Dates are 'YYYY-MM-DD' strings in China time, as the API
 * speaks them; arithmetic goes through UTC so the browser's own time zone never shifts a day.
 */

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Today in China (UTC+8, no daylight saving). */
export function chinaToday(now: number = Date.now()): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

function utc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(utc(date)).getUTCDay();
}

export function nextDay(date: string): string {
  return new Date(utc(date) + DAY_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM' moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + delta, 1));
  return d.toISOString().slice(0, 7);
}

/** 'YYYY-MM-DD' → 10月1日 / Oct 1 (with the year too when `withYear`). */
export function formatDay(date: string, locale: string, withYear = false): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', day: 'numeric', ...(withYear ? { year: 'numeric' } : {}) }).format(new Date(utc(date)));
}

/** 'YYYY-MM' → 2025年10月 / October 2025. */
export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(new Date(utc(`${month}-01`)));
}

/** A run of consecutive days of the same kind and name (a holiday span, a make-up working day). */
export interface Span<K extends string> {
  kind: K;
  name: string;
  from: string;
  to: string;
  count: number;
}

/** Groups days (in date order) into runs of consecutive dates with the same kind and name. */
export function spansOf<K extends string>(days: readonly { date: string; kind: K; name: string | null }[]): Span<K>[] {
  const spans: Span<K>[] = [];
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const last = spans.at(-1);
    const name = day.name ?? '';
    if (last && last.kind === day.kind && last.name === name && nextDay(last.to) === day.date) {
      last.to = day.date;
      last.count += 1;
    } else {
      spans.push({ kind: day.kind, name, from: day.date, to: day.date, count: 1 });
    }
  }
  return spans;
}

/**
 * The years an import text would write, as the server reads it (src/kernel/calendar/README.md):
 * each `notice YYYY` line, and the year of each date not under a notice line. Used only to ask
 * before replacing an existing notice; the server remains the judge of the text.
 */
export function yearsInImport(text: string): number[] {
  const years = new Set<number>();
  let underNotice = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    const notice = /^notice\s+(\d{4})\b/i.exec(line);
    if (notice) {
      years.add(Number(notice[1]));
      underNotice = true;
    } else if (!underNotice) {
      const date = /^(\d{4})-\d{2}-\d{2}/.exec(line);
      if (date) years.add(Number(date[1]));
    }
  }
  return [...years].sort((a, b) => a - b);
}

/** The line number of an import issue path ("line 3" → 3). */
export function lineOf(path: string): number | null {
  const match = /^line (\d+)$/.exec(path);
  return match ? Number(match[1]) : null;
}
