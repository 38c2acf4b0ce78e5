import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { IdParams, ListOf } from '../../http/schema-helpers.js';
import { errors, issue, text } from '../../kernel/errors/index.js';
import { catalogAdminRoutes } from './catalog-admin.routes.js';
import {
  CreateItem,
  ImportView,
  ItemKeyParams,
  ItemQuery,
  ItemSummaryView,
  ItemView,
  LifeEventView,
  PageOf,
  PublicItemQuery,
  PublicItemView,
  response,
  UpdateItem,
  VersionParams,
  VersionSummaryView,
  VersionView,
  WriteResult,
} from './catalog.schema.js';
import type { CatalogService } from './catalog.service.js';


export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const IMPORT_LIMIT = 10 * 1024 * 1024;

/** The catalog's HTTP API: staff routes under /api/catalog, the portal's under /api/public. */
export function catalogRoutes(app: FastifyInstance, catalog: CatalogService): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const read = { permission: 'catalog.read' } as const;
  const manage = { permission: 'catalog.manage' } as const;

  // ── items 事项 ──
  let tags = ['catalog 事项目录: items 事项'];
  r.get('/api/catalog/items', { config: read, schema: { tags, summary: '事项列表 Items, filtered and paged', querystring: ItemQuery, response: response(PageOf(ItemSummaryView)) } }, async (q) =>
    catalog.listItems(q.ctx, q.query),
  );
  r.post('/api/catalog/items', { config: manage, schema: { tags, summary: '新增事项 Create an item (version 1)', body: CreateItem, response: response(ItemView) } }, async (q) =>
    catalog.createItem(q.ctx, q.body),
  );
  r.get('/api/catalog/items/:id', { config: read, schema: { tags, summary: '事项 An item, current version', params: IdParams, response: response(ItemView) } }, async (q) =>
    catalog.getItem(q.ctx, q.params.id),
  );
  r.patch(
    '/api/catalog/items/:id',
    { config: manage, schema: { tags, summary: '修改事项 Change an item: a new version with the reason', params: IdParams, body: UpdateItem, response: response(WriteResult) } },
    async (q) => catalog.updateItem(q.ctx, q.params.id, q.body),
  );
  r.get(
    '/api/catalog/items/:id/versions',
    { config: read, schema: { tags, summary: '版本历史 Versions of an item, newest first', params: IdParams, response: response(ListOf(VersionSummaryView)) } },
    async (q) => ({ items: await catalog.versions(q.ctx, q.params.id) }),
  );
  r.get(
    '/api/catalog/items/:id/versions/:version',
    { config: read, schema: { tags, summary: '某一版本 One version with all its elements', params: VersionParams, response: response(VersionView) } },
    async (q) => catalog.version(q.ctx, q.params.id, q.params.version),
  );

  // ── Excel ──
  tags = ['catalog 事项目录: Excel'];
  r.get(
    '/api/catalog/export.xlsx',
    { config: read, schema: { tags, summary: '导出目录 The active catalog as the Excel template (.xlsx)', response: { ...response(Type.Unknown()), 200: Type.Unknown({ description: XLSX_TYPE }) } } },
    async (q, reply) => {
      const workbook = await catalog.excel.exportWorkbook(q.ctx);
      const date = q.ctx.clock.now().toISOString().slice(0, 10);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="catalog-${date}.xlsx"; filename*=UTF-8''${encodeURIComponent(`事项目录-${date}.xlsx`)}`)
        .send(workbook);
    },
  );
  app.register(async (scope) => {
    for (const type of [XLSX_TYPE, 'application/octet-stream']) {
      scope.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT }, (_request, body, done) => done(null, body));
    }
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      '/api/catalog/import',
      {
        config: manage,
        bodyLimit: IMPORT_LIMIT,
        schema: {
          tags,
          summary: '导入目录 Import the Excel template: every row checked, all or nothing; unchanged items make no new version',
          description: `Send the .xlsx file as the raw body with Content-Type ${XLSX_TYPE} or application/octet-stream (at most 10 MB).`,
          response: response(ImportView),
        },
      },
      async (q) => {
        if (!Buffer.isBuffer(q.body) || q.body.length === 0) {
          throw errors.invalid([issue('body', 'excel.empty', text('请上传 Excel 文件（.xlsx）作为请求内容。', 'Upload the Excel file (.xlsx) as the request body.'))]);
        }
        return catalog.excel.importWorkbook(q.ctx, q.body);
      },
    );
  });

  // ── public: the portal ──
  tags = ['portal 网上办事大厅: catalog 事项'];
  const open = { public: true } as const;
  r.get(
    '/api/public/items',
    { config: open, schema: { tags, summary: '事项检索 Search the active catalog by words, department, type, life event, channel', querystring: PublicItemQuery, response: response(PageOf(ItemSummaryView)) } },
    async (q) => catalog.search(q.query),
  );
  r.get(
    '/api/public/items/:id',
    { config: open, schema: { tags, summary: '服务指南 An active item (by id or code) with its service guide', params: ItemKeyParams, response: response(PublicItemView) } },
    async (q) => catalog.publicItem(q.params.id),
  );
  r.get(
    '/api/public/life-events',
    { config: open, schema: { tags, summary: '主题分类 Life events with the number of items and bundles', response: response(ListOf(LifeEventView)) } },
    async () => ({ items: await catalog.lifeEvents() }),
  );

  catalogAdminRoutes(app, catalog);
}
