import type { LocalizedText } from '../i18n/locale.js';
import { MAX_YEAR, MIN_YEAR, dayNumberOf, formatDayNumber, type IsoDate } from './dates.js';
import { calendarText } from './messages.js';

/**
 * A year notice (年度放假通知): the State Council's arrangement of one year's holidays and
 * make-up working days (调休上班), as amended. Dates are listed one by one, weekends inside a
 * holiday span included, exactly as the notice prints the span.
 */
export interface YearNotice {
  readonly year: number;
  /** Document numbers, the notice first and then any amendment, e.g. 国办发明电〔2019〕16号. */
  readonly documents: readonly string[];
  /** Where the text was read (gov.cn), when known. */
  readonly source?: string;
  readonly days: readonly NoticeDay[];
}

/** `holiday`: a day off (放假); `workday`: a make-up working day (调休上班), normally a weekend. */
export type NoticeDayKind = 'holiday' | 'workday';

export const NOTICE_DAY_KINDS: readonly NoticeDayKind[] = ['holiday', 'workday'];

export interface NoticeDay {
  readonly date: IsoDate;
  readonly kind: NoticeDayKind;
  /** The festival, e.g. 春节, 国庆节. */
  readonly name: string;
}

/** A local closure (本地停办): an extra rest day a center decides, e.g. for a county event. */
export interface LocalClosure {
  readonly date: IsoDate;
  readonly reason: string;
}

/**
 * A notice for `year` may arrange dates from 1 December of the year before: the New Year
 * holiday has reached back to 29 December (notices for 2008, 2019) and 30–31 December 2006
 * were worked under the notice for 2007.
 */
export function noticeSpan(year: number): { first: number; last: number } {
  return { first: dayNumberOf(year - 1, 12, 1), last: dayNumberOf(year, 12, 31) };
}

/**
 * A later notice can still change the last days of a year (see noticeSpan): from this day of
 * December, a date is settled only once the next year's notice is known too. The earliest
 * reach so far was 29 December; a week's margin is kept.
 */
export const NEXT_NOTICE_REACH_FROM_DECEMBER_DAY = 24;

export function isValidNoticeYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year > MIN_YEAR && year <= MAX_YEAR;
}

/** One problem in a notice's list of days, pointing at the offending entry. */
export interface NoticeDayProblem {
  index: number;
  code: string;
  message: LocalizedText;
}

/**
 * The problems of a notice's days (already parsed to day numbers): dates outside the notice's
 * span, the same date listed twice, a date both off and worked, an empty notice (index -1).
 * `where(i)` names entry i for the duplicate message ("line 4", "/days/3").
 */
export function noticeDayProblems(
  year: number,
  days: readonly { dayNumber: number; kind: NoticeDayKind }[],
  where: (index: number) => string,
): NoticeDayProblem[] {
  const problems: NoticeDayProblem[] = [];
  if (days.length === 0) return [{ index: -1, code: 'notice.empty', message: calendarText.noticeEmpty(year) }];
  const { first, last } = noticeSpan(year);
  const seen = new Map<number, number>();
  days.forEach(({ dayNumber, kind }, index) => {
    const date = formatDayNumber(dayNumber);
    if (dayNumber < first || dayNumber > last) {
      problems.push({ index, code: 'notice.date_outside', message: calendarText.noticeDateOutside(date, year) });
    }
    const earlier = seen.get(dayNumber);
    if (earlier === undefined) {
      seen.set(dayNumber, index);
    } else if (days[earlier]?.kind === kind) {
      problems.push({ index, code: 'notice.day_duplicate', message: calendarText.noticeDayDuplicate(date, where(earlier)) });
    } else {
      problems.push({ index, code: 'notice.day_conflict', message: calendarText.noticeDayConflict(date) });
    }
  });
  return problems;
}
