import type { Db, Executor, Trx } from '../../db/database.js';
import type { WorkCalendar } from '../../kernel/calendar/index.js';
import { systemActor, type RequestContext } from '../../kernel/context.js';
import { systemClock } from '../../kernel/time/clock.js';
import type { UnitOfWork } from '../../kernel/unit-of-work.js';
import type { CaseChange, CaseRollups } from '../cases/cases.ports.js';
import type { CaseRow } from '../cases/cases.store.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import type { CaseFacts } from './domain/case-facts.js';
import { contribution, contributionDelta, type RollupDelta } from './domain/contribution.js';
import { MEASURES, keyString } from './domain/measures.js';
import { openCountDay, type Period } from './domain/periods.js';
import { chinaDateOf } from '../../kernel/calendar/index.js';
import { rawMeasures, type CaseFilter } from './domain/raw-figures.js';
import { statsJournalStore } from './stats-journal.store.js';
import { statsStore } from './stats.store.js';

const PAGE = 5000;
const FLUSH = 50_000;
/** How long after a case transaction committed the journal is drained (the transactions of that time are then added together). */
export const DRAIN_DELAY_MS = 200;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const factsOf = (row: CaseRow, ratingLevel: number | null): CaseFacts => ({
  id: row.id,
  center_id: row.center_id,
  department_id: row.department_id,
  item_id: row.item_id,
  window_id: row.window_id,
  created_by: row.created_by,
  case_type: row.case_type,
  legal_days: row.legal_days,
  promised_days: row.promised_days,
  state: row.state,
  received_on: row.received_on,
  accepted_on: row.accepted_on,
  completed_on: row.completed_on,
  deadline: row.deadline,
  suspended_days: row.suspended_days,
  updated_at: row.updated_at,
  ratingLevel,
});

/** Adds deltas into a map by key (fewer, larger upserts). */
function mergeInto(byKey: Map<string, RollupDelta>, deltas: Iterable<RollupDelta>): void {
  for (const d of deltas) {
    const k = keyString(d.key);
    const prev = byKey.get(k);
    if (!prev) byKey.set(k, d);
    else for (const m of MEASURES) prev.measures[m] += d.measures[m];
  }
}

/**
 * Keeps the rollups equal to Σ contribution(case): incrementally, as every case transaction
 * appends what it changes to the rollups' journal (the cases module calls `caseChanged`) and a
 * drain adds the journal to the rollups soon after (`drain`; every read of the figures drains
 * first), and by a rebuild from the cases (after a history import, or when a center's calendar
 * changed, which changes working-day counts).
 */
export class StatsRollups implements CaseRollups {
  /** The deltas of open transactions, written at their end: an import's to the rollups, a case transaction's to the journal. */
  private readonly pending = new WeakMap<Trx, Map<string, RollupDelta>>();
  private readonly journaled = new WeakMap<Trx, Map<string, RollupDelta>>();

  /** Drains run one after another in this process: the one running (or done), and the one waiting to start. */
  private drainRunning: Promise<unknown> = Promise.resolve();
  private drainWaiting: Promise<number> | null = null;
  /** Set while drains follow commits in the background (drainAfterCommits): where their failures go. */
  private drainLog: ((message: string) => void) | null = null;
  private drainTimer: NodeJS.Timeout | null = null;

  /** Centers whose rollups are to be rebuilt after a calendar change ('all': every center), and the rebuild running now. */
  private queued: Set<string> | 'all' | null = null;
  private rebuilding: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
    private readonly calendar: CalendarService,
    private readonly log: (message: string) => void = (message) => console.error(message),
  ) {
    // Working-day counts (mean days, on time, speed-up) depend on the calendar: a change to it
    // committed here rebuilds the rollups of the centers it concerns, in the background.
    uow.onCommitted((entries) => {
      for (const e of entries) {
        if (e.entityType === 'calendar_notice') this.queueRebuild('all');
        else if (e.entityType === 'calendar_closure' && e.centerId) this.queueRebuild(e.centerId);
      }
    });
  }

  private queueRebuild(center: string | 'all'): void {
    if (center === 'all' || this.queued === 'all') this.queued = 'all';
    else {
      this.queued ??= new Set();
      this.queued.add(center);
    }
    this.rebuilding ??= this.rebuildQueued();
  }

  private async rebuildQueued(): Promise<void> {
    // A change during a rebuild is rebuilt after it: the rebuild may have read the calendar before the change.
    await Promise.resolve();
    while (this.queued) {
      const queued = this.queued;
      this.queued = null;
      try {
        await this.rebuild(queued === 'all' ? {} : { centerIds: [...queued] });
      } catch (error) {
        this.log(`statistics rebuild after a calendar change failed (run \`onewindow stats rebuild\`): ${messageOf(error)}`);
      }
    }
    this.rebuilding = null;
  }

  /**
   * Resolves when no rebuild after a calendar change and no drain is pending or running (tests,
   * shutdown); a drain that was waiting for its delay runs now.
   */
  async settled(): Promise<void> {
    while (this.rebuilding) await this.rebuilding;
    if (this.drainTimer) {
      clearTimeout(this.drainTimer);
      this.drainTimer = null;
      await this.drain().catch((error: unknown) => (this.drainLog ?? this.log)(`statistics journal drain failed: ${messageOf(error)}`));
    }
    await this.drainRunning;
  }

  /**
   * Adds the journal to the rollups: every journal row committed before this call, in one
   * transaction (its number of rows). Drains of this process run one after another, and a call
   * while one waits to start joins it; on PostgreSQL, drains of all instances take turns.
   */
  drain(): Promise<number> {
    if (this.drainWaiting) return this.drainWaiting;
    const next = this.drainRunning.then(async () => {
      this.drainWaiting = null;
      if (!(await statsJournalStore.hasEntries(this.db))) return 0;
      return this.db.transaction().execute(async (trx) => {
        await statsJournalStore.lockDrains(trx);
        return statsJournalStore.drain(trx);
      });
    });
    this.drainWaiting = next;
    this.drainRunning = next.catch(() => undefined);
    return next;
  }

  /**
   * From now on, drains the journal DRAIN_DELAY_MS after a case transaction of this process
   * committed (one drain for all that commit meanwhile), until the returned function is called.
   * Without it (tests, commands), the journal is drained by reads of the figures and `settled`.
   */
  drainAfterCommits(log: (message: string) => void): () => void {
    this.drainLog = log;
    return () => {
      this.drainLog = null;
      if (this.drainTimer) clearTimeout(this.drainTimer);
      this.drainTimer = null;
    };
  }

  /** Whether a drain waits for its delay after a commit (drainAfterCommits). */
  get drainScheduled(): boolean {
    return this.drainTimer !== null;
  }

  private drainSoon(): void {
    if (!this.drainLog || this.drainTimer) return;
    this.drainTimer = setTimeout(() => {
      this.drainTimer = null;
      this.drain().catch((error: unknown) => (this.drainLog ?? this.log)(`statistics journal drain failed (the next one retries): ${messageOf(error)}`));
    }, DRAIN_DELAY_MS);
    this.drainTimer.unref();
  }

  private calendarOf(ctx: RequestContext, centerId: string, db: Executor = this.db): Promise<WorkCalendar> {
    return this.calendar.calendarFor(centerId, ctx.clock.now(), db);
  }

  async caseChanged(ctx: RequestContext, trx: Trx, before: CaseChange | null, after: CaseChange): Promise<void> {
    // A rating is given only once a case is completed, and counts only on a completed case
    // (contribution): a stored one can exist only if the case was completed before this change.
    const mayBeRated = Boolean(before?.row.completed_on);
    const stored = mayBeRated && (before?.ratingLevel === undefined || after.ratingLevel === undefined) ? await statsStore.ratingLevel(trx, after.row.id) : null;
    const level = (c: CaseChange) => (c.ratingLevel === undefined ? stored : c.ratingLevel);
    const calendar = await this.calendarOf(ctx, after.row.center_id, trx);
    const deltas = contributionDelta(before ? factsOf(before.row, level(before)) : null, factsOf(after.row, level(after)), calendar);
    await this.journal(trx, deltas);
  }

  /**
   * Appends deltas to the journal in this transaction: summed in memory and written at its end,
   * then drained soon after its commit; or at once in a transaction of another unit of work.
   */
  private async journal(trx: Trx, deltas: readonly RollupDelta[]): Promise<void> {
    let pending = this.journaled.get(trx);
    if (!pending) {
      const collected = new Map<string, RollupDelta>();
      if (!this.uow.atEnd(trx, () => statsJournalStore.append(trx, [...collected.values()]))) return statsJournalStore.append(trx, deltas);
      this.uow.afterCommit(trx, () => this.drainSoon());
      this.journaled.set(trx, (pending = collected));
    }
    mergeInto(pending, deltas);
  }

  /**
   * Adds deltas to the rollups in this transaction: summed in memory and written at its end (the
   * rollup rows are the ones every case transaction updates; PostgreSQL locks them until COMMIT),
   * or at once in a transaction of another unit of work.
   */
  private async add(trx: Trx, deltas: readonly RollupDelta[]): Promise<void> {
    let pending = this.pending.get(trx);
    if (!pending) {
      const collected = new Map<string, RollupDelta>();
      if (!this.uow.atEnd(trx, () => statsStore.addDeltas(trx, [...collected.values()]))) return statsStore.addDeltas(trx, deltas);
      this.pending.set(trx, (pending = collected));
    }
    mergeInto(pending, deltas);
  }

  async casesAdded(ctx: RequestContext, trx: Trx, added: readonly CaseChange[]): Promise<void> {
    const calendars = new Map<string, WorkCalendar>();
    const pending = new Map<string, RollupDelta>();
    for (const { row, ratingLevel } of added) {
      let calendar = calendars.get(row.center_id);
      if (!calendar) calendars.set(row.center_id, (calendar = await this.calendarOf(ctx, row.center_id, trx)));
      mergeInto(pending, contribution(factsOf(row, ratingLevel ?? null), calendar));
    }
    await this.add(trx, [...pending.values()]);
  }

  /** Recomputes the rollups of some centers (all when omitted) from their cases, in one transaction. */
  async rebuild(options: { centerIds?: readonly string[] } = {}, ctx?: RequestContext): Promise<{ cases: number }> {
    const context: RequestContext = ctx ?? { actor: { ...systemActor, name: '系统（统计重建）' }, clock: systemClock, locale: 'zh-CN', requestId: 'stats:rebuild' };
    return this.uow.write(context, async (trx, audit) => {
      // PostgreSQL: no drain, import or case transaction may add to the rollups or the journal while they are recomputed (SQLite has one writer anyway).
      await statsJournalStore.lockDrains(trx);
      await statsStore.lockForRebuild(trx);
      await statsStore.clear(trx, options.centerIds);
      // The journal's rows of these centers are in the cases read below.
      await statsJournalStore.clear(trx, options.centerIds);
      const calendars = new Map<string, WorkCalendar>();
      let afterId: string | null = null;
      let count = 0;
      // Deltas are summed in memory and written in large batches (bounded: flushed at FLUSH keys).
      let pending = new Map<string, RollupDelta>();
      for (;;) {
        const page = await statsStore.casePage(trx, { ...(options.centerIds ? { centerIds: options.centerIds } : {}), afterId, limit: PAGE });
        if (page.length === 0) break;
        for (const c of page) {
          let cal = calendars.get(c.center_id);
          if (!cal) calendars.set(c.center_id, (cal = await this.calendarOf(context, c.center_id, trx)));
          mergeInto(pending, contribution(c, cal));
        }
        if (pending.size >= FLUSH) {
          await statsStore.addDeltas(trx, [...pending.values()]);
          pending = new Map();
        }
        count += page.length;
        afterId = page[page.length - 1]!.id;
      }
      await statsStore.addDeltas(trx, [...pending.values()]);
      await audit.record({ action: 'stats.rebuild', entityType: 'stats', entityId: 'rollups', after: { centerIds: options.centerIds ?? 'all', cases: count } });
      return { cases: count };
    });
  }

  /**
   * The figures' inputs straight from the cases (no rollups): the oracle of the property tests
   * and the "raw" side of the benchmark.
   */
  async raw(ctx: RequestContext, period: Period, filter: CaseFilter) {
    const calendars = new Map<string, WorkCalendar>();
    const cases: CaseFacts[] = [];
    let afterId: string | null = null;
    for (;;) {
      const page = await statsStore.casePage(this.db, { ...(filter.centerIds ? { centerIds: filter.centerIds } : {}), afterId, limit: PAGE, touching: period });
      if (page.length === 0) break;
      for (const c of page) if (!calendars.has(c.center_id)) calendars.set(c.center_id, await this.calendarOf(ctx, c.center_id));
      cases.push(...page);
      afterId = page[page.length - 1]!.id;
    }
    return rawMeasures(cases, period, filter, (id) => calendars.get(id)!, openCountDay(period, chinaDateOf(ctx.clock.now().toISOString())));
  }
}
