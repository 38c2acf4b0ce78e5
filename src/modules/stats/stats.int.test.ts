import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { setupActor } from '../../demo/seed-demo.js';
import type { RequestContext } from '../../kernel/context.js';
import { completeIdNumber } from '../../kernel/validators/index.js';
import { describeEachDialect } from '../../../test/support/databases.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { figuresOf } from './domain/figures.js';
import { addCalendarDays } from '../../kernel/calendar/dates.js';
import { chinaDateOf } from '../../kernel/calendar/index.js';
import type { CaseFilter } from './domain/raw-figures.js';
import { FIGURE_KEYS } from './stats.schema.js';

const ID_NUMBER = completeIdNumber('33010219900101123');
const DAY = 86_400_000;
let keys = 0;

describeEachDialect('stats from rollups', (use) => {
  let t: TestApp;
  let s: Record<'clerk' | 'agent' | 'reviewer' | 'approver' | 'admin' | 'leader', Session>;
  let items: { id: string; materials: string[] }[];
  let centers: Record<'county' | 'chengguan' | 'qingshan', string>;
  let market: string;
  let admin: RequestContext;
  let actors: Record<'clerk' | 'agent' | 'reviewer' | 'approver', RequestContext['actor']>;

  beforeAll(async () => {
    t = await startTestApp(use(), '2026-03-02T01:00:00.000Z');
    const [clerk, agent, reviewer, approver, adminS, leader] = await Promise.all(
      ['clerk.market', 'agent.chengguan', 'reviewer.market', 'approver.market', 'admin', 'leader'].map((u) => Session.signIn(t.app, u)),
    );
    s = { clerk: clerk!, agent: agent!, reviewer: reviewer!, approver: approver!, admin: adminS!, leader: leader! };
    items = [];
    for (const name of ['食品经营许可', '企业设立登记']) {
      const found = (await t.app.inject({ method: 'GET', url: `/api/public/items?q=${encodeURIComponent(name)}` })).json().items[0];
      const detail = (await t.app.inject({ method: 'GET', url: `/api/public/items/${found.id}` })).json();
      items.push({ id: found.id, materials: detail.item.materials.map((m: { name: string }) => m.name) });
    }
    const list = (await s.admin.get('/api/org/centers')).json().items as { id: string; name: string }[];
    const byName = (n: string) => list.find((c) => c.name.startsWith(n))!.id;
    centers = { county: list.find((c) => c.name.includes('县'))!.id, chengguan: byName('城关镇'), qingshan: byName('青山乡') };
    market = (await s.admin.get('/api/org/departments')).json().items.find((d: { name: string }) => d.name.includes('市场监督'))!.id;
    const root = await t.services.org.rootCenterOrNull();
    admin = { actor: setupActor(await t.services.org.scopeOf(root!.id)), clock: t.clock, locale: 'zh-CN', requestId: 'test' };
    // Case histories run for weeks of clock time, longer than a session: act through the services as these staff.
    const actorOf = async (session: Session): Promise<RequestContext['actor']> => {
      const me = session.me as { id: string; displayName: string; roles: RequestContext['actor']['roles']; centerId: string; departmentId: string | null; windowId: string | null };
      return {
        kind: 'staff', id: me.id, name: me.displayName, roles: me.roles, centerId: me.centerId, centerScope: await t.services.org.scopeOf(me.centerId),
        departmentId: me.departmentId, servedDepartmentIds: me.windowId ? await t.services.org.departmentsServedBy(me.windowId) : [],
      };
    };
    actors = { clerk: await actorOf(s.clerk), agent: await actorOf(s.agent), reviewer: await actorOf(s.reviewer), approver: await actorOf(s.approver) };
  });

  const ctxOf = (who: keyof typeof actors): RequestContext => ({ actor: actors[who], clock: t.clock, locale: 'zh-CN', requestId: 'test' });
  const act = (who: keyof typeof actors, c: { id: string; version: number }, action: Record<string, unknown>) =>
    t.services.cases.act(ctxOf(who), c.id, c.version, action as never);
  const days = (n: number) => t.clock.advance(n * DAY);

  type Script = { itemIndex: number; byAgent: boolean; intake: 'accept' | 'deemed' | 'refuse' | 'withdraw' | 'none'; wait: number; suspend: number; extend: boolean; end: 'complete' | 'withdraw' | 'terminate' | 'open'; work: number; rating: number | null };
  const scriptArb: fc.Arbitrary<Script> = fc.record({
    itemIndex: fc.integer({ min: 0, max: 1 }),
    byAgent: fc.boolean(),
    intake: fc.constantFrom('accept', 'accept', 'deemed', 'refuse', 'withdraw', 'none'),
    wait: fc.integer({ min: 0, max: 2 }),
    suspend: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 })),
    extend: fc.boolean(),
    end: fc.constantFrom('complete', 'complete', 'withdraw', 'terminate', 'open'),
    work: fc.integer({ min: 0, max: 12 }),
    rating: fc.option(fc.integer({ min: 1, max: 5 })),
  });

  /** Plays one case history through the real API (the rollups follow inside each transaction). */
  async function play(script: Script): Promise<void> {
    const item = items[script.itemIndex]!;
    let c = await t.services.cases.receive(ctxOf(script.byAgent ? 'agent' : 'clerk'), {
      itemId: item.id,
      channel: script.byAgent ? 'agency' : 'window',
      applicant: { type: 'person', name: '张小三', idNumber: ID_NUMBER, phone: '13800001234' },
      materials: item.materials.map((name) => ({ name, status: 'received' as const, originals: 1, copies: 1 })),
      idempotencyKey: `stats-${Date.now()}-${++keys}`,
    });
    days(script.wait);
    if (script.intake === 'refuse') return void (await act('clerk', c, { type: 'refuse', reason: '不符合条件', legalBasis: '《行政许可法》第三十二条' }));
    if (script.intake === 'withdraw') return void (await act('clerk', c, { type: 'withdraw', reason: '申请人撤回' }));
    if (script.intake === 'none') return;
    if (script.intake === 'deemed') {
      // Five working days without a decision (a holiday may lie between).
      for (let i = 0; i < 10 && c.state === 'received'; i++) {
        days(2);
        await t.services.cases.deemAcceptances(t.clock.now());
        c = await t.services.cases.get(admin, c.id);
      }
      expect(c.state).toBe('accepted');
    } else {
      c = await act('clerk', c, { type: 'accept' });
    }
    if (script.suspend > 0) {
      c = await act('reviewer', c, { type: 'suspend', kind: 'testing', reason: '检验检测' });
      days(script.suspend);
      c = await act('reviewer', c, { type: 'resume' });
    }
    if (script.extend && script.itemIndex === 0 && script.intake !== 'deemed') c = await act('approver', c, { type: 'extend', days: 5, reason: '情况复杂' });
    days(script.work);
    if (script.end === 'open') return;
    if (script.end === 'withdraw') return void (await act('clerk', c, { type: 'withdraw', reason: '申请人撤回' }));
    if (script.end === 'terminate') return void (await act('approver', c, { type: 'terminate', reason: '依法终止' }));
    c = await act('reviewer', c, { type: 'review', opinion: '材料齐全', recommendation: 'grant' });
    c = await act('approver', c, { type: 'approve', decision: 'grant', reason: '准予许可' });
    c = await act('clerk', c, { type: 'complete' });
    if (script.rating !== null) {
      await t.services.cases.rate(ctxOf('clerk'), { caseNo: c.case_no, queryCode: c.query_code, level: script.rating, comment: '窗口等候时间较长' }, 'test');
    }
  }

  /** The rollup rows that hold anything, in a fixed order (the journal drained into them first). */
  async function rollupRows() {
    await t.services.statsRollups.drain();
    const rows = [
      ...(await t.database.db.selectFrom('stats_daily').selectAll().execute()).map((r) => JSON.stringify(Object.entries(r).sort())),
      ...(await t.database.db.selectFrom('stats_totals').selectAll().execute()).map((r) => 'total' + JSON.stringify(Object.entries(r).sort())),
    ];
    return rows.filter((r) => /[1-9]\]/.test(r.replace(/"[^"]*"/g, ''))).sort();
  }

  /** A fresh session (the clock moves days between requests). */
  const signedIn = (username: string) => Session.signIn(t.app, username);

  const subtree = async (center: string) => t.services.org.scopeOf(center);
  /** The summary answered from the rollups equals the figures computed from the raw cases. */
  async function expectRollupsEqualRaw(from: string, to: string, q: { center?: keyof typeof centers; department?: boolean }) {
    const params = new URLSearchParams({ from, to, ...(q.center ? { center: centers[q.center] } : {}), ...(q.department ? { department: market } : {}) });
    const res = await (await signedIn('admin')).get(`/api/stats/summary?${params}`);
    expect(res.statusCode, res.body).toBe(200);
    const filter: CaseFilter = { centerIds: await subtree(q.center ? centers[q.center] : centers.county), ...(q.department ? { departmentId: market } : {}) };
    const raw = await t.services.statsRollups.raw(admin, { from, to }, filter);
    const expected = figuresOf(raw.measures, raw.atEnd);
    const body = res.json();
    expect(Object.fromEntries(FIGURE_KEYS.map((k) => [k, body[k]]))).toEqual(expected);
    return body;
  }

  it('keeps the rollups equal to the raw computation over random case histories, periods and filters', async () => {
    const start = chinaDateOf(t.clock.now().toISOString());
    await fc.assert(
      fc.asyncProperty(
        fc.array(scriptArb, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(undefined, 'county', 'chengguan', 'qingshan'),
        fc.boolean(),
        async (scripts, a, b, center, department) => {
          for (const script of scripts) await play(script);
          const today = chinaDateOf(t.clock.now().toISOString());
          const from = addCalendarDays(start, Math.min(a, b));
          const to = addCalendarDays(start, Math.max(a, b));
          await expectRollupsEqualRaw(from, to, { ...(center ? { center } : {}), department });
          await expectRollupsEqualRaw(start, today, {});
        },
      ),
      { numRuns: 6, endOnFailure: true },
    );
  }, 240_000);

  it('counts open and overdue cases as of today when the period runs into the future', async () => {
    const today = chinaDateOf(t.clock.now().toISOString());
    const item = items[0]!;
    let c = await t.services.cases.receive(ctxOf('clerk'), {
      itemId: item.id,
      channel: 'window',
      applicant: { type: 'person', name: '李未来', idNumber: ID_NUMBER, phone: '13800001234' },
      materials: item.materials.map((name) => ({ name, status: 'received' as const })),
      idempotencyKey: `stats-future-${Date.now()}`,
    });
    c = await act('clerk', c, { type: 'accept' });
    const ahead = addCalendarDays(today, 90);
    expect(c.deadline! > today && c.deadline! < ahead).toBe(true);
    const admin = await signedIn('admin');
    const untilToday = (await admin.get(`/api/stats/summary?from=${today}&to=${today}`)).json();
    const intoFuture = (await admin.get(`/api/stats/summary?from=${today}&to=${ahead}`)).json();
    // Not overdue yet: its deadline is still ahead today, whatever the period's last day.
    expect({ open: intoFuture.open, overdue: intoFuture.overdue }).toEqual({ open: untilToday.open, overdue: untilToday.overdue });
    expect(intoFuture.open).toBeGreaterThanOrEqual(1);
  });

  it('rebuilds the rollups by itself after a change of the calendar (working-day counts change)', async () => {
    // A case accepted and completed ten days later: its working days used depend on the calendar.
    const accepted = chinaDateOf(t.clock.now().toISOString());
    const item = items[0]!;
    let c = await t.services.cases.receive(ctxOf('clerk'), {
      itemId: item.id,
      channel: 'window',
      applicant: { type: 'person', name: '王停办', idNumber: ID_NUMBER, phone: '13800001234' },
      materials: item.materials.map((name) => ({ name, status: 'received' as const })),
      idempotencyKey: `stats-closures-${Date.now()}`,
    });
    c = await act('clerk', c, { type: 'accept' });
    days(10);
    c = await act('reviewer', c, { type: 'review', opinion: '材料齐全', recommendation: 'grant' });
    c = await act('approver', c, { type: 'approve', decision: 'grant', reason: '符合条件' });
    c = await act('clerk', c, { type: 'complete' });
    const today = chinaDateOf(t.clock.now().toISOString());
    const before = await rollupRows();
    // Local closures on days between its acceptance and its completion.
    for (let d = 1; d <= 9; d += 2) await t.services.calendar.addClosure(admin, { centerId: centers.county, date: addCalendarDays(accepted, d), reason: '系统升级停办' });
    await t.services.statsRollups.settled();
    expect(await rollupRows()).not.toEqual(before);
    await expectRollupsEqualRaw(accepted, today, {});
    await expectRollupsEqualRaw(accepted, today, { center: 'county', department: true });
  });

  it('rebuilds to the same rollups, and includes imported cases written straight into the table', async () => {
    const before = await rollupRows();
    expect(before.length).toBeGreaterThan(0);
    await t.services.statsRollups.rebuild();
    expect(await rollupRows()).toEqual(before);
    // An imported case (history import writes rows directly, then rebuilds).
    const any = (await t.database.db.selectFrom('cases').selectAll().limit(1).executeTakeFirstOrThrow());
    await t.database.db
      .insertInto('cases')
      .values({ ...any, id: `0000imported-${Date.now()}`, case_no: `IMP-${Date.now()}`, imported: 1, state: 'delivered', received_on: '2025-03-03', accepted_on: '2025-03-03', completed_on: '2025-03-20', deadline: '2025-03-10', suspended_days: 0, version: 1 })
      .execute();
    const stale = await (await signedIn('admin')).get('/api/stats/summary?from=2025-03-01&to=2025-03-31');
    expect(stale.json().completed).toBe(0);
    await t.services.statsRollups.rebuild({ centerIds: [any.center_id] });
    const fresh = await expectRollupsEqualRaw('2025-03-01', '2025-03-31', {});
    expect(fresh).toMatchObject({ completed: 1, overdue: 1, onTimeRate: 0 });
  });
});
