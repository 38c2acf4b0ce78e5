import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { FeeTable } from '../../db/schema.js';
import type { CatalogFee } from './catalog.records.js';

/** Storage of the fee catalog (收费目录). */

const toFee = (r: Selectable<FeeTable>): CatalogFee => ({
  id: r.id,
  name: r.name,
  departmentId: r.department_id,
  standard: r.standard,
  legalBasis: r.legal_basis,
  amountFen: r.amount_fen,
  waivable: r.waivable === 1,
  status: r.status,
  cancelledOn: r.cancelled_on,
  cancelDocumentNo: r.cancel_document_no,
  cancelReason: r.cancel_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const feeStore = {
  async list(db: Executor, filter: { status?: CatalogFee['status']; departmentId?: string } = {}): Promise<CatalogFee[]> {
    let q = db.selectFrom('fees').selectAll().orderBy('status').orderBy('name');
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.departmentId) q = q.where('department_id', '=', filter.departmentId);
    return (await q.execute()).map(toFee);
  },
  async find(db: Executor, id: string): Promise<CatalogFee | null> {
    const row = await db.selectFrom('fees').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toFee(row) : null;
  },
  async activeNamed(db: Executor, name: string, departmentId: string | null): Promise<CatalogFee | null> {
    let q = db.selectFrom('fees').selectAll().where('name', '=', name).where('status', '=', 'active');
    q = departmentId === null ? q.where('department_id', 'is', null) : q.where('department_id', '=', departmentId);
    const row = await q.executeTakeFirst();
    return row ? toFee(row) : null;
  },
  async insert(db: Executor, f: CatalogFee): Promise<void> {
    await db
      .insertInto('fees')
      .values({
        id: f.id,
        name: f.name,
        department_id: f.departmentId,
        standard: f.standard,
        legal_basis: f.legalBasis,
        amount_fen: f.amountFen,
        waivable: f.waivable ? 1 : 0,
        status: f.status,
        cancelled_on: f.cancelledOn,
        cancel_document_no: f.cancelDocumentNo,
        cancel_reason: f.cancelReason,
        created_at: f.createdAt,
        updated_at: f.updatedAt,
      })
      .execute();
  },
  async cancel(db: Executor, f: CatalogFee): Promise<void> {
    await db
      .updateTable('fees')
      .set({ status: 'cancelled', cancelled_on: f.cancelledOn, cancel_document_no: f.cancelDocumentNo, cancel_reason: f.cancelReason, updated_at: f.updatedAt })
      .where('id', '=', f.id)
      .execute();
  },
};
