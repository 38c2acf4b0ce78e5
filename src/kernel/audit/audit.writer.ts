import type { Trx } from '../../db/database.js';
import type { Actor } from '../context.js';
import { newId } from '../ids/ids.js';
import type { Clock } from '../time/clock.js';
import { canonicalJson } from '../canonical-json.js';
import type { AuditRecordContent } from './audit.domain.js';
import { auditStore } from './audit.store.js';

export interface AuditEntry {
  /** What happened, as `entity.verb`: "window.create", "staff.deactivate", "case.accept". */
  action: string;
  entityType: string;
  entityId: string;
  centerId?: string | null;
  before?: unknown;
  after?: unknown;
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

  constructor(
    private readonly trx: Trx,
    private readonly actor: Actor,
    private readonly clock: Clock,
    private readonly requestId: string | null,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    this.pending.push({ entry, id: newId(this.clock), at: this.clock.now().toISOString() });
    this.written.push(entry);
  }

  /** Appends the records collected so far after the chain's head (called by the unit of work); the database numbers and hashes them. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const pending = this.pending.splice(0);
    await auditStore.appendInDatabase(this.trx, pending.map((p) => this.content(p)));
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
}
