import type { StatsRange } from '../../shared/stats-api.js';
import type { Granularity } from '../../shared/stats-types.js';

export type ReportKind = 'month' | 'year';

/** What a report covers: its range, how volumes are broken down, and the range of its trend lines. */
export interface ReportPeriod {
  kind: ReportKind;
  /** '2026-11' for a month, '2026' for a year. */
  value: string;
  from: string;
  to: string;
  volumeGranularity: Granularity;
  /** A monthly report's trend covers the twelve months up to it; an annual one its own months. */
  trend: { from: string; to: string };
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function isPeriodValue(kind: ReportKind, value: string | undefined): value is string {
  return value !== undefined && (kind === 'month' ? /^\d{4}-(0[1-9]|1[0-2])$/ : /^\d{4}$/).test(value);
}

/** The current month or year in China time (UTC+8), the report's default. */
export function currentPeriodValue(kind: ReportKind, now: Date): string {
  const china = new Date(now.getTime() + 8 * 3600_000);
  const year = china.getUTCFullYear();
  return kind === 'year' ? String(year) : `${year}-${pad(china.getUTCMonth() + 1)}`;
}

export function reportPeriod(kind: ReportKind, value: string): ReportPeriod {
  const year = Number(value.slice(0, 4));
  if (kind === 'year') {
    const range = { from: `${year}-01-01`, to: `${year}-12-31` };
    return { kind, value, ...range, volumeGranularity: 'month', trend: range };
  }
  const month = Number(value.slice(5, 7));
  const from = `${value}-01`;
  const to = `${value}-${pad(lastDay(year, month))}`;
  const startMonth = month === 12 ? 1 : month + 1;
  const startYear = month === 12 ? year : year - 1;
  return { kind, value, from, to, volumeGranularity: 'day', trend: { from: `${startYear}-${pad(startMonth)}-01`, to } };
}

export function withFilters(period: ReportPeriod, filters: { center?: string | undefined; department?: string | undefined }): StatsRange {
  return { from: period.from, to: period.to, center: filters.center, department: filters.department };
}
