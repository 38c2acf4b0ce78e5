import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorResponse, Ok } from '../../http/schema-helpers.js';
import { APPLICANT_COOKIE } from '../../http/request-context.js';
import { errors } from '../../kernel/errors/index.js';
import { AUTH_POLICY } from '../auth/auth.domain.js';
import type { ApplicantsService, SignedInApplicant } from './applicants.service.js';
import { ApplicantLoginBody, ApplicantMeView, RegisterBody } from './applicants.schema.js';

const tags = ['portal 网上办事大厅: account 申请人账户'];
const errorsOf = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 409: ErrorResponse, 429: ErrorResponse };

function me(signedIn: SignedInApplicant) {
  const { account } = signedIn;
  return { id: account.id, kind: account.kind, displayName: account.displayName, applicant: account.applicant, csrfToken: signedIn.csrfToken };
}

const clientOf = (request: FastifyRequest) => ({ ip: request.ip, userAgent: request.headers['user-agent'] ?? '' });

export function applicantsRoutes(app: FastifyInstance, applicants: ApplicantsService, options: { secureCookie: boolean }): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const setSession = (reply: FastifyReply, token: string) =>
    reply.setCookie(APPLICANT_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: options.secureCookie, maxAge: AUTH_POLICY.absoluteHours * 3600 });

  r.post(
    '/api/portal/account/register',
    { config: { public: true }, schema: { tags, summary: '注册 Register a person (ID number) or enterprise (credit code) and sign in', body: RegisterBody, response: { 200: ApplicantMeView, ...errorsOf } } },
    async (request, reply) => {
      const result = await applicants.register(request.ctx, request.body, clientOf(request));
      void setSession(reply, result.token);
      return me(result);
    },
  );
  r.post(
    '/api/portal/account/login',
    { config: { public: true }, schema: { tags, summary: '登录 Sign in with ID number / credit code and password', body: ApplicantLoginBody, response: { 200: ApplicantMeView, ...errorsOf } } },
    async (request, reply) => {
      const result = await applicants.login(request.ctx, request.body.loginName, request.body.password, clientOf(request));
      void setSession(reply, result.token);
      return me(result);
    },
  );
  r.post(
    '/api/portal/account/logout',
    { config: { public: true }, schema: { tags, summary: '退出 Sign out', response: { 200: Ok } } },
    async (request, reply) => {
      const signedIn = await applicants.resolve(request.cookies[APPLICANT_COOKIE], request.ctx.clock.now());
      if (signedIn) await applicants.logout({ ...request.ctx, actor: signedIn.actor }, signedIn.sessionId);
      void reply.clearCookie(APPLICANT_COOKIE, { path: '/' });
      return { ok: true };
    },
  );
  r.get(
    '/api/portal/account/me',
    { config: { applicant: 'account.self' }, schema: { tags, summary: '当前申请人 The signed-in applicant', response: { 200: ApplicantMeView, ...errorsOf } } },
    async (request) => {
      if (!request.applicantSession) throw errors.unauthenticated();
      return me(request.applicantSession);
    },
  );
}
