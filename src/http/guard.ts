import type { FastifyInstance, FastifyRequest } from 'fastify';
import { publicActor } from '../kernel/context.js';
import { errors } from '../kernel/errors/index.js';
import { localeFromAcceptLanguage } from '../kernel/i18n/locale.js';
import { authorizeApplicant } from '../kernel/permissions/applicant-policy.js';
import { authorize } from '../kernel/permissions/policy.js';
import type { Clock } from '../kernel/time/clock.js';
import type { ApplicantsService } from '../modules/applicants/applicants.service.js';
import type { AuthService } from '../modules/auth/auth.service.js';
import { APPLICANT_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './request-context.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one gate every API request passes (deny by default):
 * 1. every /api route must declare `config.public` or `config.permission` — checked at start-up;
 * 2. the session cookie is resolved into the request's actor;
 * 3. cookie-authenticated writes must carry the session's CSRF token in the X-CSRF-Token header;
 * 4. the route's permission must be held by one of the actor's roles (scope is then checked by
 *    the service with the same policy).
 * Portal routes for applicants declare `config.applicant` instead: the applicant's own session
 * cookie (never the staff one) gives the actor, with the same CSRF rule and the applicant table.
 */
export function registerGuard(app: FastifyInstance, auth: AuthService, clock: Clock, applicants?: ApplicantsService): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const config = route.config as { public?: boolean; permission?: string; applicant?: string } | undefined;
    if (!config?.public && !config?.permission && !config?.applicant) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares neither config.public nor config.permission nor config.applicant.`);
    }
  });

  app.decorateRequest('ctx', null as never);
  app.decorateRequest('signedIn', null);
  app.decorateRequest('applicantSession', null);

  app.addHook('onRequest', async (request) => {
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    request.ctx = { actor: publicActor, clock, locale, requestId: request.id };
    if (!request.url.startsWith('/api/')) return;
    const applicantPermission = request.routeOptions.config?.applicant;
    if (applicantPermission) {
      const applicant = applicants ? await applicants.resolve(request.cookies[APPLICANT_COOKIE], clock.now()) : null;
      if (!applicant) throw errors.unauthenticated();
      request.applicantSession = applicant;
      request.ctx = { ...request.ctx, actor: applicant.actor };
      checkCsrf(request, applicant.csrfToken);
      authorizeApplicant(applicant.actor, applicantPermission);
      return;
    }
    const signedIn = await auth.resolve(request.cookies[SESSION_COOKIE], clock.now());
    if (signedIn) {
      request.signedIn = signedIn;
      request.ctx = { ...request.ctx, actor: signedIn.actor };
    }
    const config = request.routeOptions.config;
    // Every declared route has public or a permission (checked at start-up); neither means the
    // not-found handler or the API docs, which answer for themselves.
    if (!config || config.public || !config.permission) return;
    if (!signedIn) throw errors.unauthenticated();
    checkCsrf(request, signedIn.csrfToken);
    authorize(signedIn.actor, config.permission);
  });
}

/** Cookie-authenticated writes must carry the session's CSRF token. */
function checkCsrf(request: FastifyRequest, csrfToken: string): void {
  if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== csrfToken) {
    throw errors.forbidden('csrf', {
      'zh-CN': '缺少或错误的 CSRF 令牌，请刷新页面后重试。',
      'en-US': 'Missing or wrong CSRF token; reload the page and retry.',
    }, { reason: 'csrf' });
  }
}
