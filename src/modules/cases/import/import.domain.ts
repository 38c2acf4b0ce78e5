import { MAX_DAY_COUNT } from '../../../kernel/calendar/index.js';
import { parseInstantMs } from '../../../kernel/calendar/china-time.js';
import { issue, text, type Issue } from '../../../kernel/errors/index.js';
import type { LocalizedText } from '../../../kernel/i18n/locale.js';
import { creditCodeIssues, idNumberIssues, normalizeCreditCode, normalizeIdNumber } from '../../../kernel/validators/index.js';
import type { RatingLevel } from '../domain/rating.js';

/**
 * 历史办件导入 (history import): one row of a center's old system, read and checked. Pure: the
 * file readers give rows of text, the service resolves names and writes. Every problem of a row
 * is reported, each with its row number and column. docs/cases.md § 历史办件导入 has the format.
 */

export const REQUIRED_COLUMNS = [
  'case_no',
  'center',
  'department',
  'item_code',
  'case_type',
  'legal_days',
  'promised_days',
  'received_at',
  'accepted_at',
  'completed_at',
  'result',
  'suspended_days',
] as const;
export const OPTIONAL_COLUMNS = ['window', 'applicant_type', 'applicant_name', 'applicant_id', 'decided_at', 'rating', 'rated_at'] as const;
export type ImportColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
const KNOWN_COLUMNS: ReadonlySet<string> = new Set([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);

/** A row as read from the file: column → cell text (absent or '' when empty). */
export type ImportRecord = Readonly<Record<string, string | undefined>>;

export const IMPORT_RESULTS = ['approved', 'denied', 'refused', 'withdrawn'] as const;
export type ImportResult = (typeof IMPORT_RESULTS)[number];

export type ImportedApplicant = { type: 'person'; name: string; idNumber: string } | { type: 'enterprise'; name: string; creditCode: string };

/** A valid row. Instants are canonical ISO 8601 UTC; names are as the file wrote them (trimmed). */
export interface ImportedCase {
  row: number;
  caseNo: string;
  center: string;
  department: string;
  itemCode: string;
  caseType: 'onTheSpot' | 'promised';
  legalDays: number;
  promisedDays: number;
  receivedAt: string;
  acceptedAt: string | null;
  decidedAt: string | null;
  completedAt: string | null;
  /** null: the case is still open (accepted, not completed). */
  result: ImportResult | null;
  suspendedDays: number;
  window: string | null;
  applicant: ImportedApplicant;
  rating: RatingLevel | null;
  ratedAt: string | null;
}

/** A problem of one cell (or of the header, row 1 / the first line). */
export interface RowIssue extends Issue {
  row: number;
  column: string;
}

export type RowCheck = { ok: true; value: ImportedCase } | { ok: false; issues: RowIssue[] };

const MAX_TEXT = 200;
const CASE_TYPES: Record<string, ImportedCase['caseType']> = { 即办件: 'onTheSpot', 承诺件: 'promised', onTheSpot: 'onTheSpot', promised: 'promised' };
const APPLICANT_TYPES: Record<string, ImportedApplicant['type']> = {
  person: 'person',
  个人: 'person',
  自然人: 'person',
  enterprise: 'enterprise',
  企业: 'enterprise',
  法人: 'enterprise',
};

function rowIssue(row: number, column: string, code: string, message: LocalizedText): RowIssue {
  return { ...issue(`row ${row} ${column}`, code, message), row, column };
}

/** Problems of the header: required columns missing, a column twice, columns the format does not have. */
export function headerIssues(headers: readonly string[], row = 1): RowIssue[] {
  const problems: RowIssue[] = [];
  const missing = REQUIRED_COLUMNS.filter((c) => !headers.includes(c));
  if (missing.length > 0) {
    problems.push(rowIssue(row, missing.join(', '), 'import.columns_missing', text('缺少必需的列：{columns}。', 'Required columns are missing: {columns}.', { columns: missing.join(', ') })));
  }
  const seen = new Set<string>();
  for (const h of headers) {
    if (h === '') continue;
    if (seen.has(h)) problems.push(rowIssue(row, h, 'import.column_twice', text('列“{column}”出现了两次。', 'Column "{column}" appears twice.', { column: h })));
    else if (!KNOWN_COLUMNS.has(h)) problems.push(rowIssue(row, h, 'import.column_unknown', text('未知的列“{column}”（列名须与格式说明一致）。', 'Unknown column "{column}" (column names as in the format).', { column: h })));
    seen.add(h);
  }
  return problems;
}

// YYYY-MM-DD[T ]HH:mm[:ss[.fff…]] without a zone: China time.
const LOCAL_RE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)$/;

/**
 * Milliseconds of an ISO 8601 instant; one without an offset is China time (UTC+8). NaN when
 * not a real instant (a bare date has no time and is refused).
 */
export function parseImportInstantMs(value: string): number {
  const local = LOCAL_RE.exec(value);
  return local ? parseInstantMs(`${local[1]}T${local[2]}+08:00`) : parseInstantMs(value);
}

/** Checks one row; `nowMs` bounds the instants (history is not in the future). */
export function parseImportRow(record: ImportRecord, row: number, nowMs: number): RowCheck {
  const problems: RowIssue[] = [];
  const cell = (c: ImportColumn) => (record[c] ?? '').trim();
  const fail = (column: ImportColumn, code: string, message: LocalizedText) => problems.push(rowIssue(row, column, code, message));

  const required = (c: ImportColumn, max = MAX_TEXT): string => {
    const v = cell(c);
    if (v === '') fail(c, 'required', text('必填。', 'Required.'));
    else if (v.length > max) fail(c, 'text.too_long', text('不能超过 {max} 个字符。', 'At most {max} characters.', { max }));
    return v;
  };
  const days = (c: ImportColumn, emptyAs?: number): number => {
    const v = cell(c);
    if (v === '' && emptyAs !== undefined) return emptyAs;
    if (/^-\d+$/.test(v)) fail(c, 'days.negative', text('工作日数不能为负数：“{value}”。', 'A number of working days cannot be negative: "{value}".', { value: v }));
    else if (!/^\d+$/.test(v) || Number(v) > MAX_DAY_COUNT) fail(c, 'days.invalid', text('应为 0–{max} 的整数工作日数，收到“{value}”。', 'Expected a whole number of working days 0–{max}; got "{value}".', { value: v, max: MAX_DAY_COUNT }));
    else return Number(v);
    return NaN;
  };
  const instant = (c: ImportColumn): number | null => {
    const v = cell(c);
    if (v === '') return null;
    const ms = parseImportInstantMs(v);
    if (Number.isNaN(ms)) {
      fail(c, 'instant.invalid', text('“{value}”不是有效的时间：应为 ISO 8601，如 2025-09-30T09:30:00+08:00；不带时区的按北京时间，如 2025-09-30 09:30。', '"{value}" is not a valid time: use ISO 8601, e.g. 2025-09-30T09:30:00+08:00; without an offset it is China time, e.g. 2025-09-30 09:30.', { value: v }));
    } else if (ms > nowMs) {
      fail(c, 'instant.future', text('时间“{value}”晚于现在：历史办件不能发生在将来。', 'The time "{value}" is in the future: history cannot be.', { value: v }));
    } else return ms;
    return NaN;
  };

  const caseNo = required('case_no', 64);
  const center = required('center');
  const department = required('department');
  const itemCode = required('item_code');
  const caseTypeText = required('case_type');
  const caseType = CASE_TYPES[caseTypeText];
  if (caseTypeText !== '' && !caseType) fail('case_type', 'case_type.invalid', text('办件类型应为“即办件”或“承诺件”，收到“{value}”。', 'The case type is 即办件 or 承诺件; got "{value}".', { value: caseTypeText }));
  const legalDays = days('legal_days');
  const promisedDays = days('promised_days');
  const suspendedDays = days('suspended_days', 0);
  if (promisedDays > legalDays) fail('promised_days', 'promised_days.over_legal', text('承诺时限（{promised}）不能超过法定时限（{legal}）。', 'The promised limit ({promised}) cannot exceed the legal limit ({legal}).', { promised: promisedDays, legal: legalDays }));
  if (promisedDays + suspendedDays > MAX_DAY_COUNT) fail('suspended_days', 'days.invalid', text('承诺时限加暂停天数不能超过 {max} 个工作日。', 'The promised limit plus the suspended days cannot exceed {max} working days.', { max: MAX_DAY_COUNT }));
  if (caseType === 'onTheSpot' && promisedDays > 0) fail('promised_days', 'promised_days.on_the_spot', text('即办件的承诺时限应为 0。', 'An on-the-spot case (即办件) has a promised limit of 0.'));
  if (caseType === 'promised' && promisedDays === 0) fail('promised_days', 'promised_days.promised_zero', text('承诺件的承诺时限至少为 1 个工作日（0 为即办件）。', 'A promised case (承诺件) has a limit of at least 1 working day (0 is 即办件).'));

  const resultText = cell('result');
  const result = (IMPORT_RESULTS as readonly string[]).includes(resultText) ? (resultText as ImportResult) : null;
  if (resultText !== '' && !result) fail('result', 'result.invalid', text('办理结果应为 approved、denied、refused 或 withdrawn，收到“{value}”。', 'The result is approved, denied, refused or withdrawn; got "{value}".', { value: resultText }));

  const received = instant('received_at');
  if (received === null) fail('received_at', 'required', text('必填。', 'Required.'));
  const accepted = instant('accepted_at');
  const decided = instant('decided_at');
  const completed = instant('completed_at');
  const ratedAt = instant('rated_at');
  const ended = resultText !== '';
  if (ended && completed === null) fail('completed_at', 'completed_at.required', text('有办理结果（{result}）时须填写办结时间。', 'A case with a result ({result}) needs its completion time.', { result: resultText }));
  if (!ended && completed !== null) fail('result', 'result.required', text('已办结的办件须填写办理结果。', 'A completed case needs its result.'));
  if (accepted === null && (result === 'approved' || result === 'denied' || !ended)) {
    fail('accepted_at', 'accepted_at.required', text('受理后才有审批结果或在办状态：请填写受理时间。', 'A decided or open case was accepted: enter the acceptance time.'));
  }
  if (result === 'refused' && accepted !== null) fail('accepted_at', 'accepted_at.refused', text('不予受理（refused）的办件没有受理时间。', 'A refused case (不予受理) has no acceptance time.'));
  if (decided !== null && result !== 'approved' && result !== 'denied') fail('decided_at', 'decided_at.no_decision', text('只有准予（approved）或不予许可（denied）的办件有决定时间。', 'Only approved or denied cases have a decision time.'));
  const order: [ImportColumn, number | null, ImportColumn, number | null][] = [
    ['received_at', received, 'accepted_at', accepted],
    ['accepted_at', accepted, 'decided_at', decided],
    ['decided_at', decided, 'completed_at', completed],
    ['accepted_at', accepted, 'completed_at', completed],
    ['received_at', received, 'completed_at', completed],
    ['completed_at', completed, 'rated_at', ratedAt],
  ];
  for (const [a, am, b, bm] of order) {
    if (am !== null && bm !== null && bm < am && !problems.some((p) => p.column === b && p.code === 'instant.order')) {
      fail(b, 'instant.order', text('{b} 不能早于 {a}。', '{b} cannot be before {a}.', { a, b }));
    }
  }

  const ratingText = cell('rating');
  const rating = /^[1-5]$/.test(ratingText) ? (Number(ratingText) as RatingLevel) : null;
  if (ratingText !== '' && rating === null) fail('rating', 'rating.invalid', text('评价应为 1–5 的整数（5 = 非常满意），收到“{value}”。', 'The rating is a whole number 1–5 (5 = very satisfied); got "{value}".', { value: ratingText }));
  if (rating !== null && result !== 'approved' && result !== 'denied') fail('rating', 'rating.not_completed', text('办结（准予或不予许可）后才能评价。', 'Only a completed case (approved or denied) can be rated.'));
  if (ratedAt !== null && ratingText === '') fail('rated_at', 'rated_at.without_rating', text('填写了评价时间但没有评价。', 'A rating time without a rating.'));

  const applicant = applicantOf(cell('applicant_type'), cell('applicant_name'), cell('applicant_id'), row, nowMs, problems);

  if (problems.length > 0) return { ok: false, issues: problems };
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    ok: true,
    value: {
      row,
      caseNo,
      center,
      department,
      itemCode,
      caseType: caseType!,
      legalDays,
      promisedDays,
      receivedAt: iso(received)!,
      acceptedAt: iso(accepted),
      decidedAt: result === 'approved' || result === 'denied' ? iso(decided ?? completed) : null,
      completedAt: iso(completed),
      result,
      suspendedDays,
      window: cell('window') || null,
      applicant: applicant!,
      rating,
      ratedAt: rating === null ? null : iso(ratedAt ?? completed),
    },
  };
}

/** The applicant: type by the column, or by which check the identifier passes. */
function applicantOf(typeText: string, name: string, id: string, row: number, nowMs: number, problems: RowIssue[]): ImportedApplicant | null {
  if (name.length > MAX_TEXT) problems.push(rowIssue(row, 'applicant_name', 'text.too_long', text('不能超过 {max} 个字符。', 'At most {max} characters.', { max: MAX_TEXT })));
  let type = APPLICANT_TYPES[typeText];
  if (typeText !== '' && !type) {
    problems.push(rowIssue(row, 'applicant_type', 'applicant_type.invalid', text('申请人类型应为 person（个人）或 enterprise（企业），收到“{value}”。', 'The applicant type is person or enterprise; got "{value}".', { value: typeText })));
    return null;
  }
  const today = new Date(nowMs + 8 * 3_600_000).toISOString().slice(0, 10);
  const asPerson = () => idNumberIssues(id, { path: 'applicant_id', today });
  const asEnterprise = () => creditCodeIssues(id, { path: 'applicant_id' });
  if (!type && id !== '') {
    if (asPerson().length === 0) type = 'person';
    else if (asEnterprise().length === 0) type = 'enterprise';
    else {
      problems.push(rowIssue(row, 'applicant_id', 'applicant_id.unrecognized', text('“{value}”既不是有效的身份证号，也不是有效的统一社会信用代码。', '"{value}" is neither a valid resident ID number nor a valid unified social credit code.', { value: id })));
      return null;
    }
  }
  type ??= 'person';
  if (id !== '') {
    for (const p of type === 'person' ? asPerson() : asEnterprise()) problems.push(rowIssue(row, 'applicant_id', p.code, p.message));
  }
  return type === 'person' ? { type, name, idNumber: id && normalizeIdNumber(id) } : { type, name, creditCode: id && normalizeCreditCode(id) };
}
