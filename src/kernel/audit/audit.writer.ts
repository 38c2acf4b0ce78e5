import type { Trx } from '../../db/database.js';
import type { Actor } from '../context.js';
import { newId } from '../ids/ids.js';
import type { Clock } from '../time/clock.js';
import { auditHash, canonicalJson, type AuditRecordContent, type ChainedAuditRecord } from './audit.domain.js';
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
 * What this process knows of the chain's end, on SQLite: the head its last append left — a hint
 * only, since every append is conditional on the head it chains on (another process, such as the
 * CLI, may have appended since). On PostgreSQL the database numbers and hashes the records as it
 * appends them, under the head's row lock (migration 0011), so no hint is needed.
 */
export class AuditChain {
  hint: ChainHead | null = null;
}

type PendingRecord = { entry: AuditEntry; id: string; at: string };

/**
 * Collects the audit records of one transaction and appends them, chained, when the unit of work
 * flushes it just before committing: the chain head — the one row every write locks — is then
 * held only for the last statements of the transaction.
 */
export class AuditLog {
  readonly written: AuditEntry[] = [];
  private readonly pending: PendingRecord[] = [];
  private appended = false;

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
    const pending = this.pending.splice(0);
    if (this.dialect === 'postgres') return auditStore.appendInDatabase(this.trx, pending.map((p) => this.content(p)));
    this.appended = true;
    const hint = this.chain.hint;
    let records = hint ? this.chained(hint, pending) : [];
    if (!hint || !(await auditStore.appendAfter(this.trx, records, hint))) {
      const head = await auditStore.head(this.trx);
      records = this.chained(head, pending);
      if (!(await auditStore.appendAfter(this.trx, records, head))) throw new Error('The audit chain head moved within the writer transaction.');
    }
    const last = records.at(-1)!;
    this.chain.hint = { lastSeq: last.seq, lastHash: last.hash };
  }

  /** The transaction has ended (the unit of work): a head it appended is forgotten unless it committed. */
  ended(committed: boolean): void {
    if (this.appended && !committed) this.chain.hint = null;
  }

  private content({ entry, id, at }: PendingRecord): Omit<AuditRecordContent, 'seq'> {
    return {
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
  }

  private chained(start: ChainHead, pending: readonly PendingRecord[]): ChainedAuditRecord[] {
    let head = start;
    const records: ChainedAuditRecord[] = [];
    for (const record of pending) {
      const content = { seq: head.lastSeq + 1, ...this.content(record) };
      const hash = auditHash(head.lastHash, content);
      records.push({ ...content, prevHash: head.lastHash, hash });
      head = { lastSeq: content.seq, lastHash: hash };
    }
    return records;
  }
}
