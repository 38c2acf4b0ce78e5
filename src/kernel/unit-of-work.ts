import type { Db, Trx } from '../db/database.js';
import { AuditLog, type AuditEntry } from './audit/audit.writer.js';
import type { RequestContext } from './context.js';

/**
 * The one path for writes: a transaction with an audit log bound to it. The audit records are
 * committed with the change or not at all, and a write that records nothing is a bug.
 */
export class UnitOfWork {
  private readonly committedListeners: ((entries: readonly AuditEntry[]) => void)[] = [];
  /** The open transactions of this unit of work, with what is to run at their end (see atEnd). */
  private readonly endings = new WeakMap<Trx, (() => Promise<void>)[]>();
  /** The open transactions of this unit of work, with what is to run once they committed (see afterCommit). */
  private readonly commitHooks = new WeakMap<Trx, (() => void)[]>();

  constructor(readonly db: Db) {}

  async write<T>(ctx: RequestContext, work: (trx: Trx, audit: AuditLog) => Promise<T>): Promise<T> {
    let audit: AuditLog | undefined;
    const commitHooks: (() => void)[] = [];
    const result = await this.db.transaction().execute(async (trx) => {
      audit = new AuditLog(trx, ctx.actor, ctx.clock, ctx.requestId);
      this.commitHooks.set(trx, commitHooks);
      try {
        const result = await this.workThenEndings(trx, audit, work);
        if (audit.written.length === 0) throw new Error('A write finished without an audit record.');
        await audit.flush();
        return result;
      } finally {
        this.commitHooks.delete(trx);
      }
    });
    for (const listener of this.committedListeners) listener(audit!.written);
    for (const hook of commitHooks) hook();
    return result;
  }

  private async workThenEndings<T>(trx: Trx, audit: AuditLog, work: (trx: Trx, audit: AuditLog) => Promise<T>): Promise<T> {
    const endings: (() => Promise<void>)[] = [];
    this.endings.set(trx, endings);
    try {
      const result = await work(trx, audit);
      for (let i = 0; i < endings.length; i++) await endings[i]!();
      return result;
    } finally {
      this.endings.delete(trx);
    }
  }

  /**
   * Runs `ending` at the end of `trx`: after the unit's work, before its audit records are
   * appended — so that rows every transaction updates (the statistics' rollups) are locked only
   * for the last statements. Returns false when `trx` is not an open transaction of this unit of
   * work: the caller must then do the work at once.
   */
  atEnd(trx: Trx, ending: () => Promise<void>): boolean {
    const endings = this.endings.get(trx);
    if (!endings) return false;
    endings.push(ending);
    return true;
  }

  /**
   * Runs `hook` once `trx` has committed (not at all if it rolls back). Returns false when `trx`
   * is not an open transaction of this unit of work.
   */
  afterCommit(trx: Trx, hook: () => void): boolean {
    const hooks = this.commitHooks.get(trx);
    if (!hooks) return false;
    hooks.push(hook);
    return true;
  }

  /** Calls `listener` with the audit entries of every write committed in this process (caches drop what changed). */
  onCommitted(listener: (entries: readonly AuditEntry[]) => void): void {
    this.committedListeners.push(listener);
  }
}
