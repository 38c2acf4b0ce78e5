import { statsApi, type StatsRange } from '../../shared/stats-api.js';
import type { CompareResponse, RankingRow, RollupResponse, SeriesPoint } from '../../shared/stats-types.js';
import { useResource, type Resource } from '../../shared/use-resource.js';
import type { ReportPeriod } from './report-period.js';

export interface ReportData {
  compare: CompareResponse;
  volumes: SeriesPoint[];
  trend: SeriesPoint[];
  departments: RankingRow[];
  windows: RankingRow[];
  rollup: RollupResponse;
}

/**
 * Everything a report shows, asked at once: if any answer is an error (a reversed range, an
 * unknown center, a center outside the user's scope), the report shows that error and no figures.
 */
export function useReport(period: ReportPeriod, range: StatsRange): Resource<ReportData> {
  const trendRange: StatsRange = { ...range, ...period.trend };
  const sameTrend = period.trend.from === range.from && period.trend.to === range.to && period.volumeGranularity === 'month';
  return useResource(async () => {
    const [compare, volumes, trend, departments, windows, rollup] = await Promise.all([
      statsApi.compare(range),
      statsApi.series(range, period.volumeGranularity),
      sameTrend ? null : statsApi.series(trendRange, 'month'),
      statsApi.ranking(range, 'department'),
      statsApi.ranking(range, 'window'),
      statsApi.rollup(range),
    ]);
    return { compare, volumes: volumes.points, trend: (trend ?? volumes).points, departments: departments.rows, windows: windows.rows, rollup };
  }, JSON.stringify([period, range]));
}
