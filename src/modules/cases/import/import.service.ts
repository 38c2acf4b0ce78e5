import type { CaseRow } from '../cases.store.js';
import { noRollups, type CaseRollups } from '../cases.ports.js';
import path from 'node:path';
import type { Insertable } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { CaseRatingTable } from '../../../db/schema-cases.js';
import type { WorkCalendar } from '../../../kernel/calendar/index.js';
import type { RequestContext } from '../../../kernel/context.js';
import { AppError, errors, text } from '../../../kernel/errors/index.js';
import { newId } from '../../../kernel/ids/ids.js';
import { authorize } from '../../../kernel/permissions/policy.js';
import { instantOf } from '../../../kernel/time/clock.js';
import type { UnitOfWork } from '../../../kernel/unit-of-work.js';
import type { ImportCatalog, ImportOrganization } from '../cases.ports.js';
import { newQueryCode } from '../domain/case-number.js';
import { headerIssues, parseImportRow, type ImportedCase, type RowIssue } from './import.domain.js';
import { openImportSource, type ImportFormat } from './import.readers.js';
import { ImportResolver, PlaceholderPlanner, placeholderItemCode, type PlaceholderPlan } from './import.references.js';
import { importedCaseRow, importedRating, type CasePlace } from './import.rows.js';
import { caseImportStore } from './import.store.js';

/** Rows per transaction: each batch commits with one audit record. */
const BATCH_ROWS = 10_000;
/** Issues kept for the report; beyond this only the count grows. */
const MAX_ISSUES_KEPT = 100_000;

export interface ImportProgress {
  phase: 'validate' | 'import';
  /** Rows read (validate) or written or skipped (import). */
  rows: number;
  /** Rows to import (known in the import phase). */
  total: number | null;
  bytes: number;
  size: number;
}

export interface ImportSummary {
  file: string;
  format: ImportFormat;
  sha256: string;
  rows: number;
  imported: number;
  alreadyPresent: number;
  ratings: number;
  placeholders: { centers: number; departments: number; items: number };
  /** Rows whose window matched none of the center's windows (stored without one). */
  unknownWindows: number;
  centerIds: string[];
  /** China dates spanned by the imported cases (receipt to completion); null when none was imported. */
  dateRange: { from: string; to: string } | null;
}

/** Called once after an import that wrote cases: the place to refresh what depends on them (statistics). */

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Rows between progress reports. */
  progressEvery?: number;
}

/** The error of a file with invalid rows: every issue (up to MAX_ISSUES_KEPT), the count of all. */
export function invalidFileError(issues: RowIssue[], total: number, rows: number): AppError {
  const rowsWithIssues = new Set(issues.map((i) => i.row)).size;
  return new AppError(
    'invalid',
    'case_import.invalid_rows',
    text('导入文件有 {total} 处错误（涉及 {rows} 行），未导入任何数据。', 'The import file has {total} problem(s) in {rows} row(s); nothing was imported.', { total, rows: rowsWithIssues }),
    { issues, details: { total, rowsRead: rows } },
  );
}

/**
 * 历史办件导入: validates the whole file first (pass 1; all problems at once, nothing written),
 * creates the placeholders it needs, then writes the cases in batches (pass 2). A case whose
 * number the center has already is skipped, so importing a file again changes nothing.
 */
export class CaseImportService {
  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
    private readonly org: ImportOrganization,
    private readonly catalog: ImportCatalog,
    private readonly calendarFor: (centerId: string, now: Date) => Promise<WorkCalendar>,
    private readonly rollups: CaseRollups = noRollups,
  ) {}

  private async resolver(): Promise<ImportResolver> {
    const [directory, items] = await Promise.all([this.org.importDirectory(), this.catalog.itemDirectory()]);
    if (!directory) throw errors.rule('case_import.no_center', text('还没有服务中心：请先建立中心（create-admin 或 seed-demo）再导入。', 'No service center yet: set one up (create-admin or seed-demo) before importing.'));
    return new ImportResolver({ ...directory, items });
  }

  async importFile(ctx: RequestContext, file: string, options: ImportOptions = {}): Promise<ImportSummary> {
    authorize(ctx.actor, 'case.import');
    const source = openImportSource(file);
    const every = options.progressEvery ?? 5_000;
    const report = (phase: ImportProgress['phase'], rows: number, total: number | null) =>
      options.onProgress?.({ phase, rows, total, bytes: source.bytesRead(), size: source.size });
    const nowMs = ctx.clock.now().getTime();

    // Pass 1: every row checked (the actor may import into the centers it names; placeholders go below the county center), every name resolved or planned as a placeholder.
    const resolver = await this.resolver();
    const planner = new PlaceholderPlanner(resolver);
    const seen = new Map<string, number>();
    const centerKeys = new Set<string>();
    const issues: RowIssue[] = [];
    let issueCount = 0;
    const add = (found: RowIssue[]) => {
      issueCount += found.length;
      for (const i of found) if (issues.length < MAX_ISSUES_KEPT) issues.push(i);
    };
    let rows = 0;
    let headerOk = true;
    for await (const r of source.rows()) {
      if (r.kind === 'header') {
        const problems = headerIssues(r.headers, r.row);
        add(problems);
        headerOk = problems.length === 0;
        if (!headerOk && source.format !== 'jsonl') break; // a sheet without its columns: say so, not once per row
        continue;
      }
      rows++;
      if (rows % every === 0) report('validate', rows, null);
      if (r.kind === 'broken') add([{ path: `row ${r.row}`, code: 'import.row_malformed', message: r.message, row: r.row, column: r.column }]);
      if (r.kind !== 'row' || !headerOk) continue;
      const checked = parseImportRow(r.record, r.row, nowMs);
      if (!checked.ok) {
        add(checked.issues);
        continue;
      }
      const center = planner.note(checked.value);
      centerKeys.add(center);
      const key = `${center}\u0000${checked.value.caseNo}`;
      const first = seen.get(key);
      if (first !== undefined) {
        add([{ path: `row ${r.row} case_no`, code: 'case_no.duplicate', message: text('办件编号“{caseNo}”在本中心重复：与第 {first} 行相同。', 'Case number "{caseNo}" appears twice for this center: as in row {first}.', { caseNo: checked.value.caseNo, first }), row: r.row, column: 'case_no' }]);
      } else seen.set(key, r.row);
    }
    report('validate', rows, null);
    if (issueCount > 0) throw invalidFileError(issues, issueCount, rows);
    seen.clear();

    const plan = planner.plan();
    for (const center of centerKeys) authorize(ctx.actor, 'case.import', { centerId: center.startsWith('center:') ? resolver.directory.rootCenterId : center });
    const runId = newId(ctx.clock);
    const sha256 = await source.sha256();
    const fileName = path.basename(file);
    if (plan.centers.length + plan.departments.length + plan.items.length > 0) await this.createPlaceholders(ctx, plan, { runId, sha256, fileName });

    // Pass 2: the same rows again, now every name resolves; written in batches.
    const places = await this.resolver();
    const calendars = new Map<string, WorkCalendar>();
    const summary: ImportSummary = {
      file: fileName,
      format: source.format,
      sha256,
      rows,
      imported: 0,
      alreadyPresent: 0,
      ratings: 0,
      placeholders: { centers: plan.centers.length, departments: plan.departments.length, items: plan.items.length },
      unknownWindows: 0,
      centerIds: [],
      dateRange: null,
    };
    const centers = new Set<string>();
    let batch: { c: ImportedCase; place: CasePlace }[] = [];
    let batchNo = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      batchNo++;
      await this.writeBatch(ctx, batch, { runId, sha256, fileName, batchNo }, calendars, summary, centers);
      batch = [];
      report('import', summary.imported + summary.alreadyPresent, rows);
    };
    for await (const r of source.rows()) {
      if (r.kind !== 'row') continue;
      const checked = parseImportRow(r.record, r.row, nowMs);
      if (!checked.ok) throw new Error(`Row ${r.row} changed during the import; import the file again.`);
      const place = this.placeOf(places, checked.value);
      if (checked.value.window !== null && place.windowId === null) summary.unknownWindows++;
      batch.push({ c: checked.value, place });
      if (batch.length >= BATCH_ROWS) await flush();
    }
    await flush();
    summary.centerIds = [...centers];
    return summary;
  }

  private placeOf(resolver: ImportResolver, c: ImportedCase): CasePlace {
    const centerId = resolver.centerId(c.center);
    const departmentId = centerId === null ? null : resolver.departmentId(centerId, c.department);
    const item = departmentId === null ? null : resolver.item(departmentId, c.itemCode);
    if (centerId === null || departmentId === null || item === null) throw new Error(`Row ${c.row}: a name did not resolve after the placeholders were created.`);
    return {
      centerId,
      departmentId,
      itemId: item.id,
      itemVersion: item.version,
      itemName: item.name,
      windowId: c.window === null ? null : resolver.windowId(centerId, c.window),
    };
  }

  private async createPlaceholders(ctx: RequestContext, plan: PlaceholderPlan, run: { runId: string; sha256: string; fileName: string }): Promise<void> {
    await this.uow.write(ctx, async (trx, audit) => {
      const at = instantOf(ctx.clock);
      const ids = new Map<string, string>();
      const idOf = (keyOrId: string) => ids.get(keyOrId) ?? keyOrId;
      for (const c of plan.centers) {
        ids.set(c.key, newId(ctx.clock));
        await this.org.createPlaceholderCenter(trx, { id: ids.get(c.key)!, name: c.name }, at);
      }
      for (const d of plan.departments) {
        ids.set(d.key, newId(ctx.clock));
        await this.org.createPlaceholderDepartment(trx, { id: ids.get(d.key)!, centerId: idOf(d.center), name: d.name, code: d.code }, at);
      }
      for (const i of plan.items) {
        const departmentId = idOf(i.department);
        const item = { id: newId(ctx.clock), departmentId, code: placeholderItemCode(departmentId, i.name), name: i.name, legalDays: i.legalDays, promisedDays: i.promisedDays };
        await this.catalog.createPlaceholderItem(trx, item, { at, by: ctx.actor.name });
      }
      await audit.record({
        action: 'case.import.placeholders',
        entityType: 'case_import',
        entityId: run.runId,
        after: { file: run.fileName, sha256: run.sha256, centers: plan.centers.map((c) => c.name), departments: plan.departments.map((d) => d.name), items: plan.items.map((i) => i.name) },
      });
    });
  }

  private async writeBatch(
    ctx: RequestContext,
    batch: { c: ImportedCase; place: CasePlace }[],
    run: { runId: string; sha256: string; fileName: string; batchNo: number },
    calendars: Map<string, WorkCalendar>,
    summary: ImportSummary,
    centers: Set<string>,
  ): Promise<void> {
    const byCenter = new Map<string, string[]>();
    for (const { c, place } of batch) {
      const list = byCenter.get(place.centerId);
      if (list) list.push(c.caseNo);
      else byCenter.set(place.centerId, [c.caseNo]);
    }
    const present = new Set<string>();
    for (const [centerId, caseNos] of byCenter) {
      for (const no of await caseImportStore.existingCaseNumbers(this.db, centerId, caseNos)) present.add(`${centerId}\u0000${no}`);
    }
    const now = ctx.clock.now();
    const at = now.toISOString();
    const cases: CaseRow[] = [];
    const ratings: Insertable<CaseRatingTable>[] = [];
    for (const { c, place } of batch) {
      if (present.has(`${place.centerId}\u0000${c.caseNo}`)) continue;
      let calendar = calendars.get(place.centerId);
      if (!calendar) calendars.set(place.centerId, (calendar = await this.calendarFor(place.centerId, now)));
      const row = importedCaseRow(c, place, calendar, { id: newId(ctx.clock), queryCode: newQueryCode(), at, by: ctx.actor.id });
      cases.push(row);
      const rating = importedRating(c, row.id, place.windowId);
      if (rating) ratings.push(rating);
      centers.add(place.centerId);
      const from = row.received_on!;
      const to = row.completed_on ?? row.accepted_on ?? from;
      summary.dateRange = summary.dateRange ? { from: from < summary.dateRange.from ? from : summary.dateRange.from, to: to > summary.dateRange.to ? to : summary.dateRange.to } : { from, to };
    }
    summary.alreadyPresent += batch.length - cases.length;
    if (cases.length === 0) return;
    await this.uow.write(ctx, async (trx, audit) => {
      await caseImportStore.insertCases(trx, cases);
      await caseImportStore.insertRatings(trx, ratings);
      const levels = new Map(ratings.map((r) => [r.case_id, r.level]));
      await this.rollups.casesAdded(ctx, trx, cases.map((row) => ({ row, ratingLevel: levels.get(row.id) ?? null })));
      await audit.record({
        action: 'case.import',
        entityType: 'case_import',
        entityId: run.runId,
        after: { file: run.fileName, sha256: run.sha256, batch: run.batchNo, rows: [batch[0]!.c.row, batch[batch.length - 1]!.c.row], imported: cases.length, alreadyPresent: batch.length - cases.length, ratings: ratings.length },
      });
    });
    summary.imported += cases.length;
    summary.ratings += ratings.length;
  }
}
