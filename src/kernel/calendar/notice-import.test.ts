import { describe, expect, it } from 'vitest';
import { isAppError, type AppError } from '../errors/index.js';
import { chinaCalendar } from './china-calendar.js';
import { parseCalendarImport } from './notice-import.js';

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const NOTICE_2027 = `\uFEFF# 2027 年部分节假日安排（示例）
notice 2027 国办发明电〔2026〕8号

2026-12-31 holiday 元旦   # the notice may reach into December
2027-01-01 holiday 元旦
2027-02-06..2027-02-12 放假 春节
2027-02-14 上班 春节
2027-02-20 workday 春节\r
`;

describe('parseCalendarImport', () => {
  it('reads a notice with comments, ranges, Chinese kinds, a BOM and CRLF', () => {
    const result = parseCalendarImport(NOTICE_2027);
    expect(result.warnings).toEqual([]);
    expect(result.years).toHaveLength(1);
    const [notice] = result.years;
    expect(notice).toMatchObject({ year: 2027, documents: ['国办发明电〔2026〕8号'] });
    expect(notice?.days).toHaveLength(2 + 7 + 2);
    expect(notice?.days[0]).toEqual({ date: '2026-12-31', kind: 'holiday', name: '元旦' });
    expect(notice?.days.at(-1)).toEqual({ date: '2027-02-20', kind: 'workday', name: '春节' });
  });

  it('gives notices the calendar takes as they are', () => {
    const calendar = chinaCalendar({ notices: parseCalendarImport(NOTICE_2027).years });
    expect(calendar.dayInfo('2026-12-31')).toMatchObject({ kind: 'holiday', provisional: false });
    expect(calendar.dayInfo('2027-02-14')).toMatchObject({ kind: 'makeUpWorkday', name: '春节' });
  });

  it('without a notice line, puts each date in the notice of its own year', () => {
    const { years } = parseCalendarImport('2027-01-01 holiday 元旦\n2028-01-01 holiday 元旦');
    expect(years.map((y) => [y.year, y.days.length])).toEqual([
      [2027, 1],
      [2028, 1],
    ]);
  });

  it('accepts a weekend holiday silently and warns about a workday on a weekday (a no-op)', () => {
    const { years, warnings } = parseCalendarImport('2027-01-02 holiday 元旦\n2027-02-15 workday 春节');
    expect(years[0]?.days).toHaveLength(2);
    expect(warnings.map((w) => [w.path, w.code])).toEqual([['line 2', 'import.workday_on_weekday']]);
    expect(warnings[0]?.message['zh-CN']).toContain('2027-02-15');
  });

  it('reports every wrong line at once with its number, and returns nothing', () => {
    const error = caught(() =>
      parseCalendarImport(
        [
          'notice 2027', //                       1
          '2027-01-01 holiday 元旦', //           2
          '2027-02-30 holiday 春节', //           3 invalid date
          '2027-02-06 vacation 春节', //          4 unknown kind
          '2027-01-01 workday 元旦', //           5 both off and worked
          '2027-01-01 holiday 元旦', //           6 duplicate
          'tomorrow holiday', //                  7 unreadable
          '2027-02-12..2027-02-06 holiday 春节', // 8 reversed range
          '2026-11-30 holiday 元旦', //           9 outside the 2027 notice
          'notice 27', //                         10 bad notice line
          'notice 2027', //                       11 the same year again
          '2027-05-01', //                        12 no kind
        ].join('\n'),
      ),
    );
    expect(error).toMatchObject({ kind: 'invalid', code: 'calendar_import_invalid' });
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ['line 3', 'date.invalid'],
      ['line 4', 'notice.kind_invalid'],
      ['line 5', 'notice.day_conflict'],
      ['line 6', 'notice.day_duplicate'],
      ['line 7', 'import.line_unreadable'],
      ['line 8', 'import.range_invalid'],
      ['line 9', 'notice.date_outside'],
      ['line 10', 'import.notice_line_invalid'],
      ['line 11', 'notice.duplicate_year'],
      ['line 12', 'import.line_unreadable'],
    ]);
    expect(error.issues[3]?.message['en-US']).toContain('first at line 2');
    expect(error.text['zh-CN']).toContain('line 3');
  });

  it('refuses an empty import and an empty notice', () => {
    expect(caught(() => parseCalendarImport('# nothing\n\n')).issues.map((i) => i.code)).toEqual(['import.empty']);
    expect(caught(() => parseCalendarImport('notice 2027\n# to be filled in')).issues.map((i) => [i.path, i.code])).toEqual([
      ['line 1', 'notice.empty'],
    ]);
  });

  it('refuses a range longer than a month', () => {
    expect(caught(() => parseCalendarImport('2027-01-01..2027-03-01 holiday x')).issues[0]?.code).toBe('import.range_invalid');
  });
});
