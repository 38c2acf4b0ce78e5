import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isPermission, decide, PERMISSIONS } from '../../kernel/permissions/policy.js';
import { errors } from '../../kernel/errors/index.js';
import { ErrorResponse, IdParams, Ok } from '../../http/schema-helpers.js';
import { SESSION_COOKIE } from '../../http/request-context.js';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AuthService, SignedIn } from './auth.service.js';
import { AUTH_POLICY } from './auth.domain.js';
import { ChangePasswordBody, LoginBody, MeView, ResetPasswordBody } from './auth.schema.js';

function me(signedIn: SignedIn) {
  const { staff, actor } = signedIn;
  return {
    id: staff.id,
    username: staff.username,
    displayName: staff.displayName,
    roles: staff.roles,
    centerId: staff.centerId,
    departmentId: staff.departmentId,
    windowId: staff.windowId,
    csrfToken: signedIn.csrfToken,
    permissions: Object.keys(PERMISSIONS).filter((p) => isPermission(p) && decide(actor, p).allowed),
  };
}

function requireSession(request: FastifyRequest): SignedIn {
  if (!request.signedIn) throw errors.unauthenticated();
  return request.signedIn;
}

export function authRoutes(app: FastifyInstance, auth: AuthService, options: { secureCookie: boolean }): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['auth 登录'];

  r.post(
    '/api/auth/login',
    { config: { public: true }, schema: { tags, summary: '登录 Sign in', body: LoginBody, response: { 200: MeView, 401: ErrorResponse, 429: ErrorResponse } } },
    async (request, reply) => {
      const result = await auth.login(request.ctx, request.body.username, request.body.password, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
      });
      void reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: options.secureCookie,
        maxAge: AUTH_POLICY.absoluteHours * 3600,
      });
      return me(result);
    },
  );

  r.post(
    '/api/auth/logout',
    { config: { public: true }, schema: { tags, summary: '退出 Sign out', response: { 200: Ok } } },
    async (request, reply) => {
      if (request.signedIn) await auth.logout(request.ctx, request.signedIn.sessionId);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  r.get(
    '/api/auth/me',
    { config: { permission: 'org.read' }, schema: { tags, summary: '当前用户 The signed-in staff member', response: { 200: MeView, 401: ErrorResponse } } },
    async (request) => me(requireSession(request)),
  );

  r.post(
    '/api/org/staff/:id/password',
    { config: { permission: 'staff.manage' }, schema: { tags: ['org 组织: staff 工作人员'], summary: '重置密码并解锁 Set a staff member\'s password and unlock', params: IdParams, body: ResetPasswordBody, response: { 200: Ok, 400: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse } } },
    async (request) => {
      await auth.resetPassword(request.ctx, request.params.id, request.body.password);
      return { ok: true };
    },
  );

  r.post(
    '/api/auth/password',
    { config: { permission: 'org.read' }, schema: { tags, summary: '修改密码 Change one\'s password', body: ChangePasswordBody, response: { 200: Ok, 400: ErrorResponse } } },
    async (request) => {
      const session = requireSession(request);
      await auth.changePassword(request.ctx, session.sessionId, request.body.currentPassword, request.body.newPassword);
      return { ok: true };
    },
  );
}
