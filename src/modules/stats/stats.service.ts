import type { Db } from '../../db/database.js';
import { chinaDateOf } from '../../kernel/calendar/index.js';
import type { RequestContext } from '../../kernel/context.js';
import { centerScope } from '../org/org.domain.js';
import { change, figuresOf, windowShare, type AtEnd } from './domain/figures.js';
import { addMeasures, zeroMeasures, type Measures } from './domain/measures.js';
import { monthRange, openCountDay, previousPeriod, samePeriodLastYear, splitPeriod, type Period } from './domain/periods.js';
import type { CaseFilter } from './domain/raw-figures.js';
import type { StatsDirectory } from './stats.ports.js';
import { checkPeriod, resolveScope, type Directory } from './stats.scope.js';
import type { CompareResponse, Figures, LiveResponse, RankingQuery, RankingRow, RollupQuery, RollupResponse, SeriesQuery, SeriesResponse, Summary, SummaryQuery } from './stats.schema.js';
import type { StatsRollups } from './stats-rollups.service.js';
import { statsStore, type GroupBy } from './stats.store.js';

const NO_END: AtEnd = { open: 0, overdueOpen: 0 };
const todayOf = (ctx: RequestContext) => chinaDateOf(ctx.clock.now().toISOString());
const RANK_COLUMN: Record<RankingQuery['by'], GroupBy> = { window: 'window_id', department: 'department_id', center: 'center_id', item: 'item_id', staff: 'staff_id' };

/** Figures for any period and scope, from the rollups (see domain/figures.ts and docs/figures.md). */
export class StatsService {
  constructor(
    private readonly db: Db,
    private readonly directory: StatsDirectory,
    /**
     * Adds the rollups' journal to them: every answer counts each case transaction committed before
     * it was asked. Called once a request is found valid and allowed: a refused one writes nothing.
     */
    private readonly journal: Pick<StatsRollups, 'drain'>,
  ) {}

  /** The figures of one period and filter, from two small queries; open and overdue as of its end (today at the latest). */
  async figures(p: Period, f: CaseFilter, today: string): Promise<Figures> {
    const [sums, ends] = await Promise.all([statsStore.sumByGroup(this.db, p, f), statsStore.atEndByGroup(this.db, openCountDay(p, today), f)]);
    return figuresOf(sums.get('') ?? zeroMeasures(), ends.get('') ?? NO_END);
  }

  async summary(ctx: RequestContext, q: SummaryQuery): Promise<Summary> {
    const p = checkPeriod(q.from, q.to);
    const { filter, dir } = await resolveScope(ctx, this.directory, q);
    await this.journal.drain();
    const [figures, byWindow] = await Promise.all([this.figures(p, filter, todayOf(ctx)), statsStore.sumByGroup(this.db, p, filter, 'window_id')]);
    const names = new Map(dir.windows.map((w) => [w.id, `${w.number} ${w.name}`]));
    const windows = [...byWindow]
      .filter(([id, m]) => id !== '' && m.completed > 0)
      .map(([id, m]) => ({ window: id, name: names.get(id) ?? id, completed: m.completed, share: windowShare(m.completed, figures.completed) }))
      .sort((a, b) => b.completed - a.completed || a.window.localeCompare(b.window));
    return { ...figures, windows };
  }

  /** One point per day, month, quarter or year: one grouped query, open counts carried forward. */
  async series(ctx: RequestContext, q: SeriesQuery): Promise<SeriesResponse> {
    const p = checkPeriod(q.from, q.to);
    const { filter } = await resolveScope(ctx, this.directory, q);
    await this.journal.drain();
    const parts = splitPeriod(p, q.granularity);
    const today = todayOf(ctx);
    const [byDay, startEnds] = await Promise.all([statsStore.sumByGroup(this.db, p, filter, 'day'), statsStore.atEndByGroup(this.db, openCountDay(parts[0]!, today), filter)]);
    const days = [...byDay].sort(([a], [b]) => a.localeCompare(b));
    const end = { ...(startEnds.get('') ?? NO_END) };
    return {
      points: parts.map((part, i) => {
        let m = zeroMeasures();
        for (const [day, dm] of days) {
          if (day < part.from || day > part.to) continue;
          m = addMeasures(m, dm);
          if (i > 0 && day <= today) {
            end.open += dm.openDelta;
            end.overdueOpen += dm.overdueDelta;
          }
        }
        return { ...part, ...figuresOf(m, end) };
      }),
    };
  }

  /** 同比 and 环比. */
  async compare(ctx: RequestContext, q: SummaryQuery): Promise<CompareResponse> {
    const p = checkPeriod(q.from, q.to);
    const { filter } = await resolveScope(ctx, this.directory, q);
    await this.journal.drain();
    const periods = [p, samePeriodLastYear(p), previousPeriod(p)];
    const [current, yoy, mom] = await Promise.all(periods.map((x) => this.figures(x, filter, todayOf(ctx))));
    const changes = (base: Figures) => Object.fromEntries(Object.entries(current!).map(([k, v]) => [k, change(v, base[k as keyof Figures])])) as Record<keyof Figures, number | null>;
    return {
      current: { ...p, figures: current! },
      yearOnYear: { ...periods[1]!, figures: yoy!, change: changes(yoy!) },
      monthOnMonth: { ...periods[2]!, figures: mom!, change: changes(mom!) },
    };
  }

  /** Windows, departments, centers, items or staff (收件人) ranked; ties share a rank. */
  async ranking(ctx: RequestContext, q: RankingQuery) {
    const p = checkPeriod(q.from, q.to);
    const { filter, dir } = await resolveScope(ctx, this.directory, { center: q.center });
    await this.journal.drain();
    const column = RANK_COLUMN[q.by];
    const [sums, ends] = await Promise.all([statsStore.sumByGroup(this.db, p, filter, column), statsStore.atEndByGroup(this.db, openCountDay(p, todayOf(ctx)), filter, column)]);
    const ids = [...new Set([...sums.keys(), ...ends.keys()])].filter((id) => id !== '');
    const names = await this.namesOf(q.by, ids, dir);
    const order = q.order ?? 'completed';
    const rows = ids
      .map((id) => ({ id, name: names.get(id) ?? id, ...figuresOf(sums.get(id) ?? zeroMeasures(), ends.get(id) ?? NO_END) }))
      .sort((a, b) => (b[order] ?? -1) - (a[order] ?? -1) || a.id.localeCompare(b.id));
    return { rows: rows.map((r, i): RankingRow => ({ ...r, rank: i > 0 && (rows[i - 1]![order] ?? -1) === (r[order] ?? -1) ? 0 : i + 1 })).map(fillRanks) };
  }

  private async namesOf(by: RankingQuery['by'], ids: string[], dir: Directory): Promise<Map<string, string>> {
    if (by === 'item') return this.directory.itemNames(ids);
    if (by === 'staff') return this.directory.staffNames(ids);
    const list = by === 'window' ? dir.windows.map((w) => ({ id: w.id, name: `${w.number} ${w.name}` })) : by === 'center' ? dir.centers : dir.departments;
    return new Map(list.map((x) => [x.id, x.name]));
  }

  /** 乡镇、村级汇总: the center's own cases, and one row per child center with its whole subtree. */
  async rollup(ctx: RequestContext, q: RollupQuery): Promise<RollupResponse> {
    const p = checkPeriod(q.from, q.to);
    const { filter, dir, centerId } = await resolveScope(ctx, this.directory, { center: q.center });
    await this.journal.drain();
    const [sums, ends] = await Promise.all([statsStore.sumByGroup(this.db, p, filter, 'center_id'), statsStore.atEndByGroup(this.db, openCountDay(p, todayOf(ctx)), filter, 'center_id')]);
    const figuresOfCenters = (ids: readonly string[]) => {
      let m: Measures = zeroMeasures();
      const end = { open: 0, overdueOpen: 0 };
      for (const id of ids) {
        m = addMeasures(m, sums.get(id) ?? zeroMeasures());
        end.open += ends.get(id)?.open ?? 0;
        end.overdueOpen += ends.get(id)?.overdueOpen ?? 0;
      }
      return figuresOf(m, end);
    };
    const self = dir.centers.find((c) => c.id === centerId)!;
    const children = dir.centers.filter((c) => c.parentId === centerId);
    const rows = [
      { center: self.id, name: ctx.locale === 'en-US' ? `${self.name} (own level)` : `${self.name}（本级）`, level: self.level, ...figuresOfCenters([self.id]) },
      ...children.map((c) => ({ center: c.id, name: c.name, level: c.level, ...figuresOfCenters(centerScope(dir.centers, c.id)) })),
    ];
    return { center: self.id, name: self.name, total: figuresOfCenters(filter.centerIds), rows };
  }

  /** The big screen (大屏), one call: today, open and overdue now, satisfaction, busiest windows, townships. */
  async live(ctx: RequestContext, q: { center?: string | undefined }): Promise<LiveResponse> {
    const today = chinaDateOf(ctx.clock.now().toISOString());
    const day = { from: today, to: today };
    const { filter, dir, centerId } = await resolveScope(ctx, this.directory, q);
    await this.journal.drain();
    const month = monthRange(Number(today.slice(0, 4)), Number(today.slice(5, 7)));
    const [now, monthFigures, byWindow, byCenter] = await Promise.all([
      this.figures(day, filter, today),
      this.figures({ from: month.from, to: today }, filter, today),
      statsStore.sumByGroup(this.db, day, filter, 'window_id'),
      statsStore.sumByGroup(this.db, day, filter, 'center_id'),
    ]);
    const windowNames = new Map(dir.windows.map((w) => [w.id, `${w.number} ${w.name}`]));
    const busiest = [...byWindow]
      .filter(([id]) => id !== '')
      .map(([id, m]) => ({ window: id, name: windowNames.get(id) ?? id, accepted: m.accepted, completed: m.completed }))
      .sort((a, b) => b.accepted + b.completed - (a.accepted + a.completed) || a.window.localeCompare(b.window))
      .slice(0, 10);
    const townships = dir.centers
      .filter((c) => c.parentId === centerId)
      .map((c) => {
        const m = centerScope(dir.centers, c.id).reduce((acc, id) => addMeasures(acc, byCenter.get(id) ?? zeroMeasures()), zeroMeasures());
        return { center: c.id, name: c.name, received: m.received, accepted: m.accepted, completed: m.completed };
      });
    return {
      date: today,
      center: centerId,
      today: { received: now.received, accepted: now.accepted, completed: now.completed },
      open: now.open,
      overdue: now.overdue,
      satisfactionToday: now.satisfactionRate,
      satisfactionMonth: monthFigures.satisfactionRate,
      busiestWindows: busiest,
      townships,
    };
  }
}

/** Competition ranking: a row tied with the one before takes its rank (1, 2, 2, 4). */
function fillRanks(row: RankingRow, i: number, rows: RankingRow[]): RankingRow {
  if (row.rank !== 0) return row;
  let j = i;
  while (j > 0 && rows[j]!.rank === 0) j--;
  return { ...row, rank: rows[j]!.rank };
}
