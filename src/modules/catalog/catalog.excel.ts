import ExcelJS from 'exceljs';
import { errors, issue, text, type Issue } from '../../kernel/errors/index.js';
import type { LocalizedText } from '../../kernel/i18n/locale.js';
import {
  CHANNEL_LABELS,
  ITEM_CODE_EXAMPLE,
  ITEM_TYPE_LABELS,
  MATERIAL_REQUIREMENT_LABELS,
  STEP_ROLE_LABELS,
  validateCatalog,
  valueFromLabel,
  type Channel,
  type Fee,
  type Item,
  type ItemType,
  type KnownReferences,
  type Material,
  type MaterialRequirement,
  type ProcessStep,
  type StepRole,
} from './catalog.domain.js';

/**
 * 事项目录 Excel 模板（.xlsx）的导出与导入。
 *
 * The workbook has four data sheets and one sheet of instructions (填写说明, ignored on import):
 *
 * | sheet | one row per | columns |
 * |---|---|---|
 * | 事项 | item | 实施编码, 事项名称, 事项类型, 实施部门ID, 设定依据, 法定时限（工作日）, 承诺时限（工作日）, 最多跑动次数, 办理渠道, 可代办, 受理条件, 办理结果, 受理窗口ID |
 * | 材料 | material | 实施编码, 材料名称, 原件份数, 复印件份数, 必要性, 情形说明, 出具单位, 模板文件 |
 * | 收费 | fee | 实施编码, 收费项目, 收费标准, 收费依据, 可减免, 金额（分） |
 * | 流程 | process step | 实施编码, 环节名称, 岗位, 时限占比（%） |
 *
 * Rows of 材料 / 收费 / 流程 belong to the item with their 实施编码, in row order. Row 1 holds the
 * headers, found by name (columns may be reordered; extra columns are ignored). Code values are
 * written as their Chinese labels (行政许可, 窗口, 必需, 审核人 …) and read from the Chinese or
 * English label or the identifier; yes/no as 是/否 (blank = 否); lists of text one entry per line;
 * channels and window ids separated by 、 or commas. A sheet other than 事项 may be left out.
 *
 * Import validates every row and reports every problem in one pass, each at its cell
 * (`事项!G12`), and imports nothing when there is any problem.
 */

export const CATALOG_SHEETS = { items: '事项', materials: '材料', fees: '收费', steps: '流程', instructions: '填写说明' } as const;

/** 单元格的值（读入后、组装成事项之前）。 */
type CellData = string | number | boolean | string[] | undefined;

type Labels = Readonly<Record<string, LocalizedText>>;

type Kind =
  | { kind: 'text' }
  | { kind: 'optionalText' }
  | { kind: 'integer' }
  | { kind: 'optionalInteger' }
  | { kind: 'boolean' }
  | { kind: 'lines' }
  | { kind: 'list' }
  | { kind: 'choice'; labels: Labels }
  | { kind: 'choices'; labels: Labels };

interface Column {
  /** The field of the item (or material, fee, step) the column holds. */
  key: string;
  header: string;
  width: number;
  type: Kind;
  /** 填写说明 */
  note: string;
}

interface SheetSpec {
  name: string;
  columns: readonly Column[];
}

type Collection = 'materials' | 'fees' | 'steps';

const plainText = { kind: 'text' } as const;
const optionalText = { kind: 'optionalText' } as const;
const integer = { kind: 'integer' } as const;
const yesNo = { kind: 'boolean' } as const;

function labelList(labels: Labels): string {
  return Object.values(labels)
    .map((l) => l['zh-CN'])
    .join('、');
}

const CODE_COLUMN: Column = { key: 'code', header: '实施编码', width: 44, type: plainText, note: `基本编码-区划代码-实施部门统一社会信用代码，如 ${ITEM_CODE_EXAMPLE}` };
const PARENT_COLUMN: Column = { ...CODE_COLUMN, note: '所属事项的实施编码，须与“事项”表中的一行相同' };

const ITEM_SHEET: SheetSpec = {
  name: CATALOG_SHEETS.items,
  columns: [
    CODE_COLUMN,
    { key: 'name', header: '事项名称', width: 30, type: plainText, note: '必填' },
    { key: 'type', header: '事项类型', width: 16, type: { kind: 'choice', labels: ITEM_TYPE_LABELS }, note: labelList(ITEM_TYPE_LABELS) },
    { key: 'departmentId', header: '实施部门ID', width: 16, type: plainText, note: '组织管理中的部门 ID' },
    { key: 'legalBasis', header: '设定依据', width: 40, type: { kind: 'lines' }, note: '每行一条；行政许可、非行政许可审批、行政确认必填' },
    { key: 'legalDays', header: '法定时限（工作日）', width: 12, type: integer, note: '非负整数' },
    { key: 'promisedDays', header: '承诺时限（工作日）', width: 12, type: integer, note: '不得超过法定时限；0 表示即办件' },
    { key: 'maxVisits', header: '最多跑动次数', width: 10, type: integer, note: '0–10；0 表示零跑动，须有网上或代办渠道' },
    { key: 'channels', header: '办理渠道', width: 16, type: { kind: 'choices', labels: CHANNEL_LABELS }, note: `${labelList(CHANNEL_LABELS)}，可多选，用顿号分隔` },
    { key: 'agencyAllowed', header: '可代办', width: 8, type: yesNo, note: '是 / 否' },
    { key: 'conditions', header: '受理条件', width: 40, type: { kind: 'lines' }, note: '每行一条' },
    { key: 'result', header: '办理结果', width: 20, type: optionalText, note: '证照或批文名称' },
    { key: 'windowIds', header: '受理窗口ID', width: 16, type: { kind: 'list' }, note: '组织管理中的窗口 ID，多个用顿号分隔' },
  ],
};

const CHILD_SHEETS: Readonly<Record<Collection, SheetSpec>> = {
  materials: {
    name: CATALOG_SHEETS.materials,
    columns: [
      PARENT_COLUMN,
      { key: 'name', header: '材料名称', width: 30, type: plainText, note: '同一事项内不得重复' },
      { key: 'originals', header: '原件份数', width: 10, type: integer, note: '0–99' },
      { key: 'copies', header: '复印件份数', width: 10, type: integer, note: '0–99，与原件不能都为 0' },
      { key: 'requirement', header: '必要性', width: 10, type: { kind: 'choice', labels: MATERIAL_REQUIREMENT_LABELS }, note: labelList(MATERIAL_REQUIREMENT_LABELS) },
      { key: 'condition', header: '情形说明', width: 24, type: optionalText, note: '依情形提交的材料必填，如“委托他人办理的”' },
      { key: 'issuingBody', header: '出具单位', width: 20, type: optionalText, note: '可空' },
      { key: 'templateRef', header: '模板文件', width: 30, type: optionalText, note: '可空' },
    ],
  },
  fees: {
    name: CATALOG_SHEETS.fees,
    columns: [
      PARENT_COLUMN,
      { key: 'name', header: '收费项目', width: 24, type: plainText, note: '同一事项内不得重复' },
      { key: 'standard', header: '收费标准', width: 24, type: plainText, note: '如“每证 10 元”' },
      { key: 'legalBasis', header: '收费依据', width: 36, type: plainText, note: '文件名称及文号，必填' },
      { key: 'waivable', header: '可减免', width: 8, type: yesNo, note: '是 / 否' },
      { key: 'amountFen', header: '金额（分）', width: 12, type: { kind: 'optionalInteger' }, note: '按件计收的固定金额，以分为单位；可空' },
    ],
  },
  steps: {
    name: CATALOG_SHEETS.steps,
    columns: [
      PARENT_COLUMN,
      { key: 'name', header: '环节名称', width: 16, type: plainText, note: '按办理顺序逐行填写' },
      { key: 'role', header: '岗位', width: 16, type: { kind: 'choice', labels: STEP_ROLE_LABELS }, note: labelList(STEP_ROLE_LABELS) },
      { key: 'sharePercent', header: '时限占比（%）', width: 12, type: integer, note: '0–100 的整数，同一事项合计不超过 100' },
    ],
  },
};

const COLLECTIONS: readonly Collection[] = ['materials', 'fees', 'steps'];
/** The column that stands for a whole collection in an issue (e.g. step shares over 100%). */
const SUMMARY_KEY: Readonly<Record<Collection, string>> = { materials: 'name', fees: 'name', steps: 'sharePercent' };

// ───────────────────────────── export ─────────────────────────────

/** 导出目录为 .xlsx；`exportCatalogWorkbook([])` 即空白模板。 */
export async function exportCatalogWorkbook(items: readonly Item[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  writeSheet(workbook, ITEM_SHEET, items.map((item) => ({ ...item })));
  for (const collection of COLLECTIONS) {
    const rows = items.flatMap((item) => item[collection].map((entry) => ({ ...entry, code: item.code })));
    writeSheet(workbook, CHILD_SHEETS[collection], rows);
  }
  writeInstructions(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, records: readonly Record<string, unknown>[]): void {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const record of records) {
    const row = sheet.addRow(Object.fromEntries(spec.columns.map((c) => [c.key, cellValue(c.type, record[c.key])])));
    row.alignment = { vertical: 'top', wrapText: true };
  }
}

function cellValue(type: Kind, value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  switch (type.kind) {
    case 'boolean':
      return value === true ? '是' : '否';
    case 'choice':
      return type.labels[String(value)]?.['zh-CN'] ?? String(value);
    case 'choices':
      return asStrings(value)
        .map((v) => type.labels[v]?.['zh-CN'] ?? v)
        .join('、');
    case 'lines':
      return asStrings(value).join('\n');
    case 'list':
      return asStrings(value).join('、');
    case 'integer':
    case 'optionalInteger':
      return typeof value === 'number' ? value : String(value);
    default:
      return String(value);
  }
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => String(v)) : [];
}

function writeInstructions(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(CATALOG_SHEETS.instructions);
  sheet.columns = [
    { header: '工作表', key: 'sheet', width: 10 },
    { header: '列', key: 'header', width: 20 },
    { header: '填写要求', key: 'note', width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const spec of [ITEM_SHEET, ...COLLECTIONS.map((c) => CHILD_SHEETS[c])]) {
    for (const column of spec.columns) sheet.addRow({ sheet: spec.name, header: column.header, note: column.note });
  }
  sheet.addRow({});
  sheet.addRow({ note: '“材料”“收费”“流程”表中的行按实施编码归入事项，按行的先后排序。导入时全部行校验通过才会导入，任何一处有误都不导入。' });
}

// ───────────────────────────── import ─────────────────────────────

interface RowRead {
  row: number;
  record: Record<string, CellData>;
}

interface SheetRead {
  spec: SheetSpec;
  /** column key → column number */
  columns: Map<string, number>;
  rows: RowRead[];
}

interface ItemLocation {
  row: number;
  children: Record<Collection, number[]>;
}

/**
 * 读入目录工作簿，校验每一行；全部无误时返回事项，否则抛出 `errors.invalid`，列出全部问题，
 * 每个问题的位置形如 `事项!G12`。A file that is not an .xlsx workbook is an invalid input too.
 */
export async function parseCatalogWorkbook(buffer: Uint8Array, known: KnownReferences = {}): Promise<{ items: Item[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (cause) {
    throw unreadable(cause);
  }
  const issues: Issue[] = [];
  const itemSheet = readSheet(workbook, ITEM_SHEET, issues, true);
  const children = Object.fromEntries(COLLECTIONS.map((c) => [c, readSheet(workbook, CHILD_SHEETS[c], issues, false)])) as Record<
    Collection,
    SheetRead | undefined
  >;
  // A sheet that does not follow the template would only cause follow-on problems; stop here.
  const structural = issues.some((i) => i.code === 'excel.sheet_missing' || i.code === 'excel.column_missing');
  if (!itemSheet || structural) throw errors.invalid(sortedByCell(issues), 'catalog_workbook_invalid');

  const items = itemSheet.rows.map(({ record }) => itemFrom(record));
  const locations: ItemLocation[] = itemSheet.rows.map(({ row }) => ({ row, children: { materials: [], fees: [], steps: [] } }));
  const indexByCode = new Map<string, number>();
  items.forEach((item, index) => {
    if (!indexByCode.has(item.code)) indexByCode.set(item.code, index);
  });
  for (const collection of COLLECTIONS) {
    const sheet = children[collection];
    for (const { row, record } of sheet?.rows ?? []) {
      const code = typeof record['code'] === 'string' ? record['code'] : '';
      const index = indexByCode.get(code);
      const item = index === undefined ? undefined : items[index];
      const location = index === undefined ? undefined : locations[index];
      if (!sheet || !item || !location) {
        if (sheet && code !== '') issues.push(unknownParent(sheet, row, code));
        continue;
      }
      attach(item, collection, record);
      location.children[collection].push(row);
    }
  }

  const taken = new Set(issues.map((i) => i.path));
  for (const found of validateCatalog(items, known)) {
    const path = cellOf(found.path, itemSheet, children, locations);
    if (!taken.has(path)) issues.push({ ...found, path });
  }
  if (issues.length > 0) throw errors.invalid(sortedByCell(issues), 'catalog_workbook_invalid');
  return { items };
}

function unreadable(cause: unknown): Error {
  const error = errors.invalid(
    [
      issue(
        'workbook',
        'excel.unreadable',
        text(
          '文件无法读取：它不是有效的 Excel 工作簿（.xlsx）。请用导出的模板填写，另存为 .xlsx 后再上传。',
          'The file cannot be read: it is not a valid Excel workbook (.xlsx). Fill in the exported template, save it as .xlsx and upload it again.',
        ),
      ),
    ],
    'catalog_workbook_unreadable',
  );
  error.details['cause'] = cause instanceof Error ? cause.message : String(cause);
  return error;
}

function readSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, issues: Issue[], required: boolean): SheetRead | undefined {
  const sheet = workbook.getWorksheet(spec.name);
  if (!sheet) {
    if (required) {
      issues.push(
        issue(
          spec.name,
          'excel.sheet_missing',
          text('工作簿中没有“{sheet}”工作表，请使用导出的模板。', 'The workbook has no sheet named "{sheet}"; use the exported template.', { sheet: spec.name }),
        ),
      );
    }
    return undefined;
  }
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const header = readCell(cell.value);
    const match = spec.columns.find((c) => typeof header === 'string' && c.header === header.trim());
    if (match && !columns.has(match.key)) columns.set(match.key, column);
  });
  const missing = spec.columns.filter((c) => !columns.has(c.key));
  for (const column of missing) {
    issues.push(
      issue(
        `${spec.name}!1`,
        'excel.column_missing',
        text('“{sheet}”工作表第 1 行缺少列“{header}”，请使用导出的模板。', 'Row 1 of sheet "{sheet}" lacks the column "{header}"; use the exported template.', {
          sheet: spec.name,
          header: column.header,
        }),
      ),
    );
  }
  if (missing.length > 0) return undefined;

  const rows: RowRead[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const raw = new Map(spec.columns.map((c) => [c.key, readCell(row.getCell(columns.get(c.key) ?? 0).value)]));
    if ([...raw.values()].every((v) => v === '')) continue;
    const record: Record<string, CellData> = {};
    for (const column of spec.columns) {
      const at = `${spec.name}!${columnLetter(columns.get(column.key) ?? 0)}${r}`;
      record[column.key] = convert(column, raw.get(column.key) ?? '', at, issues);
    }
    rows.push({ row: r, record });
  }
  return { spec, columns, rows };
}

/** 单元格里的文字；公式取结果；错误值返回 `{ error }`。 */
function readCell(value: ExcelJS.CellValue): string | number | { error: string } {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return String(value.text);
  if ('formula' in value || 'sharedFormula' in value) return readCell(value.result ?? null);
  return '';
}

const SEPARATORS = /[、,，;；\n]+/;

function convert(column: Column, raw: string | number | { error: string }, at: string, issues: Issue[]): CellData {
  const fail = (code: string, message: LocalizedText): undefined => {
    issues.push(issue(at, code, message));
    return undefined;
  };
  const params = { header: column.header, value: typeof raw === 'object' ? raw.error : String(raw) };
  if (typeof raw === 'object') {
    return fail('excel.cell_error', text('“{header}”单元格是错误值 {value}，请改为实际内容。', 'The "{header}" cell holds the error {value}; enter the actual value.', params));
  }
  const value = String(raw).trim();
  switch (column.type.kind) {
    case 'text':
      return value;
    case 'optionalText':
      return value === '' ? undefined : value;
    case 'integer':
    case 'optionalInteger': {
      if (typeof raw === 'number') return raw;
      if (value === '') {
        return column.type.kind === 'integer'
          ? fail('excel.required', text('“{header}”不能为空，请填写数字。', '"{header}" is required; enter a number.', params))
          : undefined;
      }
      if (/^[+-]?\d+(\.\d+)?$/.test(value)) return Number(value);
      return fail('excel.not_a_number', text('“{header}”应填数字，现为“{value}”。', '"{header}" must be a number; got "{value}".', params));
    }
    case 'boolean': {
      if (value === '') return false;
      if (/^(是|yes|y|true|1)$/i.test(value)) return true;
      if (/^(否|no|n|false|0)$/i.test(value)) return false;
      return fail('excel.not_yes_no', text('“{header}”应填“是”或“否”，现为“{value}”。', '"{header}" must be 是 (yes) or 否 (no); got "{value}".', params));
    }
    case 'lines':
      return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
    case 'list':
      return splitList(value);
    // An unknown label passes through unchanged: the domain validation names the allowed values.
    case 'choice':
      return valueFromLabel(column.type.labels, value) ?? value;
    case 'choices': {
      const labels = column.type.labels;
      return splitList(value).map((entry) => valueFromLabel(labels, entry) ?? entry);
    }
  }
}

function splitList(value: string): string[] {
  return value
    .split(SEPARATORS)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

// Assembling typed values. Enumerations are taken as read: validateCatalog checks them.
function str(record: Record<string, CellData>, key: string): string {
  const value = record[key];
  return typeof value === 'string' ? value : '';
}
function optionalStr(record: Record<string, CellData>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}
function num(record: Record<string, CellData>, key: string): number {
  const value = record[key];
  return typeof value === 'number' ? value : Number.NaN;
}
function strs(record: Record<string, CellData>, key: string): string[] {
  const value = record[key];
  return Array.isArray(value) ? value : [];
}

function withOptional<T extends object>(base: T, optional: Record<string, string | number | undefined>): T {
  const extra = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
  return { ...base, ...extra };
}

function itemFrom(r: Record<string, CellData>): Item {
  return withOptional<Item>(
    {
      code: str(r, 'code'),
      name: str(r, 'name'),
      type: str(r, 'type') as ItemType,
      departmentId: str(r, 'departmentId'),
      legalBasis: strs(r, 'legalBasis'),
      legalDays: num(r, 'legalDays'),
      promisedDays: num(r, 'promisedDays'),
      maxVisits: num(r, 'maxVisits'),
      channels: strs(r, 'channels') as Channel[],
      agencyAllowed: r['agencyAllowed'] === true,
      conditions: strs(r, 'conditions'),
      materials: [],
      fees: [],
      steps: [],
      windowIds: strs(r, 'windowIds'),
    },
    { result: optionalStr(r, 'result') },
  );
}

function attach(item: Item, collection: Collection, r: Record<string, CellData>): void {
  switch (collection) {
    case 'materials':
      item.materials.push(
        withOptional<Material>(
          { name: str(r, 'name'), originals: num(r, 'originals'), copies: num(r, 'copies'), requirement: str(r, 'requirement') as MaterialRequirement },
          { condition: optionalStr(r, 'condition'), issuingBody: optionalStr(r, 'issuingBody'), templateRef: optionalStr(r, 'templateRef') },
        ),
      );
      return;
    case 'fees':
      item.fees.push(
        withOptional<Fee>(
          { name: str(r, 'name'), standard: str(r, 'standard'), legalBasis: str(r, 'legalBasis'), waivable: r['waivable'] === true },
          { amountFen: typeof r['amountFen'] === 'number' ? r['amountFen'] : undefined },
        ),
      );
      return;
    case 'steps':
      item.steps.push({ name: str(r, 'name'), role: str(r, 'role') as StepRole, sharePercent: num(r, 'sharePercent') } satisfies ProcessStep);
      return;
  }
}

function unknownParent(sheet: SheetRead, row: number, code: string): Issue {
  return issue(
    `${sheet.spec.name}!${columnLetter(sheet.columns.get('code') ?? 1)}${row}`,
    'excel.unknown_item',
    text(
      '“{sheet}”表中的实施编码“{code}”在“事项”表中找不到，请核对编码或先在“事项”表中添加该事项。',
      'The item code "{code}" on sheet "{sheet}" is not on sheet 事项; check the code or add the item there first.',
      { sheet: sheet.spec.name, code },
    ),
  );
}

/** `/items/3/materials/1/name` → `材料!B7`; `/items/3/promisedDays` → `事项!G5`. */
function cellOf(path: string, items: SheetRead, children: Record<Collection, SheetRead | undefined>, locations: readonly ItemLocation[]): string {
  const [, index = '', field = '', entry, key] = /^\/items\/(\d+)(?:\/([^/]+))?(?:\/(\d+))?(?:\/([^/]+))?/.exec(path) ?? [];
  const location = locations[Number(index)];
  if (!location) return path;
  const itemCell = (columnKey: string): string =>
    `${items.spec.name}!${columnLetter(items.columns.get(columnKey) ?? items.columns.get('code') ?? 1)}${location.row}`;
  if (field === 'materials' || field === 'fees' || field === 'steps') {
    const sheet = children[field];
    const rows = location.children[field];
    const row = entry === undefined ? rows[0] : rows[Number(entry)];
    if (!sheet || row === undefined) return itemCell('code');
    const column = sheet.columns.get(key ?? SUMMARY_KEY[field]) ?? sheet.columns.get('code') ?? 1;
    return `${sheet.spec.name}!${columnLetter(column)}${row}`;
  }
  return itemCell(field);
}

function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const SHEET_ORDER: readonly string[] = [ITEM_SHEET.name, ...COLLECTIONS.map((c) => CHILD_SHEETS[c].name)];

/** Issues in reading order: sheet, then row, then column. */
function sortedByCell(issues: readonly Issue[]): Issue[] {
  const keyOf = (path: string): [number, number, number] => {
    const match = /^(.+?)!([A-Z]*)(\d+)$/.exec(path);
    if (!match) return [-1, 0, 0];
    const [, sheet = '', letters = '', row = '0'] = match;
    const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [SHEET_ORDER.indexOf(sheet), Number(row), column];
  };
  return [...issues].sort((a, b) => {
    const [x, y] = [keyOf(a.path), keyOf(b.path)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}
