import type { Db, Executor } from '../../db/database.js';
import type { RequestContext } from '../../kernel/context.js';
import { issue, text, type Issue } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids/ids.js';
import { authorize } from '../../kernel/permissions/policy.js';
import { instantOf } from '../../kernel/time/clock.js';
import type { UnitOfWork } from '../../kernel/unit-of-work.js';
import { diffItemVersions, type Item, type ItemChange } from './catalog.domain.js';
import { exportCatalogWorkbook, parseCatalogWorkbook } from './catalog.excel.js';
import type { CatalogItem } from './catalog.records.js';
import type { CatalogReferences } from './catalog.references.js';
import type { CatalogService } from './catalog.service.js';
import { catalogStore } from './catalog.store.js';
import { actorName, docOf, failIf } from './catalog.support.js';

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  codes: { created: string[]; updated: string[] };
}

interface ImportPlan {
  create: Item[];
  update: { before: CatalogItem; doc: Item; changes: ItemChange[] }[];
  unchanged: number;
}

const IMPORT_REASON = 'Excel 导入';

/**
 * The catalog as an Excel workbook (template and rules in catalog.excel.ts): export of the active
 * items, and an import that checks every row first and then writes all or nothing. An item whose
 * elements are the same as its current version is left alone, so importing a file twice changes
 * nothing the second time.
 */
export class CatalogExcel {
  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
    private readonly catalog: CatalogService,
  ) {}

  async exportWorkbook(ctx: RequestContext): Promise<Buffer> {
    authorize(ctx.actor, 'catalog.read');
    const items = await this.catalog.activeItems();
    return exportCatalogWorkbook(items.map(docOf));
  }

  async importWorkbook(ctx: RequestContext, workbook: Uint8Array): Promise<ImportResult> {
    authorize(ctx.actor, 'catalog.manage');
    const refs = await this.catalog.references();
    const { items } = await parseCatalogWorkbook(workbook, refs.known);
    for (const item of items) this.catalog.authorizeManage(ctx, refs, item.departmentId);
    const first = await this.plan(this.db, items, refs);
    if (first.create.length === 0 && first.update.length === 0) return summary(first);
    return this.uow.write(ctx, async (trx, audit) => {
      const plan = await this.plan(trx, items, refs);
      const at = instantOf(ctx.clock);
      const createdBy = actorName(ctx);
      for (const doc of plan.create) {
        const id = newId(ctx.clock);
        await catalogStore.insertItem(trx, { id, doc, lifeEvents: [] }, { reason: IMPORT_REASON, source: 'import', createdBy, at });
        await audit.record({ action: 'item.import', entityType: 'item', entityId: id, centerId: refs.centerOf(doc.departmentId)?.id ?? null, after: { version: 1, ...doc } });
      }
      for (const { before, doc, changes } of plan.update) {
        const version = before.version + 1;
        await catalogStore.addVersion(trx, { itemId: before.id, version, doc, changes, reason: IMPORT_REASON, source: 'import', createdBy, at });
        await audit.record({
          action: 'item.import',
          entityType: 'item',
          entityId: before.id,
          centerId: refs.centerOf(doc.departmentId)?.id ?? null,
          before: { version: before.version },
          after: { version, changes },
        });
      }
      return summary(plan);
    });
  }

  /** What an import would do; every problem the workbook's own check cannot see is reported at once. */
  private async plan(db: Executor, items: readonly Item[], refs: CatalogReferences): Promise<ImportPlan> {
    const existing = new Map((await catalogStore.currentItems(db, { codes: items.map((i) => i.code) })).map((i) => [i.code, i]));
    const problems: Issue[] = [];
    const plan: ImportPlan = { create: [], update: [], unchanged: 0 };
    items.forEach((doc, index) => {
      const at = `/items/${index}`;
      problems.push(...refs.codeIssues(doc, at).map((found) => ({ ...found, message: withCode(found.message, doc) })));
      const before = existing.get(doc.code);
      if (!before) {
        plan.create.push(doc);
      } else if (before.status !== 'active') {
        problems.push(
          issue(
            `${at}/code`,
            'import.item_not_active',
            text('事项“{name}”（{code}）已取消或合并，不能通过导入恢复或修改。', 'Item "{name}" ({code}) is cancelled or merged; an import cannot bring it back or change it.', {
              name: doc.name,
              code: doc.code,
            }),
          ),
        );
      } else {
        const changes = diffItemVersions(docOf(before), doc);
        if (changes.length === 0) plan.unchanged += 1;
        else plan.update.push({ before, doc, changes });
      }
    });
    failIf(problems);
    return plan;
  }
}

function withCode(message: Issue['message'], doc: Item): Issue['message'] {
  return { 'zh-CN': `事项“${doc.name}”（${doc.code}）：${message['zh-CN']}`, 'en-US': `Item "${doc.name}" (${doc.code}): ${message['en-US']}` };
}

function summary(plan: ImportPlan): ImportResult {
  return {
    created: plan.create.length,
    updated: plan.update.length,
    unchanged: plan.unchanged,
    codes: { created: plan.create.map((d) => d.code), updated: plan.update.map((u) => u.doc.code) },
  };
}
