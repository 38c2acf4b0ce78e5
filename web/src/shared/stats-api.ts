import { api, type QueryValue } from './api.js';
import type { CompareResponse, Granularity, LiveResponse, PublicScreenResponse, RankingBy, RankingResponse, RollupResponse, SeriesResponse } from './stats-types.js';

/** A period and the filters every statistics query accepts (center = the center and its subtree). */
export interface StatsRange {
  from: string;
  to: string;
  center?: string | undefined;
  department?: string | undefined;
}

const q = (query: object): Record<string, QueryValue> => query as Record<string, QueryValue>;

/** The statistics API (docs/figures.md), one function per route. */
export const statsApi = {
  compare: (range: StatsRange) => api.get<CompareResponse>('/api/stats/compare', q(range)),
  series: (range: StatsRange, granularity: Granularity) => api.get<SeriesResponse>('/api/stats/series', q({ ...range, granularity })),
  /** Rankings and the roll-up are per center: the department filter does not apply. */
  ranking: (range: StatsRange, by: RankingBy) => api.get<RankingResponse>('/api/stats/ranking', q({ from: range.from, to: range.to, center: range.center, by })),
  rollup: (range: StatsRange) => api.get<RollupResponse>('/api/stats/rollup', q({ from: range.from, to: range.to, center: range.center })),
  live: (center?: string) => api.get<LiveResponse>('/api/stats/live', q({ center })),
  publicScreen: () => api.get<PublicScreenResponse>('/api/public/screen'),
};

/** What an exported table holds: the same query as the table on screen. */
export type ExportRequest =
  | { table: 'series'; range: StatsRange; granularity: Granularity }
  | { table: 'ranking'; range: StatsRange; by: RankingBy }
  | { table: 'rollup'; range: StatsRange };

/** The address of the table as an Excel workbook (GET /api/stats/export.xlsx). */
export function exportUrl(request: ExportRequest): string {
  const { range } = request;
  const params = new URLSearchParams({ table: request.table, from: range.from, to: range.to });
  if (range.center) params.set('center', range.center);
  if (request.table === 'series') {
    params.set('granularity', request.granularity);
    if (range.department) params.set('department', range.department);
  }
  if (request.table === 'ranking') params.set('by', request.by);
  return `/api/stats/export.xlsx?${params.toString()}`;
}
