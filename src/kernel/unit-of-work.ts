import type { Db, Trx } from '../db/database.js';
import { AuditChain, AuditLog, type AuditEntry } from './audit/audit.writer.js';
import type { RequestContext } from './context.js';

/**
 * The one path for writes: a transaction with an audit log bound to it. The audit records are
 * committed with the change or not at all, and a write that records nothing is a bug.
 */
export class UnitOfWork {
  private readonly committedListeners: ((entries: readonly AuditEntry[]) => void)[] = [];
  /** This process's knowledge of the audit chain's head (see AuditChain). */
  private readonly chain = new AuditChain();

  constructor(
    readonly db: Db,
    readonly dialect: 'sqlite' | 'postgres',
  ) {}

  async write<T>(ctx: RequestContext, work: (trx: Trx, audit: AuditLog) => Promise<T>): Promise<T> {
    let audit: AuditLog | undefined;
    let committed = false;
    let result: T;
    try {
      result = await this.db.transaction().execute(async (trx) => {
        audit = new AuditLog(trx, this.dialect, this.chain, ctx.actor, ctx.clock, ctx.requestId);
        const result = await work(trx, audit);
        if (audit.written.length === 0) throw new Error('A write finished without an audit record.');
        await audit.flush();
        return result;
      });
      committed = true;
    } finally {
      audit?.ended(committed);
    }
    for (const listener of this.committedListeners) listener(audit!.written);
    return result;
  }

  /** Calls `listener` with the audit entries of every write committed in this process (caches drop what changed). */
  onCommitted(listener: (entries: readonly AuditEntry[]) => void): void {
    this.committedListeners.push(listener);
  }
}
