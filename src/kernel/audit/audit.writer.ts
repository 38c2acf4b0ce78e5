import { CompiledQuery } from 'kysely';
import type { Trx } from '../../db/database.js';
import { WRITE_BEHIND_WAIT } from '../../db/write-behind.js';
import { AsyncLock } from '../async-lock.js';
import type { Actor } from '../context.js';
import { newId } from '../ids/ids.js';
import type { Clock } from '../time/clock.js';
import { auditHash, canonicalJson, type ChainedAuditRecord } from './audit.domain.js';
import { auditStore, type ChainHead } from './audit.store.js';

export interface AuditEntry {
  /** What happened, as `entity.verb`: "window.create", "staff.deactivate", "case.accept". */
  action: string;
  entityType: string;
  entityId: string;
  centerId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * What this process knows of the chain's end, shared by its units of work: the head its last
 * append left — a hint only, since every append is conditional on the head it chains on (another
 * process may have appended since) — and, on PostgreSQL, a lock that lets one transaction at a
 * time append and commit, so that the hint is right for the next one and the head's row lock is
 * held for one statement and the COMMIT. (SQLite's writer runs one transaction at a time anyway.)
 */
export class AuditChain {
  hint: ChainHead | null = null;
  readonly appending = new AsyncLock();
}

/**
 * Collects the audit records of one transaction and appends them, chained, when the unit of work
 * flushes it just before committing: the chain head — the one row every write locks — is then
 * held only for the last statements of the transaction.
 */
export class AuditLog {
  readonly written: AuditEntry[] = [];
  private readonly pending: { entry: AuditEntry; id: string; at: string }[] = [];
  private appended = false;
  private holding = false;

  constructor(
    private readonly trx: Trx,
    private readonly dialect: 'sqlite' | 'postgres',
    private readonly chain: AuditChain,
    private readonly actor: Actor,
    private readonly clock: Clock,
    private readonly requestId: string | null,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    this.pending.push({ entry, id: newId(this.clock), at: this.clock.now().toISOString() });
    this.written.push(entry);
  }

  /** Appends the records collected so far after the chain's head (called by the unit of work). */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    if (this.dialect === 'postgres' && !this.holding) {
      // Rows locked by this transaction's write-behind statements must be ours before we queue
      // for the lock: its holder may be waiting for them (a deadlock the database cannot see).
      await this.trx.executeQuery(CompiledQuery.raw(WRITE_BEHIND_WAIT));
      await this.chain.appending.acquire();
      this.holding = true;
    }
    const pending = this.pending.splice(0);
    this.appended = true;
    const hint = this.chain.hint;
    let records = hint ? this.chained(hint, pending) : [];
    if (!hint || !(await auditStore.appendAfter(this.trx, records, hint, this.dialect))) {
      const head = await auditStore.lockHead(this.trx, this.dialect);
      records = this.chained(head, pending);
      if (!(await auditStore.appendAfter(this.trx, records, head, this.dialect))) throw new Error('The audit chain head moved while it was locked.');
    }
    const last = records.at(-1)!;
    this.chain.hint = { lastSeq: last.seq, lastHash: last.hash };
  }

  /** The transaction has ended (the unit of work): a hint it left is dropped unless it committed; the next append may go. */
  ended(committed: boolean): void {
    if (this.appended && !committed) this.chain.hint = null;
    if (this.holding) {
      this.holding = false;
      this.chain.appending.release();
    }
  }

  private chained(start: ChainHead, pending: readonly { entry: AuditEntry; id: string; at: string }[]): ChainedAuditRecord[] {
    let head = start;
    const records: ChainedAuditRecord[] = [];
    for (const { entry, id, at } of pending) {
      const content = {
        seq: head.lastSeq + 1,
        id,
        at,
        actorId: this.actor.id,
        actorName: this.actor.name,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        centerId: entry.centerId ?? null,
        beforeJson: entry.before === undefined ? null : canonicalJson(entry.before),
        afterJson: entry.after === undefined ? null : canonicalJson(entry.after),
        requestId: this.requestId,
      };
      const hash = auditHash(head.lastHash, content);
      records.push({ ...content, prevHash: head.lastHash, hash });
      head = { lastSeq: content.seq, lastHash: hash };
    }
    return records;
  }
}
