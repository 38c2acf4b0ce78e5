import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { createServices } from '../../app.js';
import { buildServer } from '../../http/server.js';
import { casesStore } from './cases.store.js';
import { parseCaseNumber } from './domain/case-number.js';
import { verifyAuditChain } from '../../kernel/audit/audit.verify.js';
import { completeIdNumber } from '../../kernel/validators/index.js';
import { describeEachDialect } from '../../../test/support/databases.js';
import { snapshot } from '../../../test/support/snapshot.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';

const ID_NUMBER = completeIdNumber('33010219900101123');
let keyCounter = 0;
const key = () => `test-key-${Date.now()}-${++keyCounter}`;
/** The sequence of the day in a case number. */
const sequenceOf = (caseNo: string) => parseCaseNumber(caseNo)!.sequence;

describeEachDialect('cases over HTTP', (use, dialect) => {
  let t: TestApp;
  let clerk: Session;
  let reviewer: Session;
  let approver: Session;
  let item: { id: string; name: string; materials: string[]; promisedDays: number };

  beforeAll(async () => {
    // Monday 2025-09-29, 10:00 China time: National Day holiday ahead.
    t = await startTestApp(use(), '2025-09-29T02:00:00.000Z');
    clerk = await Session.signIn(t.app, 'clerk.market');
    reviewer = await Session.signIn(t.app, 'reviewer.market');
    approver = await Session.signIn(t.app, 'approver.market');
    const found = (await t.app.inject({ method: 'GET', url: `/api/public/items?q=${encodeURIComponent('食品经营许可')}` })).json().items[0];
    const detail = (await t.app.inject({ method: 'GET', url: `/api/public/items/${found.id}` })).json();
    item = { id: found.id, name: detail.item.name, materials: detail.item.materials.map((m: { name: string }) => m.name), promisedDays: detail.item.promisedDays };
  });

  const receive = (session: Session, overrides: Record<string, unknown> = {}) =>
    session.post('/api/cases', {
      itemId: item.id,
      channel: 'window',
      applicant: { type: 'person', name: '张小三', idNumber: ID_NUMBER, phone: '13800001234' },
      materials: item.materials.map((name) => ({ name, status: 'received', originals: 1, copies: 1 })),
      idempotencyKey: key(),
      ...overrides,
    });
  const act = (session: Session, id: string, version: number, action: Record<string, unknown>) => session.post(`/api/cases/${id}/actions`, { version, action });

  it('runs a case from receipt to delivery, and the applicant follows it and rates it once', async () => {
    const received = await receive(clerk);
    expect(received.statusCode).toBe(200);
    let c = received.json();
    expect(c.caseNo).toMatch(/^\d{8}-20250929-\d{5}$/);
    expect(c.state).toBe('received');
    c = (await act(clerk, c.id, c.version, { type: 'accept' })).json();
    expect(c.acceptedOn).toBe('2025-09-29');
    expect(c.clock.deadline > '2025-10-08').toBe(true); // the holiday does not count
    c = (await act(reviewer, c.id, c.version, { type: 'review', opinion: '材料齐全', recommendation: 'grant' })).json();
    c = (await act(approver, c.id, c.version, { type: 'approve', decision: 'grant', reason: '符合条件，准予许可' })).json();
    c = (await act(clerk, c.id, c.version, { type: 'complete' })).json();
    c = (await act(clerk, c.id, c.version, { type: 'deliver', method: 'pickup', signedBy: '张小三' })).json();
    expect(c.state).toBe('delivered');
    expect(c.events.map((e: { type: string }) => e.type)).toEqual(['receive', 'accept', 'review', 'approve', 'complete', 'deliver']);

    const progress = await t.app.inject({ method: 'GET', url: `/api/public/progress?caseNo=${c.caseNo}&queryCode=${c.queryCode.toLowerCase()}` });
    expect(progress.statusCode).toBe(200);
    expect(progress.json()).toMatchObject({ state: 'delivered', canRate: true, applicant: { name: '张*三' } });
    expect(progress.body).not.toContain(ID_NUMBER);
    const rate = (level: number) => t.app.inject({ method: 'POST', url: '/api/public/ratings', payload: { caseNo: c.caseNo, queryCode: c.queryCode, level } });
    expect((await rate(5)).statusCode).toBe(200);
    expect((await rate(1)).statusCode).toBe(409);
  });

  it('gives a retry with the same key the same case', async () => {
    const idempotencyKey = key();
    const first = await receive(clerk, { idempotencyKey });
    const before = await snapshot(t.database);
    const second = await receive(clerk, { idempotencyKey });
    expect(second.json().id).toBe(first.json().id);
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('refuses the same key with another request and changes nothing; the same request sent several times at once gets one case', async () => {
    const idempotencyKey = key();
    const first = (await receive(clerk, { idempotencyKey })).json();
    const before = await snapshot(t.database);
    const other = await receive(clerk, { idempotencyKey, applicant: { type: 'person', name: '李四', idNumber: ID_NUMBER, phone: '13800001234' } });
    expect([other.statusCode, other.json().error.code]).toEqual([409, 'case.key_reused']);
    expect(other.json().error.message).toContain('idempotencyKey');
    expect(await snapshot(t.database)).toEqual(before);
    expect((await receive(clerk, { idempotencyKey })).json().id).toBe(first.id);

    const once = key();
    const replies = await Promise.all([receive(clerk, { idempotencyKey: once }), receive(clerk, { idempotencyKey: once }), receive(clerk, { idempotencyKey: once })]);
    expect(replies.map((r) => r.statusCode), replies.map((r) => r.body).join('\n')).toEqual([200, 200, 200]);
    expect(new Set(replies.map((r) => r.json().id)).size).toBe(1);
  });

  it('takes no number for a retry, and gives a retry its case even when the request would be refused now', async () => {
    const idempotencyKey = key();
    const windowId = (await casesStore.find(t.database.db, (await receive(clerk)).json().id))!.window_id!; // the clerk's window
    const first = (await receive(clerk, { idempotencyKey, windowId })).json();
    const admin = await Session.signIn(t.app, 'admin');
    expect((await admin.post(`/api/org/windows/${windowId}/deactivate`)).statusCode).toBe(200);
    try {
      // Naming the window it was received at: refused now (the window is closed), unless it is the retry of a receipt taken.
      expect((await receive(clerk, { windowId })).json().error.details.issues.map((i: { code: string }) => i.code)).toContain('case.window_unknown');
      const before = await snapshot(t.database);
      const retried = await receive(clerk, { idempotencyKey, windowId });
      expect([retried.statusCode, retried.json().id]).toEqual([200, first.id]);
      expect(await snapshot(t.database)).toEqual(before);
    } finally {
      expect((await admin.post(`/api/org/windows/${windowId}/activate`)).statusCode).toBe(200);
    }
    expect((await receive(clerk, { idempotencyKey, windowId })).json().id).toBe(first.id); // the window open again
    // No number went to the retries: the next receipt takes the one after the first.
    expect(sequenceOf((await receive(clerk)).json().caseNo)).toBe(sequenceOf(first.caseNo) + 1);
  });

  it('takes many cases through their lifecycle at once: every transition lands, counted and audited in the chain', async () => {
    // Concurrent transactions lock the same rollup rows and queue for the audit chain's head: none may wait for another forever.
    const many = 12;
    const received = await Promise.all(Array.from({ length: many }, () => receive(clerk)));
    let cases = received.map((r) => r.json());
    // Numbered one after another, none twice.
    const sequences = cases.map((c) => sequenceOf(c.caseNo)).sort((a, b) => a - b);
    expect(sequences).toEqual(sequences.map((_, i) => sequences[0]! + i));
    const step = async (session: Session, action: Record<string, unknown>) => {
      const replies = await Promise.all(cases.map((c) => act(session, c.id, c.version, action)));
      expect(replies.map((r) => r.statusCode)).toEqual(replies.map(() => 200));
      cases = replies.map((r) => r.json());
    };
    await step(clerk, { type: 'accept' });
    await step(reviewer, { type: 'review', opinion: '材料齐全', recommendation: 'grant' });
    await step(approver, { type: 'approve', decision: 'grant', reason: '符合条件，准予许可' });
    await step(clerk, { type: 'complete' });
    expect(cases.map((c) => c.state)).toEqual(cases.map(() => 'completed'));
    const chain = await verifyAuditChain(t.database.db);
    expect(chain.ok).toBe(true);
  });

  it('numbers a center\'s receipts of the day one after another; on PostgreSQL the number is taken in a transaction of its own', async () => {
    const first = (await receive(clerk)).json();
    const centerId = (await casesStore.find(t.database.db, first.id))!.center_id;
    const reserved = await casesStore.reserveSequence(t.database.db, centerId, '2025-09-29');
    const next = (await receive(clerk)).json();
    if (dialect === 'postgres') {
      // Committed on its own, before any receipt's transaction: the number a receipt took and then
      // failed to use stays used, and the next receipt takes the one after it.
      expect(reserved).toBe(sequenceOf(first.caseNo) + 1);
      expect(sequenceOf(next.caseNo)).toBe(sequenceOf(first.caseNo) + 2);
      // The day's row was last written by another transaction than the one that wrote the case.
      const writer = async (table: 'cases' | 'case_sequences', where: ReturnType<typeof sql>) =>
        (await sql<{ xid: string }>`select xmin::text as xid from ${sql.table(table)} where ${where}`.execute(t.database.db)).rows[0]!.xid;
      expect(await writer('case_sequences', sql`center_id = ${centerId} and day = '2025-09-29'`)).not.toBe(await writer('cases', sql`id = ${next.id}`));
    } else {
      // SQLite's one writer numbers the case inside its transaction: no number is taken ahead.
      expect(reserved).toBeNull();
      expect(sequenceOf(next.caseNo)).toBe(sequenceOf(first.caseNo) + 1);
    }
  });

  it('lets one of two clerks acting at once win; the other gets 409 and changes nothing', async () => {
    const c = (await receive(clerk)).json();
    const other = await Session.signIn(t.app, 'clerk.market');
    const [a, b] = await Promise.all([act(clerk, c.id, c.version, { type: 'accept' }), act(other, c.id, c.version, { type: 'refuse', reason: '不符合条件', legalBasis: '《行政许可法》第三十二条' })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const stale = await act(clerk, c.id, c.version, { type: 'accept' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('case.version_conflict');
  });

  it('starts a transition from the case as this instance committed it; if another instance moved it on meanwhile, 409 and nothing changed', async () => {
    const other = await buildServer({ database: t.database, services: createServices(t.database), clock: t.clock, webRoot: '/nonexistent' });
    try {
      const elsewhere = await Session.signIn(other, 'clerk.market');
      const c = (await receive(clerk)).json(); // this instance keeps it at version 1
      const accepted = await act(elsewhere, c.id, c.version, { type: 'accept' });
      expect(accepted.statusCode).toBe(200);
      const before = await snapshot(t.database);
      const stale = await act(clerk, c.id, c.version, { type: 'refuse', reason: '不符合条件', legalBasis: '《行政许可法》第三十二条' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({ code: 'case.version_conflict', details: { currentVersion: 2, state: 'accepted' } });
      expect(await snapshot(t.database)).toEqual(before);
      const reviewed = await act(reviewer, c.id, accepted.json().version, { type: 'review', opinion: '材料齐全', recommendation: 'grant' });
      expect(reviewed.statusCode).toBe(200);
      expect(reviewed.json()).toMatchObject({ state: 'reviewed', version: 3 });
    } finally {
      await other.close();
    }
  });

  it('keeps for the next transition exactly the row as stored: an undefined change leaves its column as it was', async () => {
    const c = (await receive(clerk)).json();
    const stored = (await casesStore.find(t.database.db, c.id))!;
    const after = await t.database.db.transaction().execute((trx) =>
      casesStore.updateAtVersion(trx, stored, { state: 'accepted', accepted_at: '2025-09-29T02:00:00.000Z', decision_reason: undefined, updated_at: '2025-09-29T02:00:00.000Z' }),
    );
    expect(after).toEqual(await casesStore.find(t.database.db, c.id));
    expect(after).toMatchObject({ version: stored.version + 1, state: 'accepted', decision_reason: stored.decision_reason });
  });

  it('never lets an approver approve their own review', async () => {
    const chief = await Session.signIn(t.app, 'chief.market');
    let c = (await receive(clerk)).json();
    c = (await act(clerk, c.id, c.version, { type: 'accept' })).json();
    c = (await act(chief, c.id, c.version, { type: 'review', opinion: '同意', recommendation: 'grant' })).json();
    const own = await act(chief, c.id, c.version, { type: 'approve', decision: 'grant', reason: '同意' });
    expect(own.statusCode).toBe(422);
    expect(own.json().error.code).toBe('case.approver_is_reviewer');
  });

  it('refuses a transition not allowed from the state, and other departments\' clerks', async () => {
    const c = (await receive(clerk)).json();
    const early = await act(approver, c.id, c.version, { type: 'approve', decision: 'grant', reason: 'x' });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('case.transition_not_allowed');
    const police = await Session.signIn(t.app, 'clerk.police');
    const before = await snapshot(t.database);
    expect((await act(police, c.id, c.version, { type: 'accept' })).statusCode).toBe(403);
    expect((await police.get(`/api/cases/${c.id}`)).statusCode).toBe(403);
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('checks the applicant and materials, reporting every problem at once', async () => {
    const before = await snapshot(t.database);
    const bad = ID_NUMBER.slice(0, 17) + (ID_NUMBER.endsWith('0') ? '1' : '0');
    const response = await receive(clerk, {
      applicant: { type: 'person', name: '李四', idNumber: bad, phone: '12' },
      materials: [{ name: '不存在的材料', status: 'received' }],
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['/applicant/idNumber', '/applicant/phone', '/materials/0/name']));
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('throttles guessing of query codes', async () => {
    const c = (await receive(clerk)).json();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await t.app.inject({ method: 'GET', url: `/api/public/progress?caseNo=${c.caseNo}&queryCode=WRONG${i}`, remoteAddress: '10.7.7.7' })).statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 422)).toBe(true);
    expect(statuses[10]).toBe(429);
    // While blocked, the right code is refused too: the answer tells a guesser nothing.
    const right = await t.app.inject({ method: 'GET', url: `/api/public/progress?caseNo=${c.caseNo}&queryCode=${c.queryCode}`, remoteAddress: '10.7.7.7' });
    expect(right.statusCode).toBe(429);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/progress?caseNo=${c.caseNo}&queryCode=${c.queryCode}`, remoteAddress: '10.7.7.8' })).statusCode).toBe(200);
  });

  it('deems an application accepted after 5 working days without a decision, once, on any number of instances', async () => {
    const c = (await receive(clerk)).json(); // received Monday 2025-09-29
    // 5 working days after 2025-09-29 across National Day: 09-30, 10-09, 10-10, 10-11 (调休), 10-13.
    t.clock.set('2025-10-13T08:00:00.000Z');
    expect(await t.services.cases.deemAcceptances(t.clock.now())).toBe(0);
    t.clock.set('2025-10-14T01:00:00.000Z');
    clerk = await Session.signIn(t.app, 'clerk.market'); // sessions end after two idle hours
    const results = await Promise.all([t.services.cases.deemAcceptances(t.clock.now()), t.services.cases.deemAcceptances(t.clock.now())]);
    expect(results.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const after = (await clerk.get(`/api/cases/${c.id}`)).json();
    expect(after).toMatchObject({ state: 'accepted', acceptedOn: '2025-09-29', deemedAccepted: true });
    expect(after.flags).toContain('deemed_acceptance');
    expect(after.events.filter((e: { type: string }) => e.type === 'accept')).toHaveLength(1);
  });

  it('moves the deadline by suspensions and an extension (time travel)', async () => {
    t.clock.set('2026-03-02T02:00:00.000Z'); // Monday
    clerk = await Session.signIn(t.app, 'clerk.market');
    reviewer = await Session.signIn(t.app, 'reviewer.market');
    let c = (await receive(clerk)).json();
    c = (await act(clerk, c.id, c.version, { type: 'accept' })).json();
    const original = c.clock.deadline as string;
    t.clock.set("2026-03-03T02:00:00.000Z");
    reviewer = await Session.signIn(t.app, 'reviewer.market');
    c = (await act(reviewer, c.id, c.version, { type: 'suspend', kind: 'expertReview', reason: '组织专家评审' })).json();
    t.clock.set('2026-03-09T02:00:00.000Z'); // a week later: 3-03 … 3-09 stopped
    reviewer = await Session.signIn(t.app, 'reviewer.market');
    const chiefLater = await Session.signIn(t.app, 'chief.market');
    c = (await act(reviewer, c.id, c.version, { type: 'resume' })).json();
    const withSuspension = c.clock.deadline as string;
    expect(withSuspension > original).toBe(true);
    const extendResponse = await act(chiefLater, c.id, c.version, { type: 'extend', days: 10, reason: '情况复杂，经负责人批准延长' });
    c = extendResponse.json();
    expect(c.clock.deadline > withSuspension).toBe(true);
    const again = await act(chiefLater, c.id, c.version, { type: 'extend', days: 10, reason: '再延' });
    expect(again.json().error.code).toBe('case.extended_once');
  });

  it('bills the item\'s fees, waives with a reason, and takes one invoice for all (一票制)', async () => {
    t.clock.set('2026-03-10T02:00:00.000Z');
    const police = await Session.signIn(t.app, 'clerk.police');
    const found = (await t.app.inject({ method: 'GET', url: `/api/public/items?q=${encodeURIComponent('居民身份证')}` })).json().items[0];
    const detail = (await t.app.inject({ method: 'GET', url: `/api/public/items/${found.id}` })).json();
    const c = (
      await police.post('/api/cases', {
        itemId: found.id,
        channel: 'window',
        applicant: { type: 'person', name: '王五', idNumber: ID_NUMBER, phone: '13800001234' },
        materials: detail.item.materials.map((m: { name: string }) => ({ name: m.name, status: 'received' })),
        idempotencyKey: key(),
      })
    ).json();
    const bill = (await police.get(`/api/cases/${c.id}/bill`)).json();
    expect(bill).toMatchObject({ totalFen: 2000, dueFen: 2000 });
    const badWaiver = await police.post(`/api/cases/${c.id}/bill/waive`, { names: ['不存在'], reason: '低保户' });
    expect(badWaiver.statusCode).toBe(400);
    const paid = await police.post(`/api/cases/${c.id}/bill/pay`, { invoiceNo: 'FP2026-000123' });
    expect(paid.json()).toMatchObject({ dueFen: 0, lines: [{ invoiceNo: 'FP2026-000123' }] });
    expect((await police.post(`/api/cases/${c.id}/bill/pay`, { invoiceNo: 'FP2026-000124' })).statusCode).toBe(422);
    const market = await Session.signIn(t.app, 'clerk.market');
    expect((await market.get(`/api/cases/${c.id}/bill`)).statusCode).toBe(403);
    // A withdrawn case takes no payment or waiver.
    const other = (await police.post('/api/cases', { itemId: found.id, channel: 'window', applicant: { type: 'person', name: '王五', idNumber: ID_NUMBER, phone: '13800001234' }, materials: [], idempotencyKey: key() })).json();
    expect((await police.post(`/api/cases/${other.id}/actions`, { version: other.version, action: { type: 'withdraw', reason: '申请人撤回' } })).statusCode).toBe(200);
    const late = await police.post(`/api/cases/${other.id}/bill/pay`, { invoiceNo: 'FP2026-000125' });
    expect([late.statusCode, late.json().error.code]).toEqual([422, 'bill.case_closed']);
  });

  it('receives only through the channels and at the windows that serve the item', async () => {
    clerk = await Session.signIn(t.app, 'clerk.market'); // the clock moved on above
    const windows = await t.database.db.selectFrom('windows').select(['id', 'number']).execute();
    const base = { itemId: item.id, applicant: { type: 'person', name: '张小三', idNumber: ID_NUMBER, phone: '13800001234' }, materials: [], idempotencyKey: key() };
    const policeWindow = await clerk.post('/api/cases', { ...base, channel: 'window', windowId: windows.find((w) => w.number === 'A01')!.id });
    expect(policeWindow.json().error.details.issues.map((i: { code: string }) => i.code)).toEqual(['case.window_other_department']);
    const agent = await Session.signIn(t.app, 'agent.chengguan');
    const asWindow = await agent.post('/api/cases', { ...base, channel: 'window' });
    expect(asWindow.json().error.details.issues.map((i: { code: string }) => i.code)).toEqual(['case.agent_channel']);
    const wrongDigit = ID_NUMBER.slice(0, 17) + (ID_NUMBER.endsWith('0') ? '1' : '0');
    const unknownItem = await clerk.post('/api/cases', { ...base, channel: 'window', itemId: '00000000-0000-7000-8000-000000000000', applicant: { ...base.applicant, idNumber: wrongDigit } });
    expect(unknownItem.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(['/itemId', '/applicant/idNumber']);
  });
  it('answers a write with the compact case when asked (?view=compact), the full one by default', async () => {
    clerk = await Session.signIn(t.app, 'clerk.market'); // the clock moved on above
    const full = (await receive(clerk)).json();
    expect(full.events).toHaveLength(1);
    const compact = await clerk.post(`/api/cases/${full.id}/actions?view=compact`, { version: full.version, action: { type: 'accept' } });
    expect(compact.statusCode).toBe(200);
    expect(compact.json()).toMatchObject({ id: full.id, state: 'accepted', version: full.version + 1, clock: { deadline: expect.any(String) } });
    expect(compact.json().events).toBeUndefined();
    const received = await clerk.post('/api/cases?view=compact', { itemId: item.id, channel: 'window', applicant: { type: 'person', name: '张小三', idNumber: ID_NUMBER, phone: '13800001234' }, materials: [], idempotencyKey: key() });
    expect(received.json()).toMatchObject({ state: 'received', version: 1, clock: null });
    expect((await clerk.post(`/api/cases/${full.id}/actions?view=tiny`, { version: full.version + 1, action: { type: 'complete' } })).statusCode).toBe(400);
  });
});
