import Type, { type Static } from 'typebox';
import { CalendarDate, Id, Strict } from '../../http/schema-helpers.js';

/**
 * The statistics API contract (issue #6). Every figure is defined once in
 * src/modules/stats/domain/figures.ts and documented in docs/figures.md.
 * Rates are unrounded fractions 0..1 (null when the denominator is 0), counts integers,
 * days numbers (null when nothing was counted).
 */

const Rate = Type.Union([Type.Number(), Type.Null()], { description: 'Unrounded fraction 0..1; null when the denominator is 0' });
const Days = Type.Union([Type.Number(), Type.Null()], { description: 'Working days; null when nothing was counted' });
const Count = Type.Integer({ minimum: 0 });

/** Filters every stats query accepts (all optional; center means the center and its subtree). */
const FilterProps = {
  center: Type.Optional(Id),
  department: Type.Optional(Id),
  window: Type.Optional(Id),
  item: Type.Optional(Id),
};
const RangeProps = { from: CalendarDate, to: CalendarDate };

export const SummaryQuery = Strict({ ...RangeProps, ...FilterProps });
export type SummaryQuery = Static<typeof SummaryQuery>;

export const WindowShare = Strict({ window: Id, name: Type.String(), completed: Count, share: Rate });
export type WindowShare = Static<typeof WindowShare>;

/** The figures, without the window shares (used in series points and ranking rows). */
export const FigureProps = {
  received: Count,
  accepted: Count,
  refused: Count,
  completed: Count,
  open: Count,
  overdue: Count,
  onTimeRate: Rate,
  promisedCompleted: Count,
  promisedEarlyRate: Rate,
  promisedWithinRate: Rate,
  onSpotRate: Rate,
  promiseCompression: Rate,
  promisedSpeedup: Rate,
  actualSpeedup: Rate,
  avgAcceptDays: Days,
  avgCompleteDays: Days,
  monthCompletionRate: Rate,
  dailyCompletionRate: Rate,
  evaluated: Count,
  evaluationRate: Rate,
  satisfactionRate: Rate,
};
export const Figures = Strict(FigureProps);
export type Figures = Static<typeof Figures>;

export const Summary = Strict({ ...FigureProps, windows: Type.Array(WindowShare) });
export type Summary = Static<typeof Summary>;

export const Granularity = Type.Enum(['day', 'month', 'quarter', 'year'] as const);
export type Granularity = Static<typeof Granularity>;

export const SeriesQuery = Strict({ ...RangeProps, granularity: Granularity, ...FilterProps });
export type SeriesQuery = Static<typeof SeriesQuery>;
export const SeriesPoint = Strict({ period: Type.String({ description: '2026-03-05 | 2026-03 | 2026-Q1 | 2026' }), from: CalendarDate, to: CalendarDate, ...FigureProps });
export type SeriesPoint = Static<typeof SeriesPoint>;
export const SeriesResponse = Strict({ points: Type.Array(SeriesPoint) });
export type SeriesResponse = Static<typeof SeriesResponse>;

/** Relative change (current − base) ÷ base per figure; null when base is 0 or null. */
const Changes = Strict(Object.fromEntries(Object.keys(FigureProps).map((k) => [k, Rate])) as Record<keyof typeof FigureProps, typeof Rate>);
export type Changes = Static<typeof Changes>;
const Comparison = Strict({ from: CalendarDate, to: CalendarDate, figures: Figures, change: Changes });
export type Comparison = Static<typeof Comparison>;

export const CompareQuery = SummaryQuery;
export const CompareResponse = Strict({
  current: Strict({ from: CalendarDate, to: CalendarDate, figures: Figures }),
  /** 同比: the same period a year earlier. */
  yearOnYear: Comparison,
  /** 环比: the previous period of equal length (the previous month/quarter/year when the range is one). */
  monthOnMonth: Comparison,
});
export type CompareResponse = Static<typeof CompareResponse>;

export const RankingBy = Type.Enum(['window', 'department', 'center', 'item', 'staff'] as const);
export type RankingBy = Static<typeof RankingBy>;
export const RankingQuery = Strict({
  ...RangeProps,
  by: RankingBy,
  center: Type.Optional(Id),
  order: Type.Optional(Type.Enum(['completed', 'onTimeRate', 'satisfactionRate', 'accepted'] as const)),
});
export type RankingQuery = Static<typeof RankingQuery>;
export const RankingRow = Strict({ id: Type.String(), name: Type.String(), ...FigureProps, rank: Type.Integer({ minimum: 1 }) });
export type RankingRow = Static<typeof RankingRow>;
export const RankingResponse = Strict({ rows: Type.Array(RankingRow) });
export type RankingResponse = Static<typeof RankingResponse>;

/** Township and village roll-up: one row per child center with its whole subtree's figures. */
export const RollupQuery = Strict({ ...RangeProps, center: Type.Optional(Id) });
export type RollupQuery = Static<typeof RollupQuery>;
export const RollupRow = Strict({ center: Id, name: Type.String(), level: Type.String(), ...FigureProps });
export type RollupRow = Static<typeof RollupRow>;
export const RollupResponse = Strict({ center: Id, name: Type.String(), total: Figures, rows: Type.Array(RollupRow) });
export type RollupResponse = Static<typeof RollupResponse>;

/** Big screen (大屏): one call. */
export const LiveQuery = Strict({ center: Type.Optional(Id) });
export type LiveQuery = Static<typeof LiveQuery>;
export const LiveResponse = Strict({
  date: CalendarDate,
  center: Id,
  today: Strict({ received: Count, accepted: Count, completed: Count }),
  open: Count,
  overdue: Count,
  satisfactionToday: Rate,
  satisfactionMonth: Rate,
  busiestWindows: Type.Array(Strict({ window: Id, name: Type.String(), accepted: Count, completed: Count })),
  townships: Type.Array(Strict({ center: Id, name: Type.String(), received: Count, accepted: Count, completed: Count })),
});
export type LiveResponse = Static<typeof LiveResponse>;

/** Public 公示 screen: personal data masked (张*三, 3301**********1234). */
export const PublicScreenEntry = Strict({
  caseNo: Type.String(),
  itemName: Type.String(),
  applicant: Type.String({ description: 'Masked name' }),
  idNumber: Type.String({ description: 'Masked ID number or credit code' }),
  department: Type.String(),
  state: Type.String(),
  acceptedOn: Type.Union([CalendarDate, Type.Null()]),
  completedOn: Type.Union([CalendarDate, Type.Null()]),
  decision: Type.Union([Type.Enum(['grant', 'deny'] as const), Type.Null()]),
});
export type PublicScreenEntry = Static<typeof PublicScreenEntry>;
export const PublicScreenResponse = Strict({ date: CalendarDate, accepted: Type.Array(PublicScreenEntry), completed: Type.Array(PublicScreenEntry) });
export type PublicScreenResponse = Static<typeof PublicScreenResponse>;

export const ExportTable = Type.Enum(['series', 'ranking', 'rollup'] as const);
export const ExportQuery = Strict({
  table: ExportTable,
  ...RangeProps,
  ...FilterProps,
  granularity: Type.Optional(Granularity),
  by: Type.Optional(RankingBy),
});
export type ExportQuery = Static<typeof ExportQuery>;

export type FigureKey = keyof typeof FigureProps;
export const FIGURE_KEYS = Object.keys(FigureProps) as FigureKey[];
