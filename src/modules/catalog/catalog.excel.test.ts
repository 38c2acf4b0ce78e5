import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isAppError, type AppError } from '../../kernel/errors/index.js';
import { CATALOG_SHEETS, exportCatalogWorkbook, parseCatalogWorkbook } from './catalog.excel.js';
import type { Item } from './catalog.domain.js';
import { sampleItem, sampleItemCode } from './domain/sample-items.js';

const items: Item[] = [
  sampleItem(),
  sampleItem({
    code: sampleItemCode(101001, { sub: 1 }),
    name: '食品经营许可（新办）',
    channels: ['window', 'agency'],
    windowIds: ['win-03', 'win-07'],
    fees: [
      { name: '工本费', standard: '每证 10 元', legalBasis: '价费字〔2020〕1号', waivable: true, amountFen: 1000 },
      { name: '检测费', standard: '按检测项目计', legalBasis: '价费字〔2020〕2号', waivable: false },
    ],
  }),
  sampleItem({
    code: sampleItemCode(202001, { department: 2 }),
    name: '社保政策咨询',
    type: 'publicService',
    departmentId: 'dept-social',
    legalBasis: [],
    legalDays: 0,
    promisedDays: 0,
    maxVisits: 0,
    channels: ['online'],
    agencyAllowed: false,
    conditions: [],
    materials: [],
    steps: [],
    result: undefined,
    windowIds: [],
  }),
];

async function edit(buffer: Buffer, change: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function failure(buffer: Uint8Array): Promise<AppError> {
  try {
    await parseCatalogWorkbook(buffer);
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected the workbook to be refused');
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('catalog workbook', () => {
  it('round-trips: export then parse gives the same items', async () => {
    const buffer = await exportCatalogWorkbook(items);
    expect(await parseCatalogWorkbook(buffer)).toEqual({ items });
  });

  it('exports a documented template with Chinese headers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportCatalogWorkbook([])) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['事项', '材料', '收费', '流程', '填写说明']);
    expect(sheet(workbook, '事项').getRow(1).values).toEqual([
      undefined,
      '实施编码',
      '事项名称',
      '事项类型',
      '实施部门ID',
      '设定依据',
      '法定时限（工作日）',
      '承诺时限（工作日）',
      '最多跑动次数',
      '办理渠道',
      '可代办',
      '受理条件',
      '办理结果',
      '受理窗口ID',
    ]);
    expect(sheet(workbook, CATALOG_SHEETS.instructions).rowCount).toBeGreaterThan(30);
    const written = await exportCatalogWorkbook(items);
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.load(written as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    expect(sheet(filled, '事项').getCell('C2').value).toBe('行政许可');
    expect(sheet(filled, '事项').getCell('I3').value).toBe('窗口、代办');
    expect(sheet(filled, '材料').getCell('E4').value).toBe('依情形');
    expect(await parseCatalogWorkbook(await exportCatalogWorkbook([]))).toEqual({ items: [] });
  });

  it('reports every problem in one pass, each at its cell, and imports nothing', async () => {
    const buffer = await edit(await exportCatalogWorkbook(items), (workbook) => {
      const main = sheet(workbook, '事项');
      main.getCell('C2').value = '许可'; // unknown type
      main.getCell('G2').value = 30; // promised beyond the law (legal 20)
      main.getCell('F3').value = '二十'; // not a number
      main.getCell('J3').value = '可以'; // not yes/no
      const materials = sheet(workbook, '材料');
      materials.getCell('C3').value = -1; // negative originals
      materials.getCell('B4').value = '食品经营许可申请书'; // duplicate name within item 1
      materials.addRow(['000999999000-330102-X', '多余材料', 1, 0, '必需']);
      const steps = sheet(workbook, '流程');
      steps.getCell('D2').value = 90; // 90 + 40 + 40 > 100
    });
    const error = await failure(buffer);
    expect(error.kind).toBe('invalid');
    expect(error.code).toBe('catalog_workbook_invalid');
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ['事项!C2', 'value.unknown'],
      ['事项!G2', 'item.promise_exceeds_law'],
      ['事项!F3', 'excel.not_a_number'],
      ['事项!J3', 'excel.not_yes_no'],
      ['材料!C3', 'number.range'],
      ['材料!B4', 'item.material_duplicate'],
      ['材料!A8', 'excel.unknown_item'],
      ['流程!D2', 'item.step_shares_exceed'],
    ]);
    expect(error.issues[0]?.message['zh-CN']).toContain('行政许可、非行政许可审批');
    expect(error.messageIn('zh-CN')).toContain('事项!G2: 承诺时限（30 个工作日）超过法定时限（20 个工作日）');
  });

  it('finds columns by header, whatever their order, and accepts English labels', async () => {
    const workbook = new ExcelJS.Workbook();
    const main = workbook.addWorksheet('事项');
    const headers = ['事项名称', '实施编码', '事项类型', '实施部门ID', '设定依据', '法定时限（工作日）', '承诺时限（工作日）', '最多跑动次数', '办理渠道', '可代办', '受理条件', '办理结果', '受理窗口ID', '备注'];
    main.addRow(headers);
    main.addRow(['社保政策咨询', sampleItemCode(5), 'Public service', 'dept-social', '', '0', 0, 0, 'online, agency', 'Y', '', '', '', '随便写']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const { items: parsed } = await parseCatalogWorkbook(buffer);
    expect(parsed).toEqual([
      {
        code: sampleItemCode(5),
        name: '社保政策咨询',
        type: 'publicService',
        departmentId: 'dept-social',
        legalBasis: [],
        legalDays: 0,
        promisedDays: 0,
        maxVisits: 0,
        channels: ['online', 'agency'],
        agencyAllowed: true,
        conditions: [],
        materials: [],
        fees: [],
        steps: [],
        windowIds: [],
      },
    ]);
  });

  it('explains a missing sheet or column', async () => {
    const withoutItems = await edit(await exportCatalogWorkbook([]), (workbook) => workbook.removeWorksheet(sheet(workbook, '事项').id));
    expect((await failure(withoutItems)).issues.map((i) => [i.path, i.code])).toEqual([['事项', 'excel.sheet_missing']]);
    const withoutColumn = await edit(await exportCatalogWorkbook(items), (workbook) => {
      sheet(workbook, '材料').getCell('C1').value = '原件';
    });
    const error = await failure(withoutColumn);
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([['材料!1', 'excel.column_missing']]);
    expect(error.issues[0]?.message['zh-CN']).toBe('“材料”工作表第 1 行缺少列“原件份数”，请使用导出的模板。');
  });

  it('refuses a file that is not a workbook with a clear invalid error, not a crash', async () => {
    for (const junk of [Buffer.from('this is not a spreadsheet'), Buffer.alloc(0), Buffer.from('PK\u0003\u0004broken zip')]) {
      const error = await failure(junk);
      expect(error.kind).toBe('invalid');
      expect(error.code).toBe('catalog_workbook_unreadable');
      expect(error.issues[0]?.message['en-US']).toContain('not a valid Excel workbook');
    }
  });
});
