import type { Trx } from '../../db/database.js';
import type { Actor } from '../context.js';
import { newId } from '../ids/ids.js';
import type { Clock } from '../time/clock.js';
import { auditHash, canonicalJson } from './audit.domain.js';
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

/** Appends audit records inside one transaction; the chain head is locked at the first append. */
export class AuditLog {
  private head: { lastSeq: number; lastHash: string } | null = null;
  readonly written: AuditEntry[] = [];

  constructor(
    private readonly trx: Trx,
    private readonly dialect: 'sqlite' | 'postgres',
    private readonly actor: Actor,
    private readonly clock: Clock,
    private readonly requestId: string | null,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    this.head ??= await auditStore.lockHead(this.trx, this.dialect);
    const content = {
      seq: this.head.lastSeq + 1,
      id: newId(this.clock),
      at: this.clock.now().toISOString(),
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
    const hash = auditHash(this.head.lastHash, content);
    await auditStore.append(this.trx, { ...content, prevHash: this.head.lastHash, hash });
    this.head = { lastSeq: content.seq, lastHash: hash };
    this.written.push(entry);
  }
}
