import type { Db } from '../../db/database.js';
import type { RequestContext } from '../../kernel/context.js';
import { instantOf } from '../../kernel/time/clock.js';
import type { UnitOfWork } from '../../kernel/unit-of-work.js';
import { amountDue, checkBillOpen, payAll, waive, type BillLine } from './domain/fees.js';
import type { CasesService } from './cases.service.js';
import { casesStore } from './cases.store.js';

type StoredLine = Awaited<ReturnType<typeof casesStore.bill>>[number];

const toLine = (r: StoredLine): BillLine & { id: string } => ({
  id: r.id,
  name: r.name,
  amountFen: r.amount_fen,
  waivable: r.waivable === 1,
  waiverReason: r.waiver_reason,
  invoiceNo: r.invoice_no,
  paidAt: r.paid_at,
});

/** A case's bill (收费): lines from the item's fees, waivers, and payment under one invoice (一票制). */
export class CaseBillService {
  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
    private readonly cases: CasesService,
  ) {}

  async bill(ctx: RequestContext, caseId: string) {
    await this.cases.get(ctx, caseId);
    const lines = (await casesStore.bill(this.db, caseId)).map(toLine);
    return { lines, totalFen: lines.reduce((s, l) => s + l.amountFen, 0), dueFen: amountDue(lines) };
  }

  async waive(ctx: RequestContext, caseId: string, names: string[], reason: string) {
    return this.change(ctx, caseId, 'case.fee_waive', (lines) => waive(lines, names, reason));
  }

  async pay(ctx: RequestContext, caseId: string, invoiceNo: string) {
    return this.change(ctx, caseId, 'case.fee_pay', (lines) => payAll(lines, invoiceNo.trim(), instantOf(ctx.clock)));
  }

  private async change(ctx: RequestContext, caseId: string, action: string, apply: (lines: BillLine[]) => BillLine[]) {
    const row = await this.cases.getForWork(ctx, caseId);
    checkBillOpen(row.state);
    await this.uow.write(ctx, async (trx, audit) => {
      const before = (await casesStore.bill(trx, caseId)).map(toLine);
      const after = apply(before);
      for (const [i, line] of after.entries()) {
        const old = before[i]!;
        if (line.waiverReason !== old.waiverReason || line.invoiceNo !== old.invoiceNo) {
          await casesStore.updateBillLine(trx, old.id, { waiver_reason: line.waiverReason, invoice_no: line.invoiceNo, paid_at: line.paidAt });
        }
      }
      await audit.record({ action, entityType: 'case', entityId: caseId, centerId: row.center_id, before, after });
    });
    return this.bill(ctx, caseId);
  }
}
