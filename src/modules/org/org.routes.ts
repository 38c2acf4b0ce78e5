import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type, { type TSchema } from 'typebox';
import type { RequestContext } from '../../kernel/context.js';
import type { Permission } from '../../kernel/permissions/policy.js';
import { ErrorResponse, IdParams, ListOf } from '../../http/schema-helpers.js';
import type { OrgService } from './org.service.js';
import {
  AuthorizationView,
  CenterView,
  CreateAuthorization,
  CreateCenter,
  CreateDepartment,
  CreateRegion,
  CreateStaff,
  CreateWindow,
  DepartmentView,
  ListQuery,
  PublicCenterView,
  RegionCodeParams,
  RegionView,
  StaffView,
  UpdateCenter,
  UpdateDepartment,
  UpdateRegion,
  UpdateStaff,
  UpdateWindow,
  WindowView,
} from './org.schema.js';

const errorResponses = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

type Updater = (ctx: RequestContext, id: string, patch: { active: boolean }) => Promise<unknown>;

/** POST …/:id/deactivate and …/:id/activate for a kind of record: nothing is ever deleted. */
function activationRoutes(app: FastifyInstance, path: string, params: TSchema, view: TSchema, permission: Permission, tags: string[], update: Updater) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  for (const [verb, active, summary] of [
    ['deactivate', false, '停用 Deactivate'],
    ['activate', true, '启用 Activate'],
  ] as const) {
    r.post(
      `${path}/${verb}`,
      { config: { permission }, schema: { tags, summary, params, response: { 200: view, ...errorResponses } } },
      async (request) => {
        const key = Object.values(request.params as Record<string, string>)[0]!;
        return update(request.ctx, key, { active });
      },
    );
  }
}

export function orgRoutes(app: FastifyInstance, org: OrgService): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const response = (view: TSchema) => ({ 200: view, ...errorResponses });

  // ── regions 行政区划 ──
  let tags = ['org 组织: regions 行政区划'];
  r.get('/api/org/regions', { config: { permission: 'org.read' }, schema: { tags, querystring: ListQuery, response: response(ListOf(RegionView)) } }, async (q) => ({
    items: await org.listRegions(q.ctx, q.query),
  }));
  r.post('/api/org/regions', { config: { permission: 'org.manage' }, schema: { tags, body: CreateRegion, response: response(RegionView) } }, async (q) =>
    org.createRegion(q.ctx, q.body),
  );
  r.patch(
    '/api/org/regions/:code',
    { config: { permission: 'org.manage' }, schema: { tags, params: RegionCodeParams, body: UpdateRegion, response: response(RegionView) } },
    async (q) => org.updateRegion(q.ctx, q.params.code, q.body),
  );
  activationRoutes(app, '/api/org/regions/:code', RegionCodeParams, RegionView, 'org.manage', tags, (ctx, id, p) => org.updateRegion(ctx, id, p));

  // ── centers 中心 / 分厅 / 便民服务中心 / 代办点 ──
  tags = ['org 组织: centers 服务中心'];
  r.get('/api/org/centers', { config: { permission: 'org.read' }, schema: { tags, querystring: ListQuery, response: response(ListOf(CenterView)) } }, async (q) => ({
    items: await org.listCenters(q.ctx, q.query),
  }));
  r.post('/api/org/centers', { config: { permission: 'org.manage' }, schema: { tags, body: CreateCenter, response: response(CenterView) } }, async (q) =>
    org.createCenter(q.ctx, q.body),
  );
  r.patch(
    '/api/org/centers/:id',
    { config: { permission: 'org.manage' }, schema: { tags, params: IdParams, body: UpdateCenter, response: response(CenterView) } },
    async (q) => org.updateCenter(q.ctx, q.params.id, q.body),
  );
  activationRoutes(app, '/api/org/centers/:id', IdParams, CenterView, 'org.manage', tags, (ctx, id, p) => org.updateCenter(ctx, id, p));

  // ── departments 进驻部门 ──
  tags = ['org 组织: departments 部门'];
  r.get('/api/org/departments', { config: { permission: 'org.read' }, schema: { tags, querystring: ListQuery, response: response(ListOf(DepartmentView)) } }, async (q) => ({
    items: await org.listDepartments(q.ctx, q.query),
  }));
  r.post('/api/org/departments', { config: { permission: 'org.manage' }, schema: { tags, body: CreateDepartment, response: response(DepartmentView) } }, async (q) =>
    org.createDepartment(q.ctx, q.body),
  );
  r.patch(
    '/api/org/departments/:id',
    { config: { permission: 'department.edit' }, schema: { tags, params: IdParams, body: UpdateDepartment, response: response(DepartmentView) } },
    async (q) => org.updateDepartment(q.ctx, q.params.id, q.body),
  );
  activationRoutes(app, '/api/org/departments/:id', IdParams, DepartmentView, 'org.manage', tags, (ctx, id, p) => org.updateDepartment(ctx, id, p));

  // ── windows 窗口 ──
  tags = ['org 组织: windows 窗口'];
  r.get('/api/org/windows', { config: { permission: 'org.read' }, schema: { tags, querystring: ListQuery, response: response(ListOf(WindowView)) } }, async (q) => ({
    items: await org.listWindows(q.ctx, q.query),
  }));
  r.post('/api/org/windows', { config: { permission: 'org.manage' }, schema: { tags, body: CreateWindow, response: response(WindowView) } }, async (q) =>
    org.createWindow(q.ctx, q.body),
  );
  r.patch(
    '/api/org/windows/:id',
    { config: { permission: 'org.manage' }, schema: { tags, params: IdParams, body: UpdateWindow, response: response(WindowView) } },
    async (q) => org.updateWindow(q.ctx, q.params.id, q.body),
  );
  activationRoutes(app, '/api/org/windows/:id', IdParams, WindowView, 'org.manage', tags, (ctx, id, p) => org.updateWindow(ctx, id, p));

  // ── staff 工作人员 ──
  tags = ['org 组织: staff 工作人员'];
  r.get('/api/org/staff', { config: { permission: 'staff.read' }, schema: { tags, querystring: ListQuery, response: response(ListOf(StaffView)) } }, async (q) => ({
    items: await org.listStaff(q.ctx, q.query),
  }));
  r.post('/api/org/staff', { config: { permission: 'staff.manage' }, schema: { tags, body: CreateStaff, response: response(StaffView) } }, async (q) =>
    org.createStaff(q.ctx, q.body),
  );
  r.patch(
    '/api/org/staff/:id',
    { config: { permission: 'staff.manage' }, schema: { tags, params: IdParams, body: UpdateStaff, response: response(StaffView) } },
    async (q) => org.updateStaff(q.ctx, q.params.id, q.body),
  );
  activationRoutes(app, '/api/org/staff/:id', IdParams, StaffView, 'staff.manage', tags, (ctx, id, p) => org.updateStaff(ctx, id, p));

  // ── authorizations 授权书 ──
  tags = ['org 组织: authorizations 首席代表授权书'];
  r.get(
    '/api/org/authorizations',
    { config: { permission: 'authorization.read' }, schema: { tags, querystring: ListQuery, response: response(ListOf(AuthorizationView)) } },
    async (q) => ({ items: await org.listAuthorizations(q.ctx, q.query) }),
  );
  r.post(
    '/api/org/authorizations',
    { config: { permission: 'authorization.manage' }, schema: { tags, body: CreateAuthorization, response: response(Type.Omit(AuthorizationView, ['inForce'])) } },
    async (q) => org.createAuthorization(q.ctx, q.body),
  );
  r.post(
    '/api/org/authorizations/:id/revoke',
    { config: { permission: 'authorization.manage' }, schema: { tags, params: IdParams, response: response(Type.Omit(AuthorizationView, ['inForce'])) } },
    async (q) => org.revokeAuthorization(q.ctx, q.params.id),
  );

  // ── public: the center's face on the portal ──
  r.get(
    '/api/public/center',
    {
      config: { public: true },
      schema: { tags: ['portal 网上办事大厅'], summary: '中心概况 The center, its departments and windows', querystring: Type.Object({ centerId: Type.Optional(Type.String({ maxLength: 64 })) }, { additionalProperties: false }), response: { 200: PublicCenterView, 404: ErrorResponse } },
    },
    async (q) => org.publicOverview(q.query.centerId),
  );
}
