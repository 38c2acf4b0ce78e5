import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/support/databases.js';
import { snapshot } from '../../../../test/support/snapshot.js';
import { Session, startTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { setupActor } from '../../../demo/seed-demo.js';
import type { RequestContext } from '../../../kernel/context.js';
import { isAppError, type AppError } from '../../../kernel/errors/index.js';
import { UnitOfWork } from '../../../kernel/unit-of-work.js';
import { REQUIRED_COLUMNS, type RowIssue } from './import.domain.js';
import { CaseImportService } from './import.service.js';

const COLUMNS = [...REQUIRED_COLUMNS, 'window', 'applicant_type', 'applicant_name', 'applicant_id', 'decided_at', 'rating', 'rated_at'];
const COUNTY = '示范县政务服务中心';

/** Rows of a file: case numbers prefixed so that each format imports its own cases. */
function rows(prefix: string): Record<string, string>[] {
  const base = { center: COUNTY, department: '示范县公安局', case_type: '承诺件', legal_days: '60', promised_days: '15', suspended_days: '0' };
  const item = '000010003000-331099-11331099MB00000198';
  return [
    { ...base, case_no: `${prefix}-1`, item_code: item, received_at: '2025-09-29 09:00', accepted_at: '2025-09-30 09:00', completed_at: '2025-10-20 16:00', result: 'approved', window: 'A01', applicant_name: '张三', rating: '5' },
    { ...base, case_no: `${prefix}-2`, item_code: '000010003000', received_at: '2025-09-29T01:00:00Z', accepted_at: '2025-09-29T02:00:00Z', completed_at: '2025-10-09T02:00:00Z', result: 'denied', suspended_days: '2' },
    { ...base, case_no: `${prefix}-3`, department: '市场监管', item_code: '企业设立登记', case_type: '即办件', legal_days: '3', promised_days: '0', received_at: '2025-11-03 09:00', accepted_at: '2025-11-03 09:05', completed_at: '2025-11-03 09:30', result: 'approved' },
    { ...base, case_no: `${prefix}-4`, received_at: '2025-12-01 10:00', accepted_at: '', completed_at: '2025-12-01 10:30', result: 'refused', item_code: item },
    { ...base, case_no: `${prefix}-5`, center: '老城区服务中心', department: '老城区民政办', item_code: '低保审批', promised_days: '10', legal_days: '20', received_at: '2026-01-05 09:00', accepted_at: '2026-01-05 09:30', completed_at: '', result: '', window: 'Z09' },
    { ...base, case_no: `${prefix}-6`, center: '老城区服务中心', department: '老城区民政办', item_code: '低保审批', promised_days: '10', legal_days: '20', received_at: '2026-01-06 09:00', accepted_at: '', completed_at: '2026-01-07 09:00', result: 'withdrawn' },
  ];
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
function writeCsv(file: string, list: Record<string, string>[]): void {
  fs.writeFileSync(file, `\uFEFF${[COLUMNS.join(','), ...list.map((r) => COLUMNS.map((c) => csvCell(r[c] ?? '')).join(','))].join('\r\n')}\r\n`);
}
function writeJsonl(file: string, list: Record<string, string>[]): void {
  // Numbers as JSON numbers, empty cells left out or null.
  const typed = list.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, /^\d+$/.test(v) && k.endsWith('days') ? Number(v) : v === '' ? null : v])));
  fs.writeFileSync(file, typed.map((r) => JSON.stringify(r)).join('\n') + '\n');
}
async function writeXlsx(file: string, list: Record<string, string>[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('办件');
  sheet.addRow(COLUMNS);
  for (const r of list) {
    sheet.addRow(
      COLUMNS.map((c) => {
        const v = r[c] ?? '';
        // Spreadsheet dates carry no zone: 2025-09-29 09:00 in a cell is China time.
        if (c.endsWith('_at') && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(v)) return new Date(`${v.replace(' ', 'T')}:00Z`);
        if (/^\d+$/.test(v) && c.endsWith('days')) return Number(v);
        return v === '' ? null : v;
      }),
    );
  }
  for (const c of ['received_at', 'accepted_at', 'completed_at']) sheet.getColumn(COLUMNS.indexOf(c) + 1).numFmt = 'yyyy-mm-dd hh:mm';
  await workbook.xlsx.writeFile(file);
}

describeEachDialect('history import of cases', (use) => {
  let t: TestApp;
  let dir: string;
  let service: CaseImportService;

  beforeAll(async () => {
    t = await startTestApp(use());
    const database = use();
    service = new CaseImportService(database.db, new UnitOfWork(database.db), t.services.org, t.services.catalog, (id, now) => t.services.calendar.calendarFor(id, now), t.services.statsRollups);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-import-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The county's administrator, with the scope as it is now (placeholder centers join it), as at each CLI run. */
  const importFile = async (file: string) => {
    const root = (await t.services.org.rootCenterOrNull())!;
    const ctx: RequestContext = { actor: setupActor(await t.services.org.scopeOf(root.id)), clock: t.clock, locale: 'zh-CN', requestId: 'test' };
    return service.importFile(ctx, file);
  };
  /** The rollup tables, with the journal of the case transactions so far drained into them. */
  const rollupTables = async () => {
    await t.services.statsRollups.drain();
    const all = await snapshot(t.database);
    return { stats_daily: all.stats_daily, stats_daily_w: all.stats_daily_w, stats_totals: all.stats_totals, stats_totals_w: all.stats_totals_w };
  };
  const count = async (query: string) => Number((await sql<{ n: number }>`${sql.raw(query)}`.execute(t.database.db)).rows[0]!.n);

  it('imports a CSV: states, China dates, deadlines, ratings, and placeholders for unknown names', async () => {
    const file = path.join(dir, 'history.csv');
    writeCsv(file, rows('CSV'));
    const summary = await importFile(file);
    expect(summary).toMatchObject({ format: 'csv', rows: 6, imported: 6, alreadyPresent: 0, ratings: 1, unknownWindows: 1, placeholders: { centers: 1, departments: 1, items: 1 } });
    expect(summary.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.dateRange).toEqual({ from: '2025-09-29', to: '2026-01-07' });
    // The statistics learnt of the imported cases in the import's transaction: a rebuild changes nothing.
    const rollups = await rollupTables();
    expect(rollups.stats_daily).not.toBe('0:');
    await t.services.statsRollups.rebuild();
    expect(await rollupTables()).toEqual(rollups);

    const cases = await t.database.db.selectFrom('cases').selectAll().where('case_no', 'like', 'CSV-%').orderBy('case_no').execute();
    expect(cases.map((c) => [c.case_no, c.state, c.decision, c.accepted_on, c.deadline, c.completed_on, c.imported])).toEqual([
      ['CSV-1', 'completed', 'grant', '2025-09-30', '2025-10-28', '2025-10-20', 1],
      ['CSV-2', 'completed', 'deny', '2025-09-29', '2025-10-29', '2025-10-09', 1],
      ['CSV-3', 'completed', 'grant', '2025-11-03', '2025-11-03', '2025-11-03', 1],
      ['CSV-4', 'refused', null, null, null, '2025-12-01', 1],
      ['CSV-5', 'accepted', null, '2026-01-05', '2026-01-19', null, 1],
      ['CSV-6', 'withdrawn', null, null, null, '2026-01-07', 1],
    ]);
    expect(cases[0]!.window_id).not.toBeNull();
    expect(cases[4]!.window_id).toBeNull();
    expect(await count(`select count(*) as n from case_ratings where channel = 'import' and level = 5`)).toBe(1);

    const center = await t.database.db.selectFrom('centers').selectAll().where('name', '=', '老城区服务中心').executeTakeFirstOrThrow();
    expect(center).toMatchObject({ placeholder: 1, active: 0, level: 'branch_hall' });
    expect(await t.database.db.selectFrom('departments').select(['placeholder', 'active', 'center_id']).where('name', '=', '老城区民政办').executeTakeFirstOrThrow()).toEqual({ placeholder: 1, active: 0, center_id: center.id });
    const item = await t.database.db.selectFrom('items').selectAll().where('name', '=', '低保审批').executeTakeFirstOrThrow();
    expect(item).toMatchObject({ placeholder: 1, status: 'cancelled' });
    expect(item.status_reason).toContain('占位');
    expect(cases[4]!.item_id).toBe(item.id);

    const audit = await t.database.db.selectFrom('audit_events').select(['action', 'after_json']).where('entity_type', '=', 'case_import').orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['case.import.placeholders', 'case.import']);
    expect(JSON.parse(audit[1]!.after_json!)).toMatchObject({ sha256: summary.sha256, imported: 6, alreadyPresent: 0 });
  });

  it('changes nothing when the same file is imported again', async () => {
    const file = path.join(dir, 'history.csv');
    const before = await snapshot(t.database);
    const summary = await importFile(file);
    expect(summary).toMatchObject({ imported: 0, alreadyPresent: 6, placeholders: { centers: 0, departments: 0, items: 0 } });
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('imports the same history from xlsx (date cells in China time) and JSON Lines', async () => {
    const xlsx = path.join(dir, 'history.xlsx');
    await writeXlsx(xlsx, rows('XLSX'));
    expect(await importFile(xlsx)).toMatchObject({ format: 'xlsx', rows: 6, imported: 6, placeholders: { centers: 0, departments: 0, items: 0 } });
    const jsonl = path.join(dir, 'history.jsonl');
    writeJsonl(jsonl, rows('JSONL'));
    expect(await importFile(jsonl)).toMatchObject({ format: 'jsonl', rows: 6, imported: 6 });
    const columns = (prefix: string) =>
      t.database.db.selectFrom('cases').select(['state', 'received_at', 'accepted_at', 'completed_at', 'deadline', 'center_id', 'item_id']).where('case_no', 'like', `${prefix}-%`).orderBy('case_no').execute();
    const csv = await columns('CSV');
    expect(await columns('XLSX')).toEqual(csv);
    expect(await columns('JSONL')).toEqual(csv);
  });

  it('reports every bad row of a file at once and imports none of it', async () => {
    const list = rows('BAD');
    list[0]!.case_type = '急件';
    list[1]!.legal_days = '-1';
    list[2]!.completed_at = '2025-11-03 08:00';
    list[3]!.result = 'maybe';
    list[5]!.case_no = 'BAD-5';
    const file = path.join(dir, 'bad.csv');
    writeCsv(file, list);
    const before = await snapshot(t.database);
    const error = await importFile(file).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(isAppError(error) && error.code).toBe('case_import.invalid_rows');
    expect((error!.issues as RowIssue[]).map((i) => [i.row, i.column, i.code])).toEqual([
      [2, 'case_type', 'case_type.invalid'],
      [3, 'legal_days', 'days.negative'],
      [4, 'completed_at', 'instant.order'],
      [5, 'result', 'result.invalid'],
      [7, 'case_no', 'case_no.duplicate'],
    ]);
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('refuses a file with missing columns, and one that is not an import file, changing nothing', async () => {
    const before = await snapshot(t.database);
    const file = path.join(dir, 'columns.csv');
    fs.writeFileSync(file, 'case_no,center\nX,Y\n');
    await expect(importFile(file)).rejects.toMatchObject({ code: 'case_import.invalid_rows', issues: [{ row: 1, code: 'import.columns_missing' }] });
    const broken = path.join(dir, 'broken.csv');
    fs.writeFileSync(broken, `${COLUMNS.join(',')}\n"unterminated,1\n`);
    await expect(importFile(broken)).rejects.toMatchObject({ code: 'case_import.malformed_file' });
    await expect(importFile(path.join(dir, 'history.txt'))).rejects.toMatchObject({ code: 'case_import.malformed_file' });
    const gbk = path.join(dir, 'gbk.csv');
    fs.writeFileSync(gbk, Buffer.from([0x63, 0x61, 0x73, 0x65, 0x2c, 0xd6, 0xd0, 0xd0, 0xc4, 0x0a]));
    await expect(importFile(gbk)).rejects.toMatchObject({ code: 'case_import.malformed_file' });
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('keeps placeholders off the public catalog; imported cases show in the console', async () => {
    const search = await t.app.inject({ method: 'GET', url: `/api/public/items?q=${encodeURIComponent('低保审批')}` });
    expect(search.statusCode).toBe(200);
    expect(search.json().items.map((i: { name: string }) => i.name)).not.toContain('低保审批');
    const admin = await Session.signIn(t.app, 'admin');
    const list = await admin.get('/api/cases?q=CSV-&limit=10');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().length ?? list.json().items?.length).toBeGreaterThanOrEqual(6);
    // The console tells placeholders from centers and departments an administrator deactivated.
    const centers = (await admin.get('/api/org/centers?includeInactive=true')).json().items as { name: string; placeholder: boolean }[];
    expect(centers.find((c) => c.name === '老城区服务中心')?.placeholder).toBe(true);
    expect(centers.filter((c) => c.placeholder).map((c) => c.name)).toEqual(['老城区服务中心']);
    const departments = (await admin.get('/api/org/departments?includeInactive=true')).json().items as { name: string; placeholder: boolean }[];
    expect(departments.filter((d) => d.placeholder).map((d) => d.name)).toEqual(['老城区民政办']);
  });
});
