import ExcelJS from 'exceljs';
import type { Db } from '../../db/database.js';
import { chinaDateOf } from '../../kernel/calendar/index.js';
import type { RequestContext } from '../../kernel/context.js';
import { maskCreditCode, maskIdNumber, maskName } from '../../kernel/masking/index.js';
import { FIGURE_LABELS } from './domain/labels.js';
import type { StatsDirectory } from './stats.ports.js';
import type { ExportQuery, FigureKey, PublicScreenEntry, PublicScreenResponse } from './stats.schema.js';
import { FIGURE_KEYS } from './stats.schema.js';
import type { StatsService } from './stats.service.js';
import { statsStore } from './stats.store.js';
import { errors, issue, text } from '../../kernel/errors/index.js';

const SCREEN_ROWS = 20;

function maskedIdentifier(applicantJson: string): string {
  try {
    const a = JSON.parse(applicantJson) as { type?: string; idNumber?: string; creditCode?: string };
    if (a.type === 'enterprise' && a.creditCode) return maskCreditCode(a.creditCode);
    return a.idNumber ? maskIdNumber(a.idNumber) : '';
  } catch {
    return '';
  }
}

/** What leaves the center: the public 公示 screen (masked) and Excel exports of the tables. */
export class StatsPublishing {
  constructor(
    private readonly db: Db,
    private readonly stats: StatsService,
    private readonly directory: StatsDirectory,
  ) {}

  /** Recent acceptances and results, names and ID numbers masked (张*三, 3301**********1234). */
  async publicScreen(ctx: RequestContext): Promise<PublicScreenResponse> {
    const { departments } = await this.directory.directory();
    const names = new Map(departments.map((d) => [d.id, d.name]));
    const entry = (r: Awaited<ReturnType<typeof statsStore.recentCases>>[number]): PublicScreenEntry => ({
      caseNo: r.case_no,
      itemName: r.item_name,
      applicant: maskName(r.applicant_name),
      idNumber: maskedIdentifier(r.applicant_json),
      department: names.get(r.department_id) ?? '',
      state: r.state,
      acceptedOn: r.accepted_on,
      completedOn: r.completed_on,
      decision: r.decision,
    });
    const [accepted, completed] = await Promise.all([statsStore.recentCases(this.db, 'accepted_on', SCREEN_ROWS), statsStore.recentCases(this.db, 'completed_on', SCREEN_ROWS)]);
    return { date: chinaDateOf(ctx.clock.now().toISOString()), accepted: accepted.map(entry), completed: completed.map(entry) };
  }

  /** A table (series, ranking or roll-up) as an Excel workbook, rates as percentages. */
  async exportXlsx(ctx: RequestContext, q: ExportQuery): Promise<Buffer> {
    const filters = { center: q.center, department: q.department, window: q.window, item: q.item };
    const defined = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
    let lead: { key: string; zh: string; en: string }[];
    let rows: Record<string, unknown>[];
    if (q.table === 'series') {
      if (!q.granularity) throw errors.invalid([issue('/granularity', 'required', text('请选择统计粒度。', 'Choose a granularity.'))]);
      rows = (await this.stats.series(ctx, { from: q.from, to: q.to, granularity: q.granularity, ...defined })).points;
      lead = [{ key: 'period', zh: '期间', en: 'Period' }];
    } else if (q.table === 'ranking') {
      if (!q.by) throw errors.invalid([issue('/by', 'required', text('请选择排名对象。', 'Choose what to rank.'))]);
      rows = (await this.stats.ranking(ctx, { from: q.from, to: q.to, by: q.by, ...(q.center ? { center: q.center } : {}) })).rows;
      lead = [{ key: 'rank', zh: '名次', en: 'Rank' }, { key: 'name', zh: '名称', en: 'Name' }];
    } else {
      const r = await this.stats.rollup(ctx, { from: q.from, to: q.to, ...(q.center ? { center: q.center } : {}) });
      rows = [...r.rows, { name: '合计 Total', ...r.total }];
      lead = [{ key: 'name', zh: '中心', en: 'Center' }];
    }
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(`${q.from}~${q.to}`);
    const columns = [...lead, ...FIGURE_KEYS.map((key) => ({ key, ...FIGURE_LABELS[key] }))];
    sheet.columns = columns.map((c) => ({ header: `${c.zh}\n${c.en}`, key: c.key, width: c.key === 'name' ? 24 : 14 }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
    for (const row of rows) sheet.addRow(row);
    for (const key of FIGURE_KEYS) if (FIGURE_LABELS[key as FigureKey].unit === 'rate') sheet.getColumn(key).numFmt = '0.00%';
    sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: lead.length }];
    return Buffer.from(await book.xlsx.writeBuffer());
  }
}
