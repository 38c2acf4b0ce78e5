import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../kernel/calendar/dates.js';
import { chinaCalendar } from '../../../kernel/calendar/index.js';
import type { CaseFacts } from './case-facts.js';
import { contribution, contributionDelta, type RollupDelta } from './contribution.js';
import { figuresOf } from './figures.js';
import { addMeasures, keyString, zeroMeasures, type Measures } from './measures.js';
import { matchesFilter, rawMeasures, type CaseFilter } from './raw-figures.js';

const calendar = chinaCalendar();
const BASE = '2026-03-01';
const day = (n: number) => addCalendarDays(BASE, n);
const at = (n: number) => `${day(n)}T03:00:00.000Z`;

/** One random case history: the snapshots the case row goes through, in order. */
const historyArb = fc
  .record({
    id: fc.uuid(),
    center: fc.constantFrom('c1', 'c2'),
    department: fc.constantFrom('d1', 'd2'),
    window: fc.constantFrom('w1', 'w2', null),
    staff: fc.constantFrom('s1', null),
    promised: fc.boolean(),
    legal: fc.integer({ min: 1, max: 20 }),
    received: fc.integer({ min: 0, max: 50 }),
    intake: fc.constantFrom('accept', 'deemed', 'refuse', 'withdraw', 'none'),
    acceptAfter: fc.integer({ min: 0, max: 4 }),
    promise: fc.integer({ min: 0, max: 10 }),
    suspended: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 })),
    extension: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 })),
    end: fc.constantFrom('complete', 'withdraw', 'terminate', 'open'),
    /** The closing day relative to the final deadline (late when positive). */
    closeVsDeadline: fc.integer({ min: -6, max: 6 }),
    rating: fc.option(fc.integer({ min: 1, max: 5 })),
  })
  .map((r): CaseFacts[] => {
    const received = day(r.received);
    const s0: CaseFacts = {
      id: r.id, center_id: r.center, department_id: r.department, item_id: 'i1', window_id: r.window, created_by: r.staff,
      case_type: r.promised ? 'promised' : 'onTheSpot', legal_days: r.legal, promised_days: r.promised ? r.promise : 0, state: 'received',
      received_on: received, accepted_on: null, completed_on: null, deadline: null, suspended_days: 0, updated_at: at(r.received), ratingLevel: null,
    };
    const steps = [s0];
    const next = (patch: Partial<CaseFacts>) => steps.push({ ...steps[steps.length - 1]!, ...patch });
    if (r.intake === 'refuse') next({ state: 'refused', updated_at: at(r.received + r.acceptAfter) });
    if (r.intake === 'withdraw') next({ state: 'withdrawn', updated_at: at(r.received + r.acceptAfter) });
    if (r.intake !== 'accept' && r.intake !== 'deemed') return steps;
    const acceptedDay = r.intake === 'deemed' ? r.received : r.received + r.acceptAfter;
    const deadline = day(acceptedDay + (r.promised ? r.promise : 0));
    next({ state: 'accepted', accepted_on: day(acceptedDay), deadline, updated_at: at(acceptedDay + (r.intake === 'deemed' ? 7 : 0)) });
    if (r.suspended > 0) next({ state: 'suspended', suspended_days: r.suspended, deadline: addCalendarDays(deadline, r.suspended) });
    if (r.extension > 0) next({ state: 'accepted', deadline: addCalendarDays(steps[steps.length - 1]!.deadline!, r.extension) });
    const deadlineDay = r.promised ? r.promise : 0;
    const endDay = Math.max(acceptedDay, acceptedDay + deadlineDay + r.suspended + r.extension + r.closeVsDeadline);
    if (r.end === 'complete') {
      next({ state: 'decided', updated_at: at(endDay) });
      next({ state: 'completed', completed_on: day(endDay), updated_at: at(endDay) });
      if (r.rating !== null) next({ ratingLevel: r.rating });
      next({ state: 'delivered', updated_at: at(endDay + 1) });
    } else if (r.end !== 'open') {
      next({ state: r.end === 'withdraw' ? 'withdrawn' : 'terminated', updated_at: at(endDay) });
    }
    return steps;
  });

/** An in-memory rollup store: the same reads the SQL store does. */
class MemoryRollups {
  readonly rows = new Map<string, RollupDelta>();
  add(deltas: RollupDelta[]) {
    for (const d of deltas) {
      const k = keyString(d.key);
      this.rows.set(k, { key: d.key, measures: addMeasures(this.rows.get(k)?.measures ?? zeroMeasures(), d.measures) });
    }
  }
  private matching(f: CaseFilter, test: (day: string) => boolean) {
    let m: Measures = zeroMeasures();
    for (const { key, measures } of this.rows.values()) {
      const facts = { center_id: key.centerId, department_id: key.departmentId, window_id: key.windowId || null, item_id: key.itemId, created_by: key.staffId || null } as CaseFacts;
      if (test(key.day) && matchesFilter(facts, f)) m = addMeasures(m, measures);
    }
    return m;
  }
  figures(from: string, to: string, f: CaseFilter) {
    const upTo = this.matching(f, (d) => d <= to);
    const total = this.matching(f, () => true);
    const after = this.matching(f, (d) => d > to);
    // Both ways of reading the in-flight counts agree.
    expect(total.openDelta - after.openDelta).toBe(upTo.openDelta);
    return figuresOf(this.matching(f, (d) => from <= d && d <= to), { open: upTo.openDelta, overdueOpen: upTo.overdueDelta });
  }
}

const filterArb = fc.record({
  centerIds: fc.option(fc.subarray(['c1', 'c2']), { nil: undefined }),
  departmentId: fc.option(fc.constantFrom('d1', 'd2'), { nil: undefined }),
  windowId: fc.option(fc.constantFrom('w1', 'w2'), { nil: undefined }),
  staffId: fc.option(fc.constant('s1'), { nil: undefined }),
});
const clean = (f: CaseFilter): CaseFilter => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));

describe('rollups maintained by contribution deltas', () => {
  it('equal the figures computed from the cases, for any histories (live or imported), periods and filters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ history: historyArb, imported: fc.boolean() }), { maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 90 }), fc.integer({ min: 0, max: 40 })), { minLength: 1, maxLength: 8 }),
        filterArb,
        (cases, periods, rawFilter) => {
          const store = new MemoryRollups();
          for (const { history, imported } of cases) {
            if (imported) store.add(contribution(history[history.length - 1]!, calendar));
            else history.forEach((s, i) => store.add(contributionDelta(i === 0 ? null : history[i - 1]!, s, calendar)));
          }
          const filter = clean(rawFilter);
          const finals = cases.map((c) => c.history[c.history.length - 1]!);
          // Random periods, and periods ending on the days where things change: deadlines and closings.
          const edges = finals.flatMap((c) => [c.deadline, c.completed_on, c.deadline && addCalendarDays(c.deadline, 1)]).filter((d): d is string => d !== null);
          const ranges = [...periods.map(([start, length]) => ({ from: day(start), to: day(start + length) })), ...edges.slice(0, 20).map((to, i) => ({ from: day(i), to }))];
          for (const { from, to } of ranges) {
            if (from > to) continue;
            const raw = rawMeasures(finals, { from, to }, filter, () => calendar);
            expect(store.figures(from, to, filter)).toEqual(figuresOf(raw.measures, raw.atEnd));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a rating adds evaluation measures on the completion day and nothing else', () => {
    const base: CaseFacts = {
      id: 'x', center_id: 'c1', department_id: 'd1', item_id: 'i1', window_id: 'w1', created_by: null, case_type: 'promised', legal_days: 20, promised_days: 5,
      state: 'completed', received_on: '2026-03-02', accepted_on: '2026-03-02', completed_on: '2026-03-05', deadline: '2026-03-09', suspended_days: 0, updated_at: '2026-03-05T02:00:00.000Z', ratingLevel: null,
    };
    const delta = contributionDelta(base, { ...base, ratingLevel: 2 }, calendar);
    expect(delta).toHaveLength(1);
    expect(delta[0]!.key.day).toBe('2026-03-05');
    expect(delta[0]!.measures).toEqual({ ...zeroMeasures(), evaluated: 1 });
  });

  it('counts a late completion as overdue from the day after the deadline until it closes', () => {
    const late: CaseFacts = {
      id: 'y', center_id: 'c1', department_id: 'd1', item_id: 'i1', window_id: null, created_by: null, case_type: 'promised', legal_days: 20, promised_days: 2,
      state: 'completed', received_on: '2026-03-02', accepted_on: '2026-03-02', completed_on: '2026-03-10', deadline: '2026-03-04', suspended_days: 0, updated_at: '2026-03-10T02:00:00.000Z', ratingLevel: null,
    };
    const byDay = new Map(contribution(late, calendar).map((d) => [d.key.day, d.measures]));
    expect(byDay.get('2026-03-05')!.overdueDelta).toBe(1);
    expect(byDay.get('2026-03-10')!).toMatchObject({ overdueDelta: -1, openDelta: -1, completed: 1, late: 1, onTime: 0, promisedEarly: 0, completeDays: 6 });
  });
});
