import type { Trx } from '../../db/database.js';
import type { Actor } from '../context.js';
import { newId } from '../ids/ids.js';
import type { Clock } from '../time/clock.js';
import { auditHash, canonicalJson, type ChainedAuditRecord } from './audit.domain.js';
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

/**
 * Collects the audit records of one transaction and appends them, chained, when the unit of work
 * flushes it just before committing: the chain head — the one row every write locks — is then
 * held only for the last statements of the transaction.
 */
export class AuditLog {
  readonly written: AuditEntry[] = [];
  private readonly pending: { entry: AuditEntry; id: string; at: string }[] = [];

  constructor(
    private readonly trx: Trx,
    private readonly dialect: 'sqlite' | 'postgres',
    private readonly actor: Actor,
    private readonly clock: Clock,
    private readonly requestId: string | null,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    this.pending.push({ entry, id: newId(this.clock), at: this.clock.now().toISOString() });
    this.written.push(entry);
  }

  /** Locks the chain head and appends the records collected so far (called by the unit of work). */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    let head = await auditStore.lockHead(this.trx, this.dialect);
    const records: ChainedAuditRecord[] = [];
    for (const { entry, id, at } of this.pending.splice(0)) {
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
    await auditStore.append(this.trx, records, this.dialect);
  }
}
