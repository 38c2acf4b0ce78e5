import { PostgresAdapter, sql, type Expression, type SqlBool } from 'kysely';
import { reusedValuesStatement } from '../../db/reused-statements.js';
import type { Executor } from '../../db/database.js';
import { addCalendarDays } from '../../kernel/calendar/dates.js';
import type { StatsDailyTable } from '../../db/schema-stats.js';
import type { CaseFacts } from './domain/case-facts.js';
import type { RollupDelta } from './domain/contribution.js';
import type { AtEnd } from './domain/figures.js';
import { MEASURES, addMeasures, keyString, zeroMeasures, type Measures } from './domain/measures.js';
import type { CaseFilter } from './domain/raw-figures.js';
import type { Period } from './domain/periods.js';
import { COLUMNS, DIMENSION_COLUMNS, FINE, JOURNAL, ROWS_PER_STATEMENT, WINDOW, adding, dailyParameters, toRow, type Grain } from './stats.tables.js';

export type GroupBy = 'day' | 'center_id' | 'department_id' | 'window_id' | 'item_id' | 'staff_id';

/** The case columns the figures read (CaseFacts). */
const CASE_COLUMNS = [
  'c.id', 'c.center_id', 'c.department_id', 'c.item_id', 'c.window_id', 'c.created_by', 'c.case_type', 'c.legal_days', 'c.promised_days',
  'c.state', 'c.received_on', 'c.accepted_on', 'c.completed_on', 'c.deadline', 'c.suspended_days', 'c.updated_at',
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyQuery = any;

function filtered(q: AnyQuery, f: CaseFilter): AnyQuery {
  let out = q;
  if (f.centerIds) out = out.where('center_id', 'in', f.centerIds.length ? [...f.centerIds] : ['']);
  if (f.departmentId) out = out.where('department_id', '=', f.departmentId);
  if (f.windowId) out = out.where('window_id', '=', f.windowId);
  if (f.itemId) out = out.where('item_id', '=', f.itemId);
  if (f.staffId) out = out.where('staff_id', '=', f.staffId);
  return out;
}

const sums = (columns: readonly string[]) => columns.map((c) => sql<string | number>`coalesce(sum(${sql.ref(c)}), 0)`.as(c));

function measuresOfRow(row: Record<string, unknown>): Measures {
  const m = zeroMeasures();
  MEASURES.forEach((k, i) => (m[k] = Number(row[COLUMNS[i]!] ?? 0)));
  return m;
}

/** A delta with its key string, computed once (for sorting and merging). */
interface KeyedDelta {
  k: string;
  delta: RollupDelta;
}

const byKey = (a: KeyedDelta, b: KeyedDelta) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0);

const grainFor = (f: CaseFilter, groupBy?: GroupBy): Grain => (f.itemId || f.staffId || groupBy === 'item_id' || groupBy === 'staff_id' ? FINE : WINDOW);

/** The deltas at the window grain (item and staff dropped, equal keys summed), in key order. */
function windowGrain(deltas: readonly KeyedDelta[]): KeyedDelta[] {
  const merged = new Map<string, KeyedDelta>();
  for (const { delta } of deltas) {
    const key = { ...delta.key, itemId: '', staffId: '' };
    const k = keyString(key);
    const prev = merged.get(k);
    merged.set(k, { k, delta: { key, measures: prev ? addMeasures(prev.delta.measures, delta.measures) : delta.measures } });
  }
  return [...merged.values()].sort(byKey);
}

type TotalsRow = Pick<StatsDailyTable, (typeof DIMENSION_COLUMNS)[number] | 'open_delta' | 'overdue_delta'>;

/** The in-flight totals of some deltas: their open and overdue deltas summed by dimensions (day dropped), where not zero, in the order of their first delta. */
function totalsOf(deltas: readonly KeyedDelta[]): TotalsRow[] {
  const totals = new Map<string, TotalsRow>();
  for (const { delta } of deltas) {
    const { openDelta, overdueDelta } = delta.measures;
    if (openDelta === 0 && overdueDelta === 0) continue;
    const { centerId, departmentId, windowId, itemId, staffId } = delta.key;
    const k = `${centerId}|${departmentId}|${windowId}|${itemId}|${staffId}`;
    const t = totals.get(k);
    if (t) {
      t.open_delta += openDelta;
      t.overdue_delta += overdueDelta;
    } else {
      totals.set(k, { center_id: centerId, department_id: departmentId, window_id: windowId, item_id: itemId, staff_id: staffId, open_delta: openDelta, overdue_delta: overdueDelta });
    }
  }
  return [...totals.values()];
}

/** The parameters of an upsert of totals rows, in their column order. */
function totalsParameters(rows: readonly TotalsRow[]): unknown[] {
  const parameters: unknown[] = [];
  for (const r of rows) parameters.push(r.center_id, r.department_id, r.window_id, r.item_id, r.staff_id, r.open_delta, r.overdue_delta);
  return parameters;
}

async function upsert(db: Executor, grain: Grain, deltas: readonly KeyedDelta[]): Promise<void> {
  for (let i = 0; i < deltas.length; i += ROWS_PER_STATEMENT) {
    const chunk = deltas.slice(i, i + ROWS_PER_STATEMENT);
    await db.executeQuery(
      reusedValuesStatement(db, `upsert:${grain.daily}`, chunk.length, dailyParameters(chunk.map(({ delta }) => delta)), () =>
        db
          .insertInto(grain.daily)
          .values(chunk.map(({ delta }) => toRow(delta)))
          .onConflict((oc) => adding(oc, grain.daily, ['day', ...DIMENSION_COLUMNS], COLUMNS)),
        { writeBehind: true },
      ),
    );
    const totalRows = totalsOf(chunk);
    if (totalRows.length === 0) continue;
    await db.executeQuery(
      reusedValuesStatement(db, `upsert:${grain.totals}`, totalRows.length, totalsParameters(totalRows), () =>
        db
          .insertInto(grain.totals)
          .values(totalRows as never)
          .onConflict((oc) => adding(oc, grain.totals, DIMENSION_COLUMNS, ['open_delta', 'overdue_delta'])),
        { writeBehind: true },
      ),
    );
  }
}

/** Storage of the rollups; also the read-only scan of cases and ratings that rebuilds them. */
export const statsStore = {
  /** Adds deltas to the daily rollups and the in-flight totals, at both grains (upserts, safe under concurrency). */
  async addDeltas(db: Executor, deltas: readonly RollupDelta[]): Promise<void> {
    // In key order, so that concurrent transactions lock the rows they share in the same order (no deadlock).
    const sorted = deltas.filter((d) => MEASURES.some((m) => d.measures[m] !== 0)).map((delta) => ({ k: keyString(delta.key), delta })).sort(byKey);
    await upsert(db, FINE, sorted);
    await upsert(db, WINDOW, windowGrain(sorted));
  },

  /**
   * PostgreSQL: locks the rollups and their journal against every other writer until the rebuild
   * commits. Case transactions that appended to the journal before are waited for; later ones wait
   * at their append, and their journal rows are drained into the rebuilt rows afterwards (a rebuild
   * reads the case as it was before them). Drains are held off before this (statsJournalStore.lockDrains).
   */
  async lockForRebuild(trx: Executor): Promise<void> {
    if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
    const tables = [JOURNAL, FINE.daily, FINE.totals, WINDOW.daily, WINDOW.totals];
    await sql`lock table ${sql.join(tables.map((t) => sql.table(t)))} in share row exclusive mode`.execute(trx);
  },

  /** Deletes the rollups of some centers (all when omitted), before a rebuild. */
  async clear(db: Executor, centerIds?: readonly string[]): Promise<void> {
    if (centerIds?.length === 0) return;
    for (const table of [FINE.daily, FINE.totals, WINDOW.daily, WINDOW.totals]) {
      await (centerIds ? db.deleteFrom(table).where('center_id', 'in', [...centerIds]) : db.deleteFrom(table)).execute();
    }
  },

  /** Σ measures over the period, per group (one entry '' when not grouped). */
  async sumByGroup(db: Executor, p: Period, f: CaseFilter, groupBy?: GroupBy): Promise<Map<string, Measures>> {
    let q: AnyQuery = db.selectFrom(grainFor(f, groupBy).daily).where('day', '>=', p.from).where('day', '<=', p.to);
    q = filtered(q, f).select(sums(COLUMNS));
    if (groupBy) q = q.select(sql.ref(groupBy).as('g')).groupBy(groupBy);
    const rows: Record<string, unknown>[] = await q.execute();
    return new Map(rows.map((r) => [groupBy ? String(r.g) : '', measuresOfRow(r)]));
  },

  /**
   * Open and open-past-deadline counts at the end E of a period, per group: Σ of the in-flight
   * deltas over days ≤ E, read as total − Σ over days after E when E is recent (few rows after
   * it), else as the Σ up to E.
   */
  async atEndByGroup(db: Executor, end: string, f: CaseFilter, groupBy?: GroupBy): Promise<Map<string, AtEnd>> {
    const grain = grainFor(f, groupBy);
    const bounds = await db.selectFrom(grain.daily).select([sql<string | null>`min(day)`.as('first'), sql<string | null>`max(day)`.as('last')]).executeTakeFirst();
    const out = new Map<string, AtEnd>();
    if (!bounds?.first || !bounds.last) return out;
    const span = (a: string, b: string) => Date.parse(b) - Date.parse(a);
    const fromEnd = span(end, bounds.last) < span(bounds.first, end);
    const group = (q: AnyQuery) => (groupBy ? q.select(sql.ref(groupBy).as('g')).groupBy(groupBy) : q);
    let days: AnyQuery = db.selectFrom(grain.daily).where('day', fromEnd ? '>' : '<=', end);
    days = group(filtered(days, f).select(sums(['open_delta', 'overdue_delta'])));
    const dayRows: Record<string, unknown>[] = await days.execute();
    const add = (rows: Record<string, unknown>[], sign: number) => {
      for (const r of rows) {
        const k = groupBy ? String(r.g) : '';
        const a = out.get(k) ?? { open: 0, overdueOpen: 0 };
        a.open += sign * Number(r.open_delta);
        a.overdueOpen += sign * Number(r.overdue_delta);
        out.set(k, a);
      }
    };
    if (fromEnd) {
      const totals: Record<string, unknown>[] = await group(filtered(db.selectFrom(grain.totals), f).select(sums(['open_delta', 'overdue_delta']))).execute();
      add(totals, 1);
      add(dayRows, -1);
    } else {
      add(dayRows, 1);
    }
    return out;
  },

  /** One page of cases (with their rating) in id order, for rebuilds and the raw computation. */
  async casePage(db: Executor, options: { centerIds?: readonly string[]; afterId: string | null; limit: number; touching?: Period }): Promise<CaseFacts[]> {
    let q = db
      .selectFrom('cases as c')
      .leftJoin('case_ratings as r', 'r.case_id', 'c.id')
      .select([...CASE_COLUMNS, 'r.level as ratingLevel'])
      .orderBy('c.id')
      .limit(options.limit);
    if (options.afterId) q = q.where('c.id', '>', options.afterId);
    if (options.centerIds) q = q.where('c.center_id', 'in', options.centerIds.length ? [...options.centerIds] : ['']);
    if (options.touching) {
      const { from, to } = options.touching;
      // Cases that can count in [from, to]: received, accepted, completed or changed in it, or open at its end.
      q = q.where((eb) =>
        eb.or([
          eb.and([eb('c.received_on', '>=', from), eb('c.received_on', '<=', to)]),
          eb.and([eb('c.updated_at', '>=', addCalendarDays(from, -1)), eb('c.received_on', '<=', to)]),
          eb.and([eb('c.accepted_on', '<=', to), eb.or([eb('c.completed_on', 'is', null), eb('c.completed_on', '>=', from)])]),
        ]) as Expression<SqlBool>,
      );
    }
    const rows = await q.execute();
    return rows.map((r) => ({ ...r, ratingLevel: r.ratingLevel === null || r.ratingLevel === undefined ? null : Number(r.ratingLevel) }) as CaseFacts);
  },

  /** The most recent acceptances or completions (the public screen), newest first. */
  async recentCases(db: Executor, by: 'accepted_on' | 'completed_on', limit: number) {
    return db
      .selectFrom('cases')
      .select(['case_no', 'item_name', 'applicant_name', 'applicant_json', 'department_id', 'state', 'accepted_on', 'completed_on', 'decision'])
      .where(by, 'is not', null)
      .orderBy(by, 'desc')
      .orderBy(by === 'accepted_on' ? 'accepted_at' : 'completed_at', 'desc')
      .limit(limit)
      .execute();
  },

  /** The current rating level of a case, or null. */
  async ratingLevel(db: Executor, caseId: string): Promise<number | null> {
    const r = await db.selectFrom('case_ratings').select('level').where('case_id', '=', caseId).executeTakeFirst();
    return r ? Number(r.level) : null;
  },
};
