import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { ErrorResponse, Strict } from '../../http/schema-helpers.js';
import type { AuditService } from './audit.service.js';

const tags = ['audit 审计'];

export function auditRoutes(app: FastifyInstance, audit: AuditService): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get(
    '/api/audit/events',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags,
        summary: '审计记录 Audit records, newest first',
        querystring: Strict({
          entityType: Type.Optional(Type.String({ maxLength: 40 })),
          entityId: Type.Optional(Type.String({ maxLength: 64 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          beforeSeq: Type.Optional(Type.Integer({ minimum: 1 })),
        }),
        response: { 200: Type.Object({ items: Type.Array(Type.Unknown()) }), 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (q) => ({ items: await audit.list(q.ctx, q.query) }),
  );
  r.get(
    '/api/audit/verify',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags,
        summary: '校验审计链 Verify the hash chain',
        response: { 200: Type.Object({ ok: Type.Boolean(), records: Type.Integer(), firstBreak: Type.Union([Type.Unknown(), Type.Null()]) }) },
      },
    },
    async (q) => audit.verify(q.ctx),
  );
}
