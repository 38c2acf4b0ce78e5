import { text } from '../errors/index.js';
import type { LocalizedText } from '../i18n/locale.js';

/**
 * Every text the calendar shows, in zh-CN and en-US: what is wrong, with the offending value,
 * and how to fix it. The *where* travels in the issue's `path` ("/acceptedAt", "line 4").
 * Codes are stable; callers and tests match on codes, never on wording.
 */
export const calendarText = {
  dateInvalid: (value: unknown, min: number, max: number): LocalizedText =>
    text(
      '“{value}”不是有效日期：请按 YYYY-MM-DD 填写 {min}—{max} 年间真实存在的日期，例如 2025-09-30。',
      '"{value}" is not a valid date: write a real date between {min} and {max} as YYYY-MM-DD, e.g. 2025-09-30.',
      { value: show(value), min, max },
    ),
  instantInvalid: (value: unknown): LocalizedText =>
    text(
      '“{value}”不是有效的时间点：请使用带时区的 ISO 8601 格式，例如 2025-09-30T01:30:00.000Z（UTC）。',
      '"{value}" is not a valid instant: use ISO 8601 with a time zone, e.g. 2025-09-30T01:30:00.000Z (UTC).',
      { value: show(value) },
    ),
  chinaDateTimeInvalid: (value: unknown): LocalizedText =>
    text(
      '“{value}”不是有效的北京时间：请按 YYYY-MM-DD 或 YYYY-MM-DDTHH:mm 填写，例如 2025-09-30T08:30。',
      '"{value}" is not a valid China time: write YYYY-MM-DD or YYYY-MM-DDTHH:mm, e.g. 2025-09-30T08:30.',
      { value: show(value) },
    ),
  dayCountInvalid: (value: unknown, min: number, max: number): LocalizedText =>
    text(
      '“{value}”不是有效的天数：请填写 {min} 到 {max} 之间的整数。',
      '"{value}" is not a valid number of days: enter a whole number from {min} to {max}.',
      { value: show(value), min, max },
    ),
  ratioInvalid: (value: unknown): LocalizedText =>
    text(
      '“{value}”不是有效的比例：请填写 0 到 1 之间的小数，例如 0.2 表示 20%。',
      '"{value}" is not a valid ratio: enter a number from 0 to 1, e.g. 0.2 for 20%.',
      { value: show(value) },
    ),
  rangeReversed: (from: string, to: string): LocalizedText =>
    text(
      '结束日期 {to} 早于开始日期 {from}：请交换两个日期或更正其中之一。',
      'The end date {to} is before the start date {from}: swap them or correct one.',
      { from, to },
    ),
  rangeTooLong: (from: string, to: string, maxYears: number): LocalizedText =>
    text(
      '{from} 至 {to} 跨度超过 {maxYears} 年：请缩小日期范围。',
      '{from} to {to} spans more than {maxYears} years: narrow the range.',
      { from, to, maxYears },
    ),
  noticeYearInvalid: (value: unknown): LocalizedText =>
    text(
      '“{value}”不是有效的通知年份：请填写 4 位年份，例如 2027。',
      '"{value}" is not a valid notice year: write a four-digit year, e.g. 2027.',
      { value: show(value) },
    ),
  noticeDuplicateYear: (year: number): LocalizedText =>
    text(
      '{year} 年的放假通知出现了不止一次：每年只能有一份通知，请合并为一份。',
      'The notice for {year} appears more than once: a year has one notice; merge them into one.',
      { year },
    ),
  noticeDateOutside: (date: string, year: number): LocalizedText =>
    text(
      '{date} 不属于 {year} 年的通知：一份通知只能安排 {year} 年及 {prev} 年 12 月的日期，请检查年份。',
      '{date} is outside the notice for {year}: a notice arranges dates in {year} and in December {prev} only; check the year.',
      { date, year, prev: year - 1 },
    ),
  noticeDayConflict: (date: string): LocalizedText =>
    text(
      '{date} 既被标为放假又被标为上班：请只保留其中一种。',
      '{date} is marked both as a holiday and as a workday: keep only one.',
      { date },
    ),
  noticeDayDuplicate: (date: string, firstWhere: string): LocalizedText =>
    text(
      '{date} 重复出现（第一次在 {firstWhere}）：请删除重复的一行。',
      '{date} is listed twice (first at {firstWhere}): delete the duplicate.',
      { date, firstWhere },
    ),
  noticeEmpty: (year: number): LocalizedText =>
    text(
      '{year} 年的通知没有任何放假或上班日期：请补充通知中的日期，或删除这份通知。',
      'The notice for {year} has no holidays or workdays: add the dates of the notice, or remove it.',
      { year },
    ),
  noticeKindInvalid: (value: unknown): LocalizedText =>
    text(
      '“{value}”不是有效的日期类型：请使用 holiday（放假）或 workday（调休上班）。',
      '"{value}" is not a valid kind of day: use holiday (day off) or workday (make-up working day).',
      { value: show(value) },
    ),
  closureReasonMissing: (date: string): LocalizedText =>
    text(
      '{date} 的本地停办没有填写原因：请写明原因，例如“县委统一安排”。',
      'The local closure on {date} has no reason: state one, e.g. "county-wide arrangement".',
      { date },
    ),
  importLineUnreadable: (line: string): LocalizedText =>
    text(
      '无法识别“{line}”：每行应为“日期 类型 名称”，例如“2027-01-01 holiday 元旦”，或以 # 开头的注释。',
      'Cannot read "{line}": each line is "DATE KIND NAME", e.g. "2027-01-01 holiday 元旦", or a comment starting with #.',
      { line: clip(line) },
    ),
  importRangeInvalid: (from: string, to: string, maxDays: number): LocalizedText =>
    text(
      '日期区间 {from}..{to} 无效：开始日期不能晚于结束日期，且区间不超过 {maxDays} 天。',
      'The range {from}..{to} is invalid: the start must not be after the end, and a range covers at most {maxDays} days.',
      { from, to, maxDays },
    ),
  importNoticeLineInvalid: (line: string): LocalizedText =>
    text(
      '无法识别通知行“{line}”：应为“notice 年份 [文号]”，例如“notice 2027 国办发明电〔2026〕8号”。',
      'Cannot read the notice line "{line}": write "notice YEAR [DOCUMENT]", e.g. "notice 2027 国办发明电〔2026〕8号".',
      { line: clip(line) },
    ),
  importEmpty: (): LocalizedText =>
    text(
      '没有可导入的日期：请至少填写一行，例如“2027-01-01 holiday 元旦”。',
      'There is nothing to import: add at least one line, e.g. "2027-01-01 holiday 元旦".',
    ),
  importWorkdayOnWeekday: (date: string): LocalizedText =>
    text(
      '{date} 是周一至周五，本来就是工作日，标为 workday 不起作用：如属笔误请更正，否则可删除此行。',
      '{date} is a Monday-to-Friday date and already a workday, so marking it workday changes nothing: correct it if it is a typo, or delete the line.',
      { date },
    ),
  suspensionReversed: (from: string, to: string): LocalizedText =>
    text(
      '暂停（特别程序）的结束日期 {to} 早于开始日期 {from}：请更正。',
      'The suspension ends on {to}, before it starts on {from}: correct the dates.',
      { from, to },
    ),
  suspensionOpenNeedsAsOf: (): LocalizedText =>
    text(
      '有尚未结束的暂停（特别程序），需要提供计算日期（当前日期）才能推算期限：请传入 asOf。',
      'A suspension is still open, so the deadline depends on today: pass the as-of date.',
    ),
  suspensionSeveralOpen: (): LocalizedText =>
    text(
      '有不止一个尚未结束的暂停（特别程序）：同一时间只能有一个，请先结束之前的暂停。',
      'More than one suspension is still open: only one can be open at a time; end the earlier one first.',
    ),
  extensionAfterDeadline: (grantedOn: string, deadline: string): LocalizedText =>
    text(
      '延期决定日 {grantedOn} 已超过原办理期限 {deadline}：依《行政许可法》第四十二条，延期须在期限内作出，请核对日期。',
      'The extension was granted on {grantedOn}, after the original deadline {deadline}: under Art. 42 of the Administrative Licensing Law an extension is decided within the limit; check the date.',
      { grantedOn, deadline },
    ),
  hoursInvalid: (value: unknown): LocalizedText =>
    text(
      '“{value}”不是有效的服务时段：请写成“08:30-12:00,14:00-17:30”，时段按先后排列、互不重叠，开始早于结束。',
      '"{value}" is not a valid list of service hours: write "08:30-12:00,14:00-17:30", in order, not overlapping, each starting before it ends.',
      { value: show(value) },
    ),
  hoursNone: (): LocalizedText =>
    text(
      '没有设置任何服务时段，无法计算下一个开放时间：请至少设置工作日服务时段。',
      'No service hours are set, so there is no next opening: set the workday service hours at least.',
    ),
  noticeMissing: (years: readonly number[]): LocalizedText =>
    text(
      '日历中还没有 {years} 年的国务院放假通知，相关日期暂按“周六周日休息”推算，结果为临时结果：通知发布后请录入并重新计算。',
      'The calendar has no State Council holiday notice for {years} yet; those dates follow the weekends-only rule and the result is provisional: enter the notice once it is published and recompute.',
      { years: years.join('、') },
    ),
};

function show(value: unknown): string {
  if (typeof value === 'string') return clip(value);
  if (value === undefined || value === null) return '';
  try {
    return clip(JSON.stringify(value) ?? String(value));
  } catch {
    return clip(String(value));
  }
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
