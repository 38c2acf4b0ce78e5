import type { Db, Trx } from '../db/database.js';
import { AuditLog } from './audit/audit.writer.js';
import type { RequestContext } from './context.js';

/**
 * The one path for writes: a transaction with an audit log bound to it. The audit records are
 * committed with the change or not at all, and a write that records nothing is a bug.
 */
export class UnitOfWork {
  constructor(
    readonly db: Db,
    readonly dialect: 'sqlite' | 'postgres',
  ) {}

  async write<T>(ctx: RequestContext, work: (trx: Trx, audit: AuditLog) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      const audit = new AuditLog(trx, this.dialect, ctx.actor, ctx.clock, ctx.requestId);
      const result = await work(trx, audit);
      if (audit.written.length === 0) throw new Error('A write finished without an audit record.');
      return result;
    });
  }
}
