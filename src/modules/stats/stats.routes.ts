import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { ErrorResponse } from '../../http/schema-helpers.js';
import { XLSX_TYPE } from '../catalog/catalog.routes.js';
import type { StatsPublishing } from './stats-publish.service.js';
import type { StatsService } from './stats.service.js';
import {
  CompareQuery, CompareResponse, ExportQuery, LiveQuery, LiveResponse, PublicScreenResponse, RankingQuery, RankingResponse, RollupQuery, RollupResponse,
  SeriesQuery, SeriesResponse, Summary, SummaryQuery,
} from './stats.schema.js';

const tags = ['stats 统计'];
const errorsOf = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const read = { permission: 'stats.read' } as const;

/** Statistics (issue #6): figures from the rollups; see docs/figures.md. */
export function statsRoutes(app: FastifyInstance, stats: StatsService, publishing: StatsPublishing): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/api/stats/summary', { config: read, schema: { tags, summary: '统计汇总 Figures of a period', querystring: SummaryQuery, response: { 200: Summary, ...errorsOf } } }, async (q) => stats.summary(q.ctx, q.query));
  r.get('/api/stats/series', { config: read, schema: { tags, summary: '趋势 Figures per day, month, quarter or year', querystring: SeriesQuery, response: { 200: SeriesResponse, ...errorsOf } } }, async (q) => stats.series(q.ctx, q.query));
  r.get('/api/stats/compare', { config: read, schema: { tags, summary: '同比环比 Year-on-year and period-on-period', querystring: CompareQuery, response: { 200: CompareResponse, ...errorsOf } } }, async (q) => stats.compare(q.ctx, q.query));
  r.get('/api/stats/ranking', { config: read, schema: { tags, summary: '排名 Windows, departments, centers, items or staff ranked', querystring: RankingQuery, response: { 200: RankingResponse, ...errorsOf } } }, async (q) => stats.ranking(q.ctx, q.query));
  r.get('/api/stats/rollup', { config: read, schema: { tags, summary: '乡镇村汇总 One row per child center (its subtree)', querystring: RollupQuery, response: { 200: RollupResponse, ...errorsOf } } }, async (q) => stats.rollup(q.ctx, q.query));
  r.get('/api/stats/live', { config: read, schema: { tags, summary: '大屏 Today at a glance', querystring: LiveQuery, response: { 200: LiveResponse, ...errorsOf } } }, async (q) => stats.live(q.ctx, q.query));
  r.get(
    '/api/stats/export.xlsx',
    { config: read, schema: { tags, summary: '导出 A series, ranking or roll-up table as Excel', querystring: ExportQuery, response: { 200: Type.Unknown({ description: XLSX_TYPE }), ...errorsOf } } },
    async (q, reply) => {
      const body = await publishing.exportXlsx(q.ctx, q.query);
      const name = `stats-${q.query.table}-${q.query.from}-${q.query.to}.xlsx`;
      return reply.header('content-type', XLSX_TYPE).header('content-disposition', `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(`统计-${name}`)}`).send(body);
    },
  );
  r.get(
    '/api/public/screen',
    { config: { public: true }, schema: { tags: ['portal 网上办事大厅'], summary: '公示屏 Recent acceptances and results (personal data masked)', response: { 200: PublicScreenResponse, ...errorsOf } } },
    async (q) => publishing.publicScreen(q.ctx),
  );
}
