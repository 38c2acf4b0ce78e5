import { errors, issue, type Issue } from '../errors/index.js';
import { formatDayNumber, isWeekend, yearOfDayNumber } from './dates.js';
import { calendarText } from './messages.js';
import { isValidNoticeYear, noticeDayProblems, type NoticeDayKind, type YearNotice } from './notice.js';
import { checkDayNumber } from './validate.js';

/**
 * Reads year notices from the simple text format of README.md ("Import format"):
 *
 *     # 2027 年部分节假日安排
 *     notice 2027 国办发明电〔2026〕8号
 *     2027-01-01 holiday 元旦
 *     2027-02-06..2027-02-12 holiday 春节
 *     2027-02-14 workday 春节
 *
 * Pure: nothing is returned unless every line is right, and every wrong line is reported at
 * once, each with its line number. A workday on Monday–Friday changes nothing and is returned
 * as a warning, not an error.
 */
export interface CalendarImport {
  years: YearNotice[];
  /** Lines that are valid but probably not what was meant. */
  warnings: Issue[];
}

/** The longest range one line may give (a notice's longest span so far: 10 days). */
export const MAX_IMPORT_RANGE_DAYS = 31;

const KINDS: Record<string, NoticeDayKind> = {
  holiday: 'holiday',
  放假: 'holiday',
  休: 'holiday',
  workday: 'workday',
  上班: 'workday',
  班: 'workday',
};

interface Entry {
  dayNumber: number;
  kind: NoticeDayKind;
  name: string;
  line: number;
}

interface Draft {
  year: number;
  documents: string[];
  entries: Entry[];
  line: number;
  /** A second notice of a year already declared: reported once, not checked further. */
  duplicate?: boolean;
}

export function parseCalendarImport(text: string): CalendarImport {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const explicit: Draft[] = [];
  const implicit = new Map<number, Draft>();
  let current: Draft | null = null;

  const lines = String(text).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const at = `line ${line}`;
    const content = raw.replace(/(^|\s)#.*$/, '').trim();
    if (content === '') return;
    const tokens = content.split(/[\s\u3000]+/);
    const [head = '', second = '', ...rest] = tokens;

    if (head.toLowerCase() === 'notice') {
      const year = /^\d{4}$/.test(second) ? Number(second) : NaN;
      if (!isValidNoticeYear(year)) {
        issues.push(issue(at, 'import.notice_line_invalid', calendarText.importNoticeLineInvalid(content)));
        // Lines under a broken notice line are still checked, but belong to no notice.
        current = { year: 0, documents: [], entries: [], line };
        return;
      }
      const duplicate = explicit.some((d) => d.year === year) || implicit.has(year);
      if (duplicate) issues.push(issue(at, 'notice.duplicate_year', calendarText.noticeDuplicateYear(year)));
      current = { year, documents: rest.length > 0 ? [rest.join(' ')] : [], entries: [], line, duplicate };
      explicit.push(current);
      return;
    }

    const kind = KINDS[second] ?? KINDS[second.toLowerCase()];
    if (tokens.length < 2 || !/^\d{4}-\d{2}-\d{2}(\.\.\d{4}-\d{2}-\d{2})?$/.test(head)) {
      issues.push(issue(at, 'import.line_unreadable', calendarText.importLineUnreadable(content)));
      return;
    }
    const [fromText = '', toText = fromText] = head.split('..');
    const from = checkDayNumber(fromText, at);
    const to = toText === fromText ? from : checkDayNumber(toText, at);
    if (!kind) issues.push(issue(at, 'notice.kind_invalid', calendarText.noticeKindInvalid(second)));
    if (!from.ok || !to.ok) {
      issues.push(...(from.ok ? [] : from.issues), ...(to.ok || to === from ? [] : to.issues));
      return;
    }
    if (to.value < from.value || to.value - from.value >= MAX_IMPORT_RANGE_DAYS) {
      issues.push(issue(at, 'import.range_invalid', calendarText.importRangeInvalid(fromText, toText, MAX_IMPORT_RANGE_DAYS)));
      return;
    }
    if (!kind) return;

    const draft = current ?? draftForYear(implicit, yearOfDayNumber(from.value), line);
    for (let d = from.value; d <= to.value; d++) {
      draft.entries.push({ dayNumber: d, kind, name: rest.join(' '), line });
      if (kind === 'workday' && !isWeekend(d)) {
        warnings.push(issue(at, 'import.workday_on_weekday', calendarText.importWorkdayOnWeekday(formatDayNumber(d))));
      }
    }
  });

  const drafts = [...implicit.values(), ...explicit].sort((a, b) => a.year - b.year);
  for (const draft of drafts.filter((d) => !d.duplicate)) {
    for (const p of noticeDayProblems(draft.year, draft.entries, (i) => `line ${draft.entries[i]?.line ?? draft.line}`)) {
      const line = p.index < 0 ? draft.line : (draft.entries[p.index]?.line ?? draft.line);
      issues.push(issue(`line ${line}`, p.code, p.message));
    }
  }
  if (drafts.length === 0 && issues.length === 0) issues.push(issue('line 1', 'import.empty', calendarText.importEmpty()));
  if (issues.length > 0) {
    throw errors.invalid(issues.sort((a, b) => lineOf(a) - lineOf(b)), 'calendar_import_invalid');
  }
  return {
    years: drafts.map((d) => ({
      year: d.year,
      documents: d.documents,
      days: d.entries.map((e) => ({ date: formatDayNumber(e.dayNumber), kind: e.kind, name: e.name })),
    })),
    warnings,
  };
}

/** The implicit notice of `year`: dates before any `notice` line belong to their own year. */
function draftForYear(implicit: Map<number, Draft>, year: number, line: number): Draft {
  let draft = implicit.get(year);
  if (!draft) {
    draft = { year, documents: [], entries: [], line };
    implicit.set(year, draft);
  }
  return draft;
}

function lineOf(i: Issue): number {
  return Number(/\d+/.exec(i.path)?.[0] ?? 0);
}
