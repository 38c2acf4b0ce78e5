import { beforeAll, expect, it } from 'vitest';
import { up as flagSpecialProcedures } from '../../db/migrations/0010_special_procedure_flag.js';
import { completeIdNumber } from '../../kernel/validators/index.js';
import { describeEachDialect } from '../../../test/support/databases.js';
import { snapshot } from '../../../test/support/snapshot.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';

/** Every path of the lifecycle besides the main one (cases.int.test.ts), over HTTP on every dialect. */
const ID_NUMBER = completeIdNumber('33010219850505201');
let keyCounter = 0;
const key = () => `paths-${Date.now()}-${++keyCounter}`;

interface ItemRef {
  id: string;
  materials: string[];
}

describeEachDialect('case lifecycle paths', (use) => {
  let t: TestApp;
  let clerk: Session;
  let reviewer: Session;
  let approver: Session;
  let supervisor: Session;
  let food: ItemRef;
  let company: ItemRef;

  const findItem = async (name: string): Promise<ItemRef> => {
    const found = (await t.app.inject({ method: 'GET', url: `/api/public/items?q=${encodeURIComponent(name)}` })).json().items.find((i: { name: string }) => i.name === name);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/public/items/${found.id}` })).json();
    return { id: found.id, materials: detail.item.materials.map((m: { name: string }) => m.name) };
  };

  const signInAll = async () => {
    clerk = await Session.signIn(t.app, 'clerk.market');
    reviewer = await Session.signIn(t.app, 'reviewer.market');
    approver = await Session.signIn(t.app, 'approver.market');
    supervisor = await Session.signIn(t.app, 'supervisor');
  };

  beforeAll(async () => {
    // Tuesday 2025-09-30, 10:00 China time: the National Day holiday (10-01 … 10-08) is next.
    t = await startTestApp(use(), '2025-09-30T02:00:00.000Z');
    await signInAll();
    food = await findItem('食品经营许可');
    company = await findItem('企业设立登记');
  });

  const receive = async (item: ItemRef) => {
    const response = await clerk.post('/api/cases', {
      itemId: item.id,
      channel: 'window',
      applicant: { type: 'person', name: '王小五', idNumber: ID_NUMBER, phone: '13900001111' },
      materials: item.materials.map((name) => ({ name, status: 'received', originals: 1, copies: 0 })),
      idempotencyKey: key(),
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const act = async (session: Session, c: { id: string; version: number }, action: Record<string, unknown>, status = 200) => {
    const response = await session.post(`/api/cases/${c.id}/actions`, { version: c.version, action });
    expect(response.statusCode, response.body).toBe(status);
    return response.json();
  };
  const types = (c: { events: { type: string }[] }) => c.events.map((e) => e.type);

  it('records the clerk\'s own window when none is named, and refuses a window not of the center', async () => {
    const c = await receive(food);
    const windows = (await clerk.get('/api/org/windows')).json().items as { id: string; number: string }[];
    expect(windows.find((w) => w.id === c.windowId)?.number).toBe('A02');
    const before = await snapshot(t.database);
    const bad = await clerk.post('/api/cases', {
      itemId: food.id,
      windowId: '01900000-0000-7000-8000-000000000000',
      channel: 'window',
      applicant: { type: 'person', name: '王小五', idNumber: ID_NUMBER, phone: '13900001111' },
      materials: [],
      idempotencyKey: key(),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(['/windowId']);
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('counts the promised limit across the National Day holiday and its make-up Saturday', async () => {
    let c = await receive(food);
    c = await act(clerk, c, { type: 'accept' });
    // Accepted Tuesday 09-30; 3 working days: 10-09, 10-10 and Saturday 10-11 (调休 workday).
    expect(c.acceptedOn).toBe('2025-09-30');
    expect(c.clock.deadline).toBe('2025-10-11');
  });

  it('asks for corrections once, listing every problem; the applicant resubmits and the case is accepted', async () => {
    let c = await receive(food);
    const problems = [
      { material: food.materials[0], problem: '缺少申请人签字' },
      { material: food.materials[1], problem: '复印件不清晰' },
    ];
    c = await act(clerk, c, { type: 'requestCorrection', problems });
    expect(c.state).toBe('correction');
    await act(clerk, c, { type: 'requestCorrection', problems }, 422); // not from 'correction'
    c = await act(clerk, c, { type: 'resubmit' });
    expect(c.state).toBe('received');
    c = await act(clerk, c, { type: 'accept' });
    expect(types(c)).toEqual(['receive', 'requestCorrection', 'resubmit', 'accept']);
    expect(c.flags).not.toContain('second_correction');
  });

  it('lets only a supervisor order a second correction on one application, and flags it', async () => {
    let c = await receive(food);
    const problems = [{ material: food.materials[0], problem: '缺页' }];
    c = await act(clerk, c, { type: 'requestCorrection', problems });
    c = await act(clerk, c, { type: 'resubmit' });
    const before = await snapshot(t.database);
    expect((await act(clerk, c, { type: 'requestCorrection', problems, override: true }, 422)).error.code).toBe('case.correction_once');
    expect(await snapshot(t.database)).toEqual(before);
    c = await act(supervisor, c, { type: 'requestCorrection', problems: [{ material: food.materials[1], problem: '复核发现印章不清' }], override: true });
    expect(c.state).toBe('correction');
    expect(c.flags).toContain('second_correction');
  });

  it('refuses with a reason and a legal basis, both required', async () => {
    const c = await receive(food);
    const before = await snapshot(t.database);
    const missing = await act(clerk, c, { type: 'refuse', reason: '不属于本部门职权范围', legalBasis: ' ' }, 400);
    expect(missing.error.details.issues.map((i: { path: string }) => i.path)).toEqual(['/action/legalBasis']);
    expect(await snapshot(t.database)).toEqual(before);
    const refused = await act(clerk, c, { type: 'refuse', reason: '不属于本部门职权范围', legalBasis: '《行政许可法》第三十二条第一款第二项' });
    expect(refused.state).toBe('refused');
    expect(refused.clock).toBeNull();
    await act(clerk, refused, { type: 'accept' }, 422);
  });

  it('denies after review, with the reason, and completes and mails the decision', async () => {
    let c = await receive(food);
    c = await act(clerk, c, { type: 'accept' });
    c = await act(reviewer, c, { type: 'review', opinion: '现场核查不符合条件', recommendation: 'deny' });
    c = await act(approver, c, { type: 'approve', decision: 'deny', reason: '经营场所不符合食品安全要求' });
    expect(c).toMatchObject({ state: 'decided', decision: 'deny' });
    c = await act(clerk, c, { type: 'complete' });
    c = await act(clerk, c, { type: 'deliver', method: 'mail', trackingNo: 'SF1234567890' });
    expect(c.state).toBe('delivered');
    await act(clerk, c, { type: 'withdraw', reason: '不想要了' }, 422);
  });

  it('decides an on-the-spot item without a separate review', async () => {
    let c = await receive(company);
    c = await act(clerk, c, { type: 'accept' });
    expect(c.clock.deadline).toBe('2025-09-30'); // 即办件: the day of acceptance
    c = await act(approver, c, { type: 'approve', decision: 'grant', reason: '当场办结' });
    c = await act(clerk, c, { type: 'complete' });
    c = await act(clerk, c, { type: 'deliver', method: 'electronic', licenceNo: 'E-330102-0001' });
    expect(types(c)).toEqual(['receive', 'accept', 'approve', 'complete', 'deliver']);
  });

  it('lets the applicant withdraw before a decision and a supervisor terminate, not a reviewer', async () => {
    let withdrawn = await receive(food);
    withdrawn = await act(clerk, withdrawn, { type: 'accept' });
    withdrawn = await act(clerk, withdrawn, { type: 'withdraw', reason: '申请人书面撤回申请' });
    expect(withdrawn.state).toBe('withdrawn');

    let terminated = await receive(food);
    terminated = await act(clerk, terminated, { type: 'accept' });
    const before = await snapshot(t.database);
    await act(reviewer, terminated, { type: 'terminate', reason: '申请人死亡' }, 403);
    expect(await snapshot(t.database)).toEqual(before);
    terminated = await act(supervisor, terminated, { type: 'terminate', reason: '申请人主体资格依法终止' });
    expect(terminated.state).toBe('terminated');
  });

  it('stops the clock across a holiday suspension and resumes to the state it left (time travel)', async () => {
    t.clock.set('2026-09-29T02:00:00.000Z'); // Tuesday before National Day 2026
    await signInAll();
    let c = await receive(food);
    c = await act(clerk, c, { type: 'accept' });
    c = await act(reviewer, c, { type: 'review', opinion: '需现场核查', recommendation: 'grant' });
    const plain = c.clock.deadline as string;
    c = await act(reviewer, c, { type: 'suspend', kind: 'siteInspection', reason: '组织现场核查' });
    expect(c.state).toBe('suspended');
    expect(c.flags).toContain('special_procedure');
    t.clock.set('2026-10-12T02:00:00.000Z'); // after the holiday
    await signInAll();
    c = await act(reviewer, c, { type: 'resume' });
    expect(c.state).toBe('reviewed');
    expect(c.clock.deadline > plain).toBe(true);
    // Suspended 09-29 … 10-12, both days included: 09-29, 09-30, 10-09, 10-10 (调休 Saturday), 10-12;
    // the holiday 10-01 … 10-08 and Sunday 10-11 are no working days.
    expect(c.clock.suspendedWorkdays).toBe(5);
    const granted = await act(approver, c, { type: 'approve', decision: 'grant', reason: '符合条件' });
    expect(granted.state).toBe('decided');
    expect(granted.clock.suspendedWorkdays).toBe(5);
  });

  it('flags, by migration 0010, the cases suspended before suspensions flagged their case, and only those', async () => {
    const db = t.database.db;
    await db.updateTable('cases').set({ flags: '' }).where('flags', '=', 'special_procedure').execute();
    await flagSpecialProcedures(db as never);
    const flagged = await db.selectFrom('cases').select('id').where('flags', 'like', '%special_procedure%').orderBy('id').execute();
    const suspended = await db.selectFrom('case_suspensions').select('case_id as id').distinct().orderBy('case_id').execute();
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged).toEqual(suspended);
  });
});
