/**
 * The statistics API's shapes as the server defines them (src/modules/stats/stats.schema.ts;
 * type-only: nothing of the server is bundled), so the reports and screens cannot drift from it.
 */
export type {
  Changes,
  CompareResponse,
  FigureKey,
  Figures,
  Granularity,
  LiveResponse,
  PublicScreenEntry,
  PublicScreenResponse,
  RankingBy,
  RankingResponse,
  RankingRow,
  RollupResponse,
  RollupRow,
  SeriesPoint,
  SeriesResponse,
} from '../../../src/modules/stats/stats.schema.js';
