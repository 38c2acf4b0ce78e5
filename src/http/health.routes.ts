import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import type { OpenDatabase } from '../db/database.js';
import { migrationState } from '../db/migrate.js';
import { version } from '../runtime.js';

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  version: Type.String(),
  database: Type.Object({ dialect: Type.String(), reachable: Type.Boolean(), error: Type.Optional(Type.String()) }),
  migrations: Type.Object({ applied: Type.Integer(), pending: Type.Array(Type.String()), latest: Type.String() }),
});

/** GET /api/health: is the database reachable, which version runs, are migrations applied. */
export function healthRoutes(app: FastifyInstance, database: OpenDatabase): void {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['system 系统'],
        summary: '健康检查 Health',
        response: {
          '2xx': Health,
          503: Health,
        },
      },
    },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(database.db);
        const state = await migrationState(database.db);
        const status = state.pending.length === 0 ? 'ok' : 'degraded';
        if (status !== 'ok') reply.status(503);
        return {
          status,
          version: version(),
          database: { dialect: database.dialect, reachable: true },
          migrations: { applied: state.applied.length, pending: state.pending, latest: state.latest },
        };
      } catch (error) {
        reply.status(503);
        return {
          status: 'degraded' as const,
          version: version(),
          database: { dialect: database.dialect, reachable: false, error: String((error as Error).message) },
          migrations: { applied: 0, pending: [], latest: '' },
        };
      }
    },
  );
}
