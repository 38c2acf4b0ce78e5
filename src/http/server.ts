import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Services } from '../app.js';
import type { OpenDatabase } from '../db/database.js';
import { errors } from '../kernel/errors/index.js';
import type { Clock } from '../kernel/time/clock.js';
import { auditRoutes } from '../modules/audit/audit.routes.js';
import { authRoutes } from '../modules/auth/auth.routes.js';
import { calendarRoutes } from '../modules/calendar/calendar.routes.js';
import { applicantsRoutes } from '../modules/applicants/applicants.routes.js';
import { onlineRoutes } from '../modules/cases/cases-online.routes.js';
import { caseUploadsRoutes } from '../modules/cases/cases-uploads.routes.js';
import { casesRoutes } from '../modules/cases/cases.routes.js';
import { catalogRoutes } from '../modules/catalog/catalog.routes.js';
import { orgRoutes } from '../modules/org/org.routes.js';
import { ratingPadsRoutes } from '../modules/cases/rating-pads.routes.js';
import { statsRoutes } from '../modules/stats/stats.routes.js';
import { projectRoot } from '../runtime.js';
import { errorHandler } from './error-handler.js';
import { registerGuard } from './guard.js';
import { healthRoutes } from './health.routes.js';
import './request-context.js';
import { validatorCompiler } from './validation.js';

export interface ServerOptions {
  database: OpenDatabase;
  services: Services;
  clock: Clock;
  logger?: FastifyServerOptions['logger'];
  /** The built web app (default dist/web); served with a fallback to index.html for client routes. */
  webRoot?: string;
  secureCookie?: boolean;
}

/** Assembles the HTTP server: plugins, the guard, the error handler, every module's routes, the web app. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    requestIdHeader: 'x-request-id',
    ajv: { customOptions: { allErrors: true } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler(errorHandler);
  // The API speaks JSON (and raw files where a route says so): a text/plain body is 415, not "/ must be an object".
  app.removeContentTypeParser('text/plain');

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'OneWindow 一窗通 API',
        description: '政务服务中心 API. Errors are `{"error":{"code","message","details"}}` with the message in zh-CN (en-US by Accept-Language). Writes with the session cookie need the X-CSRF-Token header (from /api/auth/me).',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ow_session' } } },
      security: [{ session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerGuard(app, options.services.auth, options.clock, options.services.applicants);
  healthRoutes(app, options.database);
  authRoutes(app, options.services.auth, { secureCookie: options.secureCookie ?? false });
  orgRoutes(app, options.services.org);
  auditRoutes(app, options.services.audit);
  calendarRoutes(app, options.services.calendar);
  casesRoutes(app, options.services.cases, options.services.caseBills);
  catalogRoutes(app, options.services.catalog);
  ratingPadsRoutes(app, options.services.ratingPads);
  applicantsRoutes(app, options.services.applicants, { secureCookie: options.secureCookie ?? false });
  onlineRoutes(app, options.services.online);
  caseUploadsRoutes(app, options.services.caseUploads);
  statsRoutes(app, options.services.stats, options.services.statsPublishing);

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  const webRoot = options.webRoot ?? path.join(projectRoot(), 'dist', 'web');
  const hasWeb = fs.existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !hasWeb || request.method !== 'GET') {
      throw errors.notFound('接口', `${request.method} ${request.url.split('?')[0]}`);
    }
    return reply.sendFile('index.html');
  });
  return app;
}
