import { formatDayNumber, parseDayNumber } from './dates.js';
import type { LocalClosure, NoticeDay, YearNotice } from './notice.js';
import shipped from './notices/cn-holidays.json' with { type: 'json' };
import { WorkCalendar } from './work-calendar.js';

/**
 * The shipped China calendar: the State Council notices for 2007–2026 (notices/cn-holidays.json),
 * cross-checked day by day against two independent packages in sources.test.ts.
 */

/** One notice as stored in cn-holidays.json: spans off and weekend days worked, as printed. */
export interface ShippedNotice {
  year: number;
  document: string;
  title: string;
  source: string;
  amendments?: { document: string; title: string; source: string; change: string }[];
  holidays: { name: string; from: string; to: string }[];
  workdays: { name: string; date: string }[];
}

/** The longest span a notice gives off in one piece (2020's extended Spring Festival: 10 days). */
const MAX_SPAN_DAYS = 31;

/** Expands a stored notice to one entry per day. Throws on a malformed span (a data bug). */
export function noticeFromShipped(stored: ShippedNotice): YearNotice {
  const days: NoticeDay[] = [];
  for (const span of stored.holidays) {
    const from = parseDayNumber(span.from);
    const to = parseDayNumber(span.to);
    if (!(to >= from && to - from < MAX_SPAN_DAYS)) {
      throw new Error(`cn-holidays.json ${stored.year}: bad span ${span.from}..${span.to}`);
    }
    for (let d = from; d <= to; d++) days.push({ date: formatDayNumber(d), kind: 'holiday', name: span.name });
  }
  for (const w of stored.workdays) days.push({ date: w.date, kind: 'workday', name: w.name });
  return {
    year: stored.year,
    documents: [stored.document, ...(stored.amendments ?? []).map((a) => a.document)],
    source: stored.source,
    days,
  };
}

/** The notices shipped with OneWindow, one per year, 2007–2026. */
export const SHIPPED_NOTICES: readonly YearNotice[] = Object.freeze(
  (shipped.notices as ShippedNotice[]).map(noticeFromShipped),
);

let cached: WorkCalendar | undefined;

/**
 * The China working-day calendar (全国工作日历). Without arguments, the shipped notices
 * (memoized). With `notices`, those are added, each replacing the shipped notice of its year
 * (the center enters next year's notice); with `closures`, the center's local closures.
 */
export function chinaCalendar(extra: { notices?: readonly YearNotice[]; closures?: readonly LocalClosure[] } = {}): WorkCalendar {
  cached ??= WorkCalendar.create({ notices: SHIPPED_NOTICES });
  let calendar = cached;
  if (extra.notices && extra.notices.length > 0) calendar = calendar.withNotices(extra.notices);
  if (extra.closures && extra.closures.length > 0) calendar = calendar.withClosures(extra.closures);
  return calendar;
}
