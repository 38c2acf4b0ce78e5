import { beforeAll, expect, it } from 'vitest';
import { completeIdNumber } from '../../kernel/validators/index.js';
import { describeEachDialect } from '../../../test/support/databases.js';
import { snapshot } from '../../../test/support/snapshot.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';

const ID_NUMBER = completeIdNumber('33010219900101123');
let keyCounter = 0;

describeEachDialect('rating pads (评价器) over HTTP', (use) => {
  let t: TestApp;
  let admin: Session;
  let windowIds: Record<string, string>;
  let item: { id: string; materials: string[] };
  let token = '';
  let padId = '';

  const signInAll = async () => ({
    clerk: await Session.signIn(t.app, 'clerk.market'),
    reviewer: await Session.signIn(t.app, 'reviewer.market'),
    approver: await Session.signIn(t.app, 'approver.market'),
  });

  /** A case received at `window` and completed now; returns its id, number and query code. */
  async function completedCase(window: string, name = '张小三') {
    const { clerk, reviewer, approver } = await signInAll();
    const act = async (s: Session, c: { id: string; version: number }, action: Record<string, unknown>) => {
      const response = await s.post(`/api/cases/${c.id}/actions`, { version: c.version, action });
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    let c = (
      await clerk.post('/api/cases', {
        itemId: item.id,
        windowId: windowIds[window],
        channel: 'window',
        applicant: { type: 'person', name, idNumber: ID_NUMBER, phone: '13800001234' },
        materials: item.materials.map((m) => ({ name: m, status: 'received' })),
        idempotencyKey: `pad-test-${Date.now()}-${++keyCounter}`,
      })
    ).json();
    c = await act(clerk, c, { type: 'accept' });
    c = await act(reviewer, c, { type: 'review', opinion: '材料齐全', recommendation: 'grant' });
    c = await act(approver, c, { type: 'approve', decision: 'grant', reason: '准予许可' });
    c = await act(clerk, c, { type: 'complete' });
    return c as { id: string; caseNo: string; queryCode: string };
  }

  const padGet = (padToken?: string) => t.app.inject({ method: 'GET', url: '/api/pad/current', headers: padToken ? { 'x-pad-token': padToken } : {} });
  const padRate = (payload: Record<string, unknown>, padToken = token) => t.app.inject({ method: 'POST', url: '/api/pad/ratings', headers: { 'x-pad-token': padToken }, payload });
  const audits = async (action: string) => (await t.database.db.selectFrom('audit_events').select(['entity_id', 'actor_name', 'after_json']).where('action', '=', action).execute());

  beforeAll(async () => {
    t = await startTestApp(use(), '2026-03-02T01:00:00.000Z'); // Monday 09:00 China time
    admin = await Session.signIn(t.app, 'admin');
    const windows = (await admin.get('/api/org/windows')).json().items as { id: string; number: string; departmentIds: string[] }[];
    windowIds = Object.fromEntries(windows.map((w) => [w.number, w.id]));
    // The comprehensive window B01 takes market supervision's applications too: a second window for them.
    const b01 = windows.find((w) => w.number === 'B01')!;
    const market = windows.find((w) => w.number === 'A02')!.departmentIds;
    expect((await admin.patch(`/api/org/windows/${b01.id}`, { departmentIds: [...b01.departmentIds, ...market] })).statusCode).toBe(200);
    const found = (await t.app.inject({ method: 'GET', url: `/api/public/items?q=${encodeURIComponent('食品经营许可')}` })).json().items[0];
    const detail = (await t.app.inject({ method: 'GET', url: `/api/public/items/${found.id}` })).json();
    item = { id: found.id, materials: detail.item.materials.map((m: { name: string }) => m.name) };
  });

  it('lets admins and supervisors pair a pad with a window, showing the token once and keeping only its hash', async () => {
    const clerk = await Session.signIn(t.app, 'clerk.market');
    const before = await snapshot(t.database);
    expect((await clerk.post('/api/rating-pads', { windowId: windowIds.A02, label: 'A02 评价器' })).statusCode).toBe(403);
    expect((await admin.post('/api/rating-pads', { windowId: 'no-such-window', label: 'x' })).json().error.details.issues[0].path).toBe('/windowId');
    expect(await snapshot(t.database)).toEqual(before);

    const supervisor = await Session.signIn(t.app, 'supervisor');
    const paired = await supervisor.post('/api/rating-pads', { windowId: windowIds.A02, label: 'A02 评价器' });
    expect(paired.statusCode).toBe(200);
    ({ token } = paired.json());
    padId = paired.json().pad.id;
    expect(paired.json()).toMatchObject({ pad: { windowNumber: 'A02', label: 'A02 评价器', revokedAt: null }, path: `/pad?token=${token}` });
    expect(token.length).toBeGreaterThanOrEqual(40);

    const listed = (await admin.get('/api/rating-pads')).json().items;
    expect(listed.map((p: { id: string }) => p.id)).toContain(padId);
    expect(JSON.stringify(listed)).not.toContain(token);
    const stored = await t.database.db.selectFrom('rating_pads').selectAll().where('id', '=', padId).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    expect(JSON.stringify(await audits('rating_pad.pair'))).not.toContain(token);
    expect((await audits('rating_pad.pair')).map((a) => a.entity_id)).toContain(padId);
  });

  it('shows the case just served at its window, masked; not other windows\', old or rated ones', async () => {
    const idle = (await padGet(token)).json();
    expect(idle).toMatchObject({ pad: { label: 'A02 评价器', windowNumber: 'A02' }, case: null });

    const old = await completedCase('A02', '钱老五');
    t.clock.set('2026-03-02T03:00:00.000Z'); // two hours later
    const here = await completedCase('A02', '张小三');
    t.clock.set('2026-03-02T03:03:00.000Z');
    const elsewhere = await completedCase('B01', '李另窗');
    t.clock.set('2026-03-02T03:05:00.000Z'); // five minutes after `here`

    const shown = (await padGet(token)).json();
    expect(shown.case).toMatchObject({ id: here.id, caseNo: here.caseNo, applicantName: '张*三', clerkName: '刘受理', itemName: expect.stringContaining('食品经营许可') });
    expect(JSON.stringify(shown)).not.toContain(ID_NUMBER);

    const before = await snapshot(t.database);
    const tooLate = await padRate({ caseId: old.id, level: 5 });
    expect([tooLate.statusCode, tooLate.json().error.code]).toEqual([422, 'pad.too_late']);
    const otherWindow = await padRate({ caseId: elsewhere.id, level: 5 });
    expect([otherWindow.statusCode, otherWindow.json().error.code]).toEqual([422, 'pad.other_window']);
    const noReason = await padRate({ caseId: here.id, level: 1, comment: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(['/comment']);
    expect(await snapshot(t.database)).toEqual(before);

    const rated = await padRate({ caseId: here.id, level: 2, comment: '等候时间太长' });
    expect(rated.statusCode).toBe(200);
    const rating = await t.database.db.selectFrom('case_ratings').selectAll().where('case_id', '=', here.id).executeTakeFirstOrThrow();
    expect(rating).toMatchObject({ level: 2, channel: 'pad', comment: '等候时间太长', window_id: windowIds.A02 });
    const audit = (await audits('case.rate')).find((a) => a.entity_id === here.id);
    expect(audit?.actor_name).toBe('评价器：A02 评价器');
    expect(JSON.parse(audit!.after_json!)).toMatchObject({ level: 2, channel: 'pad', padId });

    // Rated: the pad falls back to the welcome screen (the old case is past the 30 minutes).
    expect((await padGet(token)).json().case).toBeNull();

    const afterFirst = await snapshot(t.database);
    const again = await padRate({ caseId: here.id, level: 5 });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'rating.duplicate']);
    const viaPortal = await t.app.inject({ method: 'POST', url: '/api/public/ratings', payload: { caseNo: here.caseNo, queryCode: here.queryCode, level: 5 } });
    expect(viaPortal.statusCode).toBe(409);
    expect(await snapshot(t.database)).toEqual(afterFirst);
  });

  it('asks the portal for the reason of a 差评 too', async () => {
    const c = await completedCase('B01');
    const rate = (body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/public/ratings', payload: { caseNo: c.caseNo, queryCode: c.queryCode, ...body } });
    const bad = await rate({ level: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0]).toMatchObject({ path: '/comment', code: 'rating.reason_required' });
    expect((await rate({ level: 1, comment: '材料要求前后不一' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/progress?caseNo=${c.caseNo}&queryCode=${c.queryCode}` })).json()).toMatchObject({ rated: true, canRate: false });
  });

  it('keeps one rating when the pad and the portal rate at the same moment', async () => {
    const c = await completedCase('A02');
    const [pad, portal] = await Promise.all([
      padRate({ caseId: c.id, level: 5 }),
      t.app.inject({ method: 'POST', url: '/api/public/ratings', payload: { caseNo: c.caseNo, queryCode: c.queryCode, level: 3 } }),
    ]);
    expect([pad.statusCode, portal.statusCode].sort()).toEqual([200, 409]);
    const ratings = await t.database.db.selectFrom('case_ratings').selectAll().where('case_id', '=', c.id).execute();
    expect(ratings).toHaveLength(1);
    expect((await audits('case.rate')).filter((a) => a.entity_id === c.id)).toHaveLength(1);
  });

  it('refuses a wrong, missing or revoked token, and a staff session is no pad', async () => {
    expect((await padGet()).statusCode).toBe(401);
    const wrong = await padGet('not-a-pad-token');
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([401, 'pad.token_unknown']);
    admin = await Session.signIn(t.app, 'admin');
    expect((await admin.get('/api/pad/current')).statusCode).toBe(401);

    const c = await completedCase('A02');
    const revoked = await admin.post(`/api/rating-pads/${padId}/revoke`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();
    expect((await audits('rating_pad.revoke')).map((a) => a.entity_id)).toEqual([padId]);
    const before = await snapshot(t.database);
    const current = await padGet(token);
    expect([current.statusCode, current.json().error.code]).toEqual([403, 'pad.revoked']);
    expect((await padRate({ caseId: c.id, level: 5 })).statusCode).toBe(403);
    expect((await admin.post(`/api/rating-pads/${padId}/revoke`)).statusCode).toBe(200); // again: nothing changes
    expect(await snapshot(t.database)).toEqual(before);
  });
});
