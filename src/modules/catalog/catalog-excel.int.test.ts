import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { catalogFixture, issueCodes, type CatalogFixture } from '../../../test/support/catalog-fixtures.js';
import { describeEachDialect } from '../../../test/support/databases.js';
import { snapshot } from '../../../test/support/snapshot.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Changes a workbook: `edit` gets the 事项 sheet and a way to find a column by its header. */
async function edited(buffer: Buffer, edit: (sheet: ExcelJS.Worksheet, column: (header: string) => number) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  const sheet = workbook.getWorksheet('事项')!;
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  edit(sheet, (header) => headers.indexOf(header));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function rowOf(sheet: ExcelJS.Worksheet, name: string): ExcelJS.Row {
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(2).value === name) return sheet.getRow(r);
  throw new Error(`no row ${name}`);
}

describeEachDialect('catalog Excel export and import', (use) => {
  let t: TestApp;
  let admin: Session;
  let f: CatalogFixture;
  let exported: Buffer;
  const upload = (body: Buffer, type = XLSX) => admin.request('POST', '/api/catalog/import', body, { 'content-type': type });

  beforeAll(async () => {
    t = await startTestApp(use());
    admin = await Session.signIn(t.app, 'admin');
    f = await catalogFixture(admin);
  });

  it('exports the active catalog as an .xlsx download', async () => {
    const response = await admin.get('/api/catalog/export.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="catalog-2026-03-02\.xlsx"/);
    exported = response.rawPayload;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['事项', '材料', '收费', '流程', '填写说明']);
    const total = (await admin.get('/api/catalog/items')).json().total;
    expect(workbook.getWorksheet('事项')!.rowCount - 1).toBe(total);
  });

  it('imports the exported file without changing anything', async () => {
    const before = await snapshot(t.database);
    const response = await upload(exported, 'application/octet-stream');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ created: 0, updated: 0 });
    expect(response.json().unchanged).toBeGreaterThanOrEqual(38);
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('creates new rows and versions changed ones; the same file again changes nothing', async () => {
    const changed = await edited(exported, (sheet, column) => {
      rowOf(sheet, '企业投资项目核准').getCell(column('承诺时限（工作日）')).value = 8;
      const added = sheet.addRow([]);
      const source = rowOf(sheet, '企业投资项目备案');
      source.eachCell((cell, n) => (added.getCell(n).value = cell.value));
      added.getCell(column('实施编码')).value = f.code('FG', 900010);
      added.getCell(column('事项名称')).value = '企业投资项目信息变更备案';
    });
    const first = await upload(changed);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ created: 1, updated: 1, codes: { created: [f.code('FG', 900010)] } });
    const found = (await admin.get(`/api/catalog/items?q=${encodeURIComponent('企业投资项目核准')}`)).json().items as Array<{ id: string; name: string }>;
    const item = found.find((i) => i.name === '企业投资项目核准')!;
    expect(item).toMatchObject({ promisedDays: 8, version: 2 });
    const versions = (await admin.get(`/api/catalog/items/${item.id}/versions`)).json().items;
    expect(versions[0]).toMatchObject({ source: 'import', reason: 'Excel 导入', changes: [{ path: '/promisedDays', before: 10, after: 8 }] });

    const before = await snapshot(t.database);
    const second = await upload(changed);
    expect(second.json()).toMatchObject({ created: 0, updated: 0 });
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('reports every invalid row with its cell in one pass and imports nothing', async () => {
    const broken = await edited(exported, (sheet, column) => {
      const row = rowOf(sheet, '企业注销登记');
      row.getCell(column('承诺时限（工作日）')).value = 30;
      row.getCell(column('法定时限（工作日）')).value = -2;
      rowOf(sheet, '就业登记').getCell(column('实施部门ID')).value = 'no-such-department';
      rowOf(sheet, '契税申报').getCell(column('受理窗口ID')).value = 'no-such-window';
      rowOf(sheet, '发票领用').getCell(column('最多跑动次数')).value = '两次';
    });
    const before = await snapshot(t.database);
    const response = await upload(broken);
    expect(response.statusCode).toBe(400);
    const issues = response.json().error.details.issues as Array<{ path: string; code: string }>;
    expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining(['item.promise_exceeds_law', 'number.negative', 'item.department_unknown', 'item.window_unknown', 'excel.not_a_number']));
    expect(issues.every((i) => /^事项![A-Z]+\d+$/.test(i.path))).toBe(true);
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('refuses a file that is not a workbook, and an empty body', async () => {
    const before = await snapshot(t.database);
    const garbage = await upload(Buffer.from('PK\u0003\u0004 this is not really a workbook'));
    expect(garbage.statusCode).toBe(400);
    expect(issueCodes(garbage.json())).toEqual(['excel.unreadable']);
    const empty = await upload(Buffer.alloc(0), 'application/octet-stream');
    expect(empty.statusCode).toBe(400);
    const json = await admin.post('/api/catalog/import', { file: 'x' });
    expect(json.statusCode).toBe(400);
    expect(await snapshot(t.database)).toEqual(before);
  });
});
