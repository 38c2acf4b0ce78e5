import { describe, expect, it } from 'vitest';
import { headerIssues, parseImportInstantMs, parseImportRow, REQUIRED_COLUMNS, type ImportRecord, type RowCheck } from './import.domain.js';

const NOW = Date.parse('2026-03-02T01:00:00.000Z');

const good: Record<string, string> = {
  case_no: 'H-0001',
  center: '示范县政务服务中心',
  department: '示范县公安局',
  item_code: '000010003000-331099-11331099MB00000198',
  case_type: '承诺件',
  legal_days: '60',
  promised_days: '15',
  received_at: '2025-09-30 09:00',
  accepted_at: '2025-09-30T09:30:00+08:00',
  completed_at: '2025-10-14T08:00:00Z',
  result: 'approved',
  suspended_days: '2',
};

const check = (changes: Record<string, string> = {}): RowCheck => parseImportRow({ ...good, ...changes } as ImportRecord, 7, NOW);
/** The [column, code] pairs of a failed row. */
function problems(changes: Record<string, string>): string[][] {
  const r = check(changes);
  if (r.ok) throw new Error('expected problems');
  for (const i of r.issues) expect(i.row).toBe(7);
  return r.issues.map((i) => [i.column, i.code]);
}

describe('import instants', () => {
  it('reads an instant without an offset as China time, with one as written', () => {
    expect(new Date(parseImportInstantMs('2025-09-30 09:00')).toISOString()).toBe('2025-09-30T01:00:00.000Z');
    expect(new Date(parseImportInstantMs('2025-09-30T09:00:05.250')).toISOString()).toBe('2025-09-30T01:00:05.250Z');
    expect(new Date(parseImportInstantMs('2025-09-30T09:00:00Z')).toISOString()).toBe('2025-09-30T09:00:00.000Z');
    expect(new Date(parseImportInstantMs('2025-09-30T09:00:00-05:00')).toISOString()).toBe('2025-09-30T14:00:00.000Z');
  });
  it('refuses dates without a time, impossible dates and other text', () => {
    for (const bad of ['2025-09-30', '2025-02-30 09:00', '2025-09-30 25:00', '30/09/2025 09:00', 'yesterday', '']) expect(parseImportInstantMs(bad)).toBeNaN();
  });
});

describe('import header', () => {
  it('accepts the required and optional columns in any order', () => {
    expect(headerIssues([...[...REQUIRED_COLUMNS].reverse(), 'rating', 'window'])).toEqual([]);
  });
  it('names the missing required columns, unknown and repeated ones', () => {
    const issues = headerIssues(['case_no', 'center', 'recieved_at', 'center']);
    expect(issues.map((i) => i.code)).toEqual(['import.columns_missing', 'import.column_unknown', 'import.column_twice']);
    expect(issues[0]!.message['zh-CN']).toContain('received_at');
    expect(issues[0]!.message['en-US']).toContain('department');
    expect(issues.every((i) => i.row === 1)).toBe(true);
  });
});

describe('import rows', () => {
  it('reads a good row: China-time instants to UTC, types, the decision time defaulting to completion', () => {
    const r = check({ rating: '5', window: 'A01', applicant_type: '个人', applicant_name: '张三' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      row: 7,
      caseNo: 'H-0001',
      caseType: 'promised',
      legalDays: 60,
      promisedDays: 15,
      suspendedDays: 2,
      receivedAt: '2025-09-30T01:00:00.000Z',
      acceptedAt: '2025-09-30T01:30:00.000Z',
      completedAt: '2025-10-14T08:00:00.000Z',
      decidedAt: '2025-10-14T08:00:00.000Z',
      result: 'approved',
      window: 'A01',
      rating: 5,
      ratedAt: '2025-10-14T08:00:00.000Z',
      applicant: { type: 'person', name: '张三', idNumber: '' },
    });
  });

  it('reads an open case (no completion, no result) and an empty suspension as 0', () => {
    const r = check({ completed_at: '', result: '', suspended_days: '' });
    expect(r.ok && r.value).toMatchObject({ result: null, completedAt: null, decidedAt: null, suspendedDays: 0 });
  });

  it('requires the identifying columns and the receipt', () => {
    expect(problems({ case_no: ' ', center: '', department: '', item_code: '', received_at: '' })).toEqual([
      ['case_no', 'required'],
      ['center', 'required'],
      ['department', 'required'],
      ['item_code', 'required'],
      ['received_at', 'required'],
    ]);
    expect(problems({ case_no: 'x'.repeat(65) })).toEqual([['case_no', 'text.too_long']]);
  });

  it('checks the case type against the promised limit', () => {
    expect(problems({ case_type: '急件' })).toEqual([['case_type', 'case_type.invalid']]);
    expect(problems({ case_type: '即办件' })).toEqual([['promised_days', 'promised_days.on_the_spot']]);
    expect(problems({ promised_days: '0' })).toEqual([['promised_days', 'promised_days.promised_zero']]);
    expect(check({ case_type: '即办件', promised_days: '0' }).ok).toBe(true);
    expect(check({ case_type: 'onTheSpot', promised_days: '0' }).ok).toBe(true);
  });

  it('refuses negative, fractional and oversized day counts, and a promise beyond the legal limit', () => {
    expect(problems({ legal_days: '-3' })).toEqual([['legal_days', 'days.negative']]);
    expect(problems({ promised_days: '2.5' })).toEqual([['promised_days', 'days.invalid']]);
    expect(problems({ suspended_days: '-1' })).toEqual([['suspended_days', 'days.negative']]);
    expect(problems({ legal_days: '99999' })).toEqual([['legal_days', 'days.invalid']]);
    expect(problems({ promised_days: '61' })).toEqual([['promised_days', 'promised_days.over_legal']]);
    expect(problems({ suspended_days: '3640' })).toEqual([['suspended_days', 'days.invalid']]);
  });

  it('refuses bad results and bad or future instants', () => {
    expect(problems({ result: 'granted' })).toEqual([['result', 'result.invalid']]);
    expect(problems({ accepted_at: '2025-09-30' })).toEqual([['accepted_at', 'instant.invalid']]);
    expect(problems({ completed_at: '2026-03-02 10:00' })).toEqual([['completed_at', 'instant.future']]);
  });

  it('keeps the order receipt ≤ acceptance ≤ decision ≤ completion ≤ rating', () => {
    expect(problems({ completed_at: '2025-09-30 09:10' })).toEqual([['completed_at', 'instant.order']]);
    expect(problems({ accepted_at: '2025-09-30 08:00' })).toEqual([['accepted_at', 'instant.order']]);
    expect(problems({ decided_at: '2025-10-15 09:00' })).toEqual([['completed_at', 'instant.order']]);
    expect(problems({ rating: '4', rated_at: '2025-10-01 09:00' })).toEqual([['rated_at', 'instant.order']]);
  });

  it('ties the result, completion and acceptance together', () => {
    expect(problems({ completed_at: '' })).toEqual([['completed_at', 'completed_at.required']]);
    expect(problems({ result: '' })).toEqual([['result', 'result.required']]);
    expect(problems({ accepted_at: '' })).toEqual([['accepted_at', 'accepted_at.required']]);
    expect(problems({ accepted_at: '', completed_at: '', result: '' })).toEqual([['accepted_at', 'accepted_at.required']]);
    expect(problems({ result: 'refused' })).toEqual([['accepted_at', 'accepted_at.refused']]);
    expect(check({ result: 'refused', accepted_at: '' }).ok).toBe(true);
    expect(check({ result: 'withdrawn', accepted_at: '' }).ok).toBe(true);
    expect(problems({ result: 'withdrawn', decided_at: '2025-10-01 09:00' })).toEqual([['decided_at', 'decided_at.no_decision']]);
  });

  it('rates only decided cases, 1–5, and a rating time needs a rating', () => {
    expect(problems({ rating: '6' })).toEqual([['rating', 'rating.invalid']]);
    expect(problems({ rating: '0' })).toEqual([['rating', 'rating.invalid']]);
    expect(problems({ rating: '3', result: 'withdrawn' })).toEqual([['rating', 'rating.not_completed']]);
    expect(problems({ rated_at: '2025-10-15 09:00' })).toEqual([['rated_at', 'rated_at.without_rating']]);
    const denied = check({ result: 'denied', rating: '1' });
    expect(denied.ok && denied.value.rating).toBe(1);
  });

  it('checks the applicant identifier by its type, or recognizes the type from it', () => {
    const person = check({ applicant_id: '11010519491231002x' });
    expect(person.ok && person.value.applicant).toEqual({ type: 'person', name: '', idNumber: '11010519491231002X' });
    const enterprise = check({ applicant_id: '91350100M000100Y43' });
    expect(enterprise.ok && enterprise.value.applicant.type).toBe('enterprise');
    expect(problems({ applicant_id: '123' })).toEqual([['applicant_id', 'applicant_id.unrecognized']]);
    expect(problems({ applicant_type: 'person', applicant_id: '110105194912310021' }).map(([c]) => c)).toEqual(['applicant_id']);
    expect(problems({ applicant_type: 'robot' })).toEqual([['applicant_type', 'applicant_type.invalid']]);
  });

  it('reports every problem of a row at once, in both languages', () => {
    const r = check({ case_type: 'x', legal_days: '-1', result: 'maybe', rating: '9' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(4);
    for (const i of r.issues) {
      expect(i.message['zh-CN']).not.toBe('');
      expect(i.message['en-US']).not.toBe('');
      expect(i.path).toBe(`row 7 ${i.column}`);
    }
  });
});
