import type { Db } from '../../db/database.js';
import type { RequestContext } from '../../kernel/context.js';
import { errors, issue, text, type Issue } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids/ids.js';
import { authorize } from '../../kernel/permissions/policy.js';
import { instantOf } from '../../kernel/time/clock.js';
import type { UnitOfWork } from '../../kernel/unit-of-work.js';
import { checkDate } from '../../kernel/calendar/index.js';
import type { CatalogFee } from './catalog.records.js';
import type { CatalogReferences } from './catalog.references.js';
import type { CancelFee, CreateFee } from './catalog-admin.schema.js';
import type { CatalogService } from './catalog.service.js';
import { codeTaken, failIf, orFail } from './catalog.support.js';
import { textIssues } from './domain/checks.js';
import { feeStore } from './fee.store.js';

export type FeeView = CatalogFee & { departmentName: string };

const L = {
  name: { 'zh-CN': '收费项目名称', 'en-US': 'Fee name' },
  standard: { 'zh-CN': '收费标准', 'en-US': 'Standard' },
  legalBasis: { 'zh-CN': '收费依据', 'en-US': 'Legal basis' },
  documentNo: { 'zh-CN': '取消文件文号', 'en-US': 'Number of the cancelling document' },
  reason: { 'zh-CN': '取消说明', 'en-US': 'Reason' },
};

/**
 * 收费目录: the fees the center's departments may charge, each with its legal basis. A fee is
 * never deleted: a cancelled fee keeps its row with the date it stopped and the document that
 * stopped it (reference 001: 居民身份证加急费 … 自 9 月 1 日起取消, 苏政发〔2009〕111号).
 */
export class FeeCatalogService {
  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
    private readonly catalog: CatalogService,
  ) {}

  async list(ctx: RequestContext | null, filter: { status?: CatalogFee['status']; departmentId?: string } = {}): Promise<FeeView[]> {
    if (ctx) authorize(ctx.actor, 'catalog.read');
    const refs = await this.catalog.references();
    return (await feeStore.list(this.db, filter)).map((f) => present(f, refs));
  }

  async create(ctx: RequestContext, input: CreateFee): Promise<FeeView> {
    const refs = await this.catalog.references();
    const departmentId = input.departmentId ?? null;
    if (departmentId) this.catalog.authorizeManage(ctx, refs, departmentId);
    else authorize(ctx.actor, 'catalog.manage');
    return this.uow.write(ctx, async (trx, audit) => {
      const problems: Issue[] = [
        ...textIssues(input.name, '/name', L.name, { required: true, maxLength: 200 }),
        ...textIssues(input.standard, '/standard', L.standard, { required: true, maxLength: 200 }),
        ...textIssues(input.legalBasis, '/legalBasis', L.legalBasis, { required: true }),
      ];
      if (departmentId && !refs.known.departmentIds?.has(departmentId)) {
        problems.push(issue('/departmentId', 'fee.department_unknown', text('找不到收费部门，或已停用。', 'The department is unknown or inactive.')));
      }
      if (input.amountFen !== undefined && input.amountFen !== null && input.amountFen < 0) {
        problems.push(issue('/amountFen', 'number.negative', text('金额不能为负数。', 'The amount cannot be negative.')));
      }
      failIf(problems);
      if (await feeStore.activeNamed(trx, input.name.trim(), departmentId)) {
        throw codeTaken('fee.duplicate', '收费目录中已有名为“{name}”的有效收费项目。', 'The fee catalog has an active fee named "{name}" already.', { name: input.name.trim() });
      }
      const at = instantOf(ctx.clock);
      const fee: CatalogFee = {
        id: newId(ctx.clock),
        name: input.name.trim(),
        departmentId,
        standard: input.standard.trim(),
        legalBasis: input.legalBasis.trim(),
        amountFen: input.amountFen ?? null,
        waivable: input.waivable ?? false,
        status: 'active',
        cancelledOn: null,
        cancelDocumentNo: null,
        cancelReason: null,
        createdAt: at,
        updatedAt: at,
      };
      await feeStore.insert(trx, fee);
      await audit.record({ action: 'fee.create', entityType: 'fee', entityId: fee.id, after: fee });
      return present(fee, refs);
    });
  }

  /** Cancels a fee from a date, by a document; the items still charging it are listed so that they can be adjusted. */
  async cancel(ctx: RequestContext, id: string, input: CancelFee): Promise<{ fee: FeeView; itemsStillCharging: { id: string; code: string; name: string }[] }> {
    const refs = await this.catalog.references();
    const current = orFail(await feeStore.find(this.db, id), 'fee', id);
    if (current.departmentId) this.catalog.authorizeManage(ctx, refs, current.departmentId);
    else authorize(ctx.actor, 'catalog.manage');
    const fee = await this.uow.write(ctx, async (trx, audit) => {
      const before = orFail(await feeStore.find(trx, id), 'fee', id);
      if (before.status === 'cancelled') {
        throw errors.rule('fee.cancelled', text('收费项目“{name}”已于 {date} 取消。', 'The fee "{name}" was cancelled on {date} already.', { name: before.name, date: before.cancelledOn ?? '' }));
      }
      const date = checkDate(input.cancelledOn, '/cancelledOn');
      failIf([
        ...(date.ok ? [] : date.issues),
        ...textIssues(input.documentNo, '/documentNo', L.documentNo, { required: true, maxLength: 100 }),
        ...textIssues(input.reason, '/reason', L.reason, { required: false }),
      ]);
      const after: CatalogFee = {
        ...before,
        status: 'cancelled',
        cancelledOn: input.cancelledOn,
        cancelDocumentNo: input.documentNo.trim(),
        cancelReason: input.reason?.trim() || null,
        updatedAt: instantOf(ctx.clock),
      };
      await feeStore.cancel(trx, after);
      await audit.record({ action: 'fee.cancel', entityType: 'fee', entityId: id, before, after });
      return after;
    });
    const charging = (await this.catalog.activeItems()).filter((item) => item.fees.some((f) => f.name.trim() === fee.name));
    return { fee: present(fee, refs), itemsStillCharging: charging.map(({ id: itemId, code, name }) => ({ id: itemId, code, name })) };
  }
}

function present(fee: CatalogFee, refs: CatalogReferences): FeeView {
  return { ...fee, departmentName: fee.departmentId ? refs.departmentName(fee.departmentId) : '' };
}
