import { sql } from 'kysely';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { completeIdNumber } from '../../kernel/validators/index.js';
import { UnitOfWork } from '../../kernel/unit-of-work.js';
import type { RollupDelta } from './domain/contribution.js';
import { zeroMeasures } from './domain/measures.js';
import { DRAIN_DELAY_MS, StatsRollups } from './stats-rollups.service.js';
import { statsJournalStore } from './stats-journal.store.js';

const ID_NUMBER = completeIdNumber('33010219900101123');
let keys = 0;

describeEachDialect('stats journal', (use) => {
  let t: TestApp;
  let clerk: Session;
  let admin: Session;
  let item: { id: string; materials: string[] };
  let clerkCenter: string;

  beforeAll(async () => {
    t = await startTestApp(use(), '2026-03-03T02:00:00.000Z');
    clerk = await Session.signIn(t.app, 'clerk.market');
    clerkCenter = (clerk.me as { centerId: string }).centerId;
    admin = await Session.signIn(t.app, 'admin');
    const found = (await t.app.inject({ method: 'GET', url: `/api/public/items?q=${encodeURIComponent('食品经营许可')}` })).json().items[0];
    const detail = (await t.app.inject({ method: 'GET', url: `/api/public/items/${found.id}` })).json();
    item = { id: found.id, materials: detail.item.materials.map((m: { name: string }) => m.name) };
    await t.services.statsRollups.drain();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const journalRows = async () => Number((await sql<{ n: number | string }>`select count(*) as n from stats_journal`.execute(t.database.db)).rows[0]!.n);
  /** Σ of some rollup columns of one table, per center (only rows of the given centers). */
  const sums = async (table: string, columns: string[], centerIds: string[]) => {
    const rows = await sql<Record<string, unknown>>`select center_id, ${sql.join(columns.map((c) => sql`sum(${sql.ref(c)}) as ${sql.ref(c)}`))} from ${sql.table(table)} where center_id in (${sql.join(centerIds)}) group by center_id`.execute(t.database.db);
    return Object.fromEntries(rows.rows.map((r) => [r.center_id, Object.fromEntries(columns.map((c) => [c, Number(r[c])]))]));
  };
  const receive = async () => {
    const response = await clerk.post('/api/cases', {
      itemId: item.id,
      channel: 'window',
      applicant: { type: 'person', name: '王小五', idNumber: ID_NUMBER, phone: '13900001111' },
      materials: item.materials.map((name) => ({ name, status: 'received', originals: 1, copies: 0 })),
      idempotencyKey: `journal-${Date.now()}-${++keys}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { id: string; version: number; centerId: string };
  };
  const received = async () => Number((await admin.get('/api/stats/summary?from=2026-03-01&to=2026-03-31')).json().received);

  it('appends a transition to the journal, not to the rollups; a read of the figures drains it first', async () => {
    const countedBefore = await received();
    const rollupsBefore = await sums('stats_daily', ['received'], [clerkCenter]);
    await receive();
    expect(await journalRows()).toBeGreaterThan(0);
    // The rollups themselves have not moved yet …
    expect(await sums('stats_daily', ['received'], [clerkCenter])).toEqual(rollupsBefore);
    // A refused request of the figures (a reversed period) drains nothing …
    const journalBefore = await journalRows();
    expect((await admin.get('/api/stats/summary?from=2026-03-31&to=2026-03-01')).statusCode).toBe(400);
    expect(await journalRows()).toBe(journalBefore);
    // … but every answer counts what was committed before it was asked.
    expect(await received()).toBe(countedBefore + 1);
    expect(await journalRows()).toBe(0);
    expect(await t.services.statsRollups.drain()).toBe(0);
  });

  it('drains DRAIN_DELAY_MS after a commit of this process, once for all the commits meanwhile; a rolled-back transaction schedules nothing', async () => {
    const failures: string[] = [];
    const stop = t.services.statsRollups.drainAfterCommits((message) => failures.push(message));
    try {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const first = await receive();
      await receive();
      expect(t.services.statsRollups.drainScheduled).toBe(true);
      vi.advanceTimersByTime(DRAIN_DELAY_MS - 1);
      expect(await journalRows()).toBeGreaterThan(0);
      vi.advanceTimersByTime(1);
      expect(t.services.statsRollups.drainScheduled).toBe(false);
      await t.services.statsRollups.settled();
      expect(await journalRows()).toBe(0);

      // A stale version: refused (409), rolled back, nothing appended, no drain scheduled.
      const stale = await clerk.post(`/api/cases/${first.id}/actions`, { version: first.version + 5, action: { type: 'accept' } });
      expect(stale.statusCode).toBe(409);
      expect(t.services.statsRollups.drainScheduled).toBe(false);
      expect(await journalRows()).toBe(0);
      expect(failures).toEqual([]);
    } finally {
      stop();
    }
  });

  it('moves every journal row exactly once when drains of two instances run at once', async () => {
    const other = new StatsRollups(t.database.db, new UnitOfWork(t.database.db), t.services.calendar);
    const centers = ['journal-center-a', 'journal-center-b'];
    const delta = (i: number): RollupDelta => {
      const measures = zeroMeasures();
      measures.received = 1;
      measures.openDelta = i % 3 === 0 ? -1 : 1;
      return { key: { day: `2026-03-${String(1 + (i % 5)).padStart(2, '0')}`, centerId: centers[i % 2]!, departmentId: 'd', windowId: `w${i % 4}`, itemId: `i${i % 3}`, staffId: 's' }, measures };
    };
    const drains: Promise<number>[] = [];
    let appended = 0;
    for (let round = 0; round < 12; round++) {
      const deltas = Array.from({ length: 7 }, (_, i) => delta(round * 7 + i));
      await t.database.db.transaction().execute((trx) => statsJournalStore.append(trx, deltas));
      appended += deltas.length;
      drains.push(t.services.statsRollups.drain(), other.drain());
    }
    drains.push(t.services.statsRollups.drain(), other.drain());
    // A call while a drain waits to start joins it (the same promise): each drain counted once.
    const moved = (await Promise.all(new Set(drains))).reduce((a, b) => a + b, 0);
    expect(moved).toBe(appended);
    expect(await journalRows()).toBe(0);

    // 84 deltas, 42 per center: received 1 each; open -1 for every third (i = 0, 3, …).
    const expected = (center: number) => {
      let open = 0;
      for (let i = center; i < appended; i += 2) open += i % 3 === 0 ? -1 : 1;
      return { received: appended / 2, open_delta: open };
    };
    const want = { [centers[0]!]: expected(0), [centers[1]!]: expected(1) };
    expect(await sums('stats_daily', ['received', 'open_delta'], centers)).toEqual(want);
    expect(await sums('stats_daily_w', ['received', 'open_delta'], centers)).toEqual(want);
    const totals = Object.fromEntries(Object.entries(want).map(([c, m]) => [c, { open_delta: m.open_delta }]));
    expect(await sums('stats_totals', ['open_delta'], centers)).toEqual(totals);
    expect(await sums('stats_totals_w', ['open_delta'], centers)).toEqual(totals);

    // The window grain drops item and staff: one row per day, department and window.
    const windowRows = await sql<{ n: number | string }>`select count(*) as n from stats_daily_w where center_id in (${sql.join(centers)}) and item_id = '' and staff_id = ''`.execute(t.database.db);
    const allWindowRows = await sql<{ n: number | string }>`select count(*) as n from stats_daily_w where center_id in (${sql.join(centers)})`.execute(t.database.db);
    expect(Number(windowRows.rows[0]!.n)).toBe(Number(allWindowRows.rows[0]!.n));
  });

  it('a rebuild of some centers takes their journal rows into account and leaves the others to a drain', async () => {
    const c = await receive();
    const elsewhere: RollupDelta = { key: { day: '2026-03-03', centerId: 'journal-center-c', departmentId: 'd', windowId: '', itemId: 'i', staffId: '' }, measures: { ...zeroMeasures(), received: 2 } };
    await t.database.db.transaction().execute((trx) => statsJournalStore.append(trx, [elsewhere]));
    const receivedBefore = await sums('stats_daily', ['received'], [c.centerId]);
    await t.services.statsRollups.rebuild({ centerIds: [c.centerId] });
    // The center's journal rows are gone, counted by the rebuild from its cases; the other center's wait.
    expect(await journalRows()).toBe(1);
    const rebuilt = await sums('stats_daily', ['received'], [c.centerId]);
    expect(rebuilt[c.centerId]!.received).toBe((receivedBefore[c.centerId]?.received ?? 0) + 1);
    expect(await t.services.statsRollups.drain()).toBe(1);
    expect(await sums('stats_daily', ['received'], ['journal-center-c'])).toEqual({ 'journal-center-c': { received: 2 } });
  });
});
