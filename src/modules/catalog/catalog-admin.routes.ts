import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { IdParams, ListOf, Strict } from '../../http/schema-helpers.js';
import {
  AnnouncementView,
  ApproveRound,
  BundleView,
  CancelFee,
  CancelFeeView,
  CreateBundle,
  CreateFee,
  CreateRound,
  FeeQuery,
  FeeView,
  PublicBundleView,
  RoundQuery,
  RoundSummaryView,
  RoundView,
  UpdateBundle,
  UpdateRound,
} from './catalog-admin.schema.js';
import { response } from './catalog.schema.js';
import type { CatalogService } from './catalog.service.js';

/** Bundles (一件事), cleanup rounds (清理) and the fee catalog (收费目录): staff and public routes. */
export function catalogAdminRoutes(app: FastifyInstance, catalog: CatalogService): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const read = { permission: 'catalog.read' } as const;
  const manage = { permission: 'catalog.manage' } as const;
  const open = { public: true } as const;

  // ── bundles 一件事 ──
  let tags = ['catalog 事项目录: bundles 一件事'];
  r.get(
    '/api/catalog/bundles',
    { config: read, schema: { tags, summary: '一件事列表 Bundles', querystring: Strict({ includeInactive: Type.Optional(Type.Boolean()) }), response: response(ListOf(BundleView)) } },
    async (q) => ({ items: await catalog.bundles.list(q.ctx, q.query.includeInactive ?? false) }),
  );
  r.post('/api/catalog/bundles', { config: manage, schema: { tags, summary: '新增一件事 Create a bundle', body: CreateBundle, response: response(BundleView) } }, async (q) =>
    catalog.bundles.create(q.ctx, q.body),
  );
  r.get('/api/catalog/bundles/:id', { config: read, schema: { tags, params: IdParams, response: response(BundleView) } }, async (q) => catalog.bundles.get(q.ctx, q.params.id));
  r.patch('/api/catalog/bundles/:id', { config: manage, schema: { tags, summary: '修改一件事 Change a bundle', params: IdParams, body: UpdateBundle, response: response(BundleView) } }, async (q) =>
    catalog.bundles.update(q.ctx, q.params.id, q.body),
  );
  for (const [verb, active] of [
    ['deactivate', false],
    ['activate', true],
  ] as const) {
    r.post(`/api/catalog/bundles/:id/${verb}`, { config: manage, schema: { tags, params: IdParams, response: response(BundleView) } }, async (q) =>
      catalog.bundles.update(q.ctx, q.params.id, { active }),
    );
  }
  r.get('/api/public/bundles', { config: open, schema: { tags: ['portal 网上办事大厅: catalog 事项'], summary: '一件事 Bundles on offer', response: response(ListOf(BundleView)) } }, async () => ({
    items: await catalog.bundles.publicList(),
  }));
  r.get(
    '/api/public/bundles/:id',
    { config: open, schema: { tags: ['portal 网上办事大厅: catalog 事项'], summary: '一件事指南 A bundle with its combined guide (shared materials once)', params: IdParams, response: response(PublicBundleView) } },
    async (q) => catalog.bundles.publicGuide(q.params.id),
  );

  // ── cleanup rounds 清理 ──
  tags = ['catalog 事项目录: cleanup 清理'];
  r.get('/api/catalog/cleanup-rounds', { config: read, schema: { tags, querystring: RoundQuery, response: response(ListOf(RoundSummaryView)) } }, async (q) => ({
    items: await catalog.cleanup.list(q.ctx, q.query.status),
  }));
  r.post(
    '/api/catalog/cleanup-rounds',
    { config: manage, schema: { tags, summary: '新建清理轮次 A draft round; proposals are checked against the catalog', body: CreateRound, response: response(RoundView) } },
    async (q) => catalog.cleanup.create(q.ctx, q.body),
  );
  r.get('/api/catalog/cleanup-rounds/:id', { config: read, schema: { tags, params: IdParams, response: response(RoundView) } }, async (q) => catalog.cleanup.get(q.ctx, q.params.id));
  r.patch('/api/catalog/cleanup-rounds/:id', { config: manage, schema: { tags, summary: '修改草稿 Change a draft round', params: IdParams, body: UpdateRound, response: response(RoundView) } }, async (q) =>
    catalog.cleanup.update(q.ctx, q.params.id, q.body),
  );
  r.get(
    '/api/catalog/cleanup-rounds/:id/announcement',
    { config: read, schema: { tags, summary: '公告预览 The announcement (preview for a draft)', params: IdParams, response: response(AnnouncementView) } },
    async (q) => catalog.cleanup.announcement(q.ctx, q.params.id),
  );
  r.post(
    '/api/catalog/cleanup-rounds/:id/approve',
    { config: manage, schema: { tags, summary: '批准并执行 Approve and apply the round', params: IdParams, body: ApproveRound, response: response(RoundView) } },
    async (q) => catalog.cleanup.approve(q.ctx, q.params.id, q.body.documentNo),
  );
  r.get(
    '/api/public/catalog/announcements',
    { config: open, schema: { tags: ['portal 网上办事大厅: catalog 事项'], summary: '清理公告 Approved cleanup announcements, newest first', response: response(ListOf(AnnouncementView)) } },
    async () => ({ items: await catalog.cleanup.publishedAnnouncements() }),
  );

  // ── fee catalog 收费目录 ──
  tags = ['catalog 事项目录: fees 收费目录'];
  r.get('/api/catalog/fees', { config: read, schema: { tags, querystring: FeeQuery, response: response(ListOf(FeeView)) } }, async (q) => ({
    items: await catalog.fees.list(q.ctx, q.query),
  }));
  r.post('/api/catalog/fees', { config: manage, schema: { tags, summary: '新增收费项目 Add a fee with its legal basis', body: CreateFee, response: response(FeeView) } }, async (q) =>
    catalog.fees.create(q.ctx, q.body),
  );
  r.post(
    '/api/catalog/fees/:id/cancel',
    { config: manage, schema: { tags, summary: '取消收费 Cancel a fee from a date, by a document (kept in history)', params: IdParams, body: CancelFee, response: response(CancelFeeView) } },
    async (q) => catalog.fees.cancel(q.ctx, q.params.id, q.body),
  );
  r.get(
    '/api/public/fees',
    { config: open, schema: { tags: ['portal 网上办事大厅: catalog 事项'], summary: '收费公示 The fee catalog, cancelled fees with their date and document', querystring: FeeQuery, response: response(ListOf(FeeView)) } },
    async (q) => ({ items: await catalog.fees.list(null, q.query) }),
  );
}
