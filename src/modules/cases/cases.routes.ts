import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { ErrorResponse, IdParams, ListOf } from '../../http/schema-helpers.js';
import type { CaseBillService } from './cases-bill.service.js';
import type { CasesService } from './cases.service.js';
import { CaseDetailSchema, CaseViewSchema, ProgressSchema } from './cases.views.js';
import { caseDocumentsRoutes } from './cases-documents.routes.js';
import { ActBody, BillView, CaseListQuery, PayBody, ProgressQuery, RateBody, ReceiveBody, ViewQuery, WaiveBody } from './cases.schema.js';

const tags = ['cases 办件'];
const errorsOf = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse, 429: ErrorResponse };

export function casesRoutes(app: FastifyInstance, cases: CasesService, bills: CaseBillService): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  caseDocumentsRoutes(app, cases);

  r.post(
    '/api/cases',
    { config: { permission: 'case.handle' }, schema: { tags, summary: '收件 Receive an application (idempotent by idempotencyKey)', querystring: ViewQuery, body: ReceiveBody, response: { 200: Type.Union([CaseDetailSchema, CaseViewSchema]), ...errorsOf } } },
    async (q) => {
      const row = await cases.receive(q.ctx, q.body);
      return q.query.view === 'compact' ? cases.compact(q.ctx, row) : cases.detail(q.ctx, row.id);
    },
  );
  r.get(
    '/api/cases',
    { config: { permission: 'case.read' }, schema: { tags, summary: '办件列表 Cases in scope with their clocks', querystring: CaseListQuery, response: { 200: ListOf(CaseViewSchema), ...errorsOf } } },
    async (q) => ({ items: await cases.list(q.ctx, q.query) }),
  );
  r.get(
    '/api/cases/:id',
    { config: { permission: 'case.read' }, schema: { tags, summary: '办件详情 A case with timeline, materials and clock', params: IdParams, response: { 200: CaseDetailSchema, ...errorsOf } } },
    async (q) => cases.detail(q.ctx, q.params.id),
  );
  r.post(
    '/api/cases/:id/actions',
    { config: { permission: 'case.handle' }, schema: { tags, summary: '办理 Perform a lifecycle action at the version seen (409 when stale)', params: IdParams, querystring: ViewQuery, body: ActBody, response: { 200: Type.Union([CaseDetailSchema, CaseViewSchema]), ...errorsOf } } },
    async (q) => {
      const row = await cases.act(q.ctx, q.params.id, q.body.version, q.body.action);
      return q.query.view === 'compact' ? cases.compact(q.ctx, row) : cases.detail(q.ctx, q.params.id);
    },
  );

  r.get(
    '/api/cases/:id/bill',
    { config: { permission: 'case.read' }, schema: { tags, summary: '收费清单 The case\'s bill', params: IdParams, response: { 200: BillView, ...errorsOf } } },
    async (q) => bills.bill(q.ctx, q.params.id),
  );
  r.post(
    '/api/cases/:id/bill/waive',
    { config: { permission: 'case.handle' }, schema: { tags, summary: '减免 Waive fees with a reason', params: IdParams, body: WaiveBody, response: { 200: BillView, ...errorsOf } } },
    async (q) => bills.waive(q.ctx, q.params.id, q.body.names, q.body.reason),
  );
  r.post(
    '/api/cases/:id/bill/pay',
    { config: { permission: 'case.handle' }, schema: { tags, summary: '缴费（一票制）Pay every open line under one invoice number', params: IdParams, body: PayBody, response: { 200: BillView, ...errorsOf } } },
    async (q) => bills.pay(q.ctx, q.params.id, q.body.invoiceNo),
  );

  const publicTags = ['portal 网上办事大厅'];
  r.get(
    '/api/public/progress',
    { config: { public: true }, schema: { tags: publicTags, summary: '办件进度查询 Progress by case number and query code (personal data masked)', querystring: ProgressQuery, response: { 200: ProgressSchema, ...errorsOf } } },
    async (q) => cases.progress(q.ctx, q.query.caseNo, q.query.queryCode, q.ip),
  );
  r.post(
    '/api/public/ratings',
    { config: { public: true }, schema: { tags: publicTags, summary: '好差评 Rate a completed case (once)', body: RateBody, response: { 200: Type.Object({ ok: Type.Boolean(), level: Type.Integer() }), ...errorsOf } } },
    async (q) => cases.rate(q.ctx, q.body, q.ip),
  );
}
