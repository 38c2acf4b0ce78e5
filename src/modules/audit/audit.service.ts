import type { Db } from '../../db/database.js';
import { verifyAuditChain, type AuditVerification } from '../../kernel/audit/audit.verify.js';
import { auditStore } from '../../kernel/audit/audit.store.js';
import type { RequestContext } from '../../kernel/context.js';
import { authorize } from '../../kernel/permissions/policy.js';

export interface AuditEventView {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Reading and verifying the audit chain (审计). Writing happens only through UnitOfWork. */
export class AuditService {
  constructor(private readonly db: Db) {}

  async list(ctx: RequestContext, filter: { entityType?: string; entityId?: string; limit?: number; beforeSeq?: number }): Promise<AuditEventView[]> {
    authorize(ctx.actor, 'audit.read');
    const rows = await auditStore.list(this.db, { ...filter, limit: Math.min(filter.limit ?? 50, 500) });
    return rows
      .filter((r) => r.center_id === null || ctx.actor.centerScope.includes(r.center_id))
      .map((r) => ({
        seq: Number(r.seq),
        at: r.at,
        actorName: r.actor_name,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        before: r.before_json ? JSON.parse(r.before_json) : null,
        after: r.after_json ? JSON.parse(r.after_json) : null,
      }));
  }

  async verify(ctx: RequestContext | null): Promise<AuditVerification> {
    if (ctx) authorize(ctx.actor, 'audit.read');
    return verifyAuditChain(this.db);
  }
}
