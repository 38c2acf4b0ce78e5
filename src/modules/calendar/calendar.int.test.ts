import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { snapshot } from '../../../test/support/snapshot.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';

const NOTICE_2027 = `
# 国务院办公厅关于2027年部分节假日安排的通知（测试数据）
notice 2027 国办发明电〔2026〕99号
2027-01-01..2027-01-03 holiday 元旦
2027-02-06..2027-02-12 holiday 春节
2027-02-13 workday 春节
2027-10-01..2027-10-07 holiday 国庆节
2027-09-26 workday 国庆节
2027-10-09 workday 国庆节
`;

describeEachDialect('calendar over HTTP', (use) => {
  let t: TestApp;
  let admin: Session;
  let countyId: string;
  beforeAll(async () => {
    t = await startTestApp(use());
    admin = await Session.signIn(t.app, 'admin');
    countyId = (await admin.get('/api/org/centers')).json().items[0].id;
  });
  // Calendar changes rebuild the statistics in the background: let the last one finish before the database goes.
  afterAll(() => t.services.statsRollups.settled());
  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it('computes deadlines and working days across the 2025 National Day holiday', async () => {
    expect((await get('/api/calendar/deadline?start=2025-09-30&days=5')).json()).toEqual({ deadline: '2025-10-14', provisional: false, warnings: [] });
    expect((await get('/api/calendar/deadline?start=2025-09-30T16:00&days=0')).json().deadline).toBe('2025-09-30');
    expect((await get('/api/calendar/workdays?from=2025-09-30&to=2025-10-14')).json()).toMatchObject({ workdays: 5, provisional: false });
  });

  it('flags a year without a notice and stops flagging once it is entered', async () => {
    const before = (await get('/api/calendar/deadline?start=2027-09-30&days=5')).json();
    expect(before).toMatchObject({ deadline: '2027-10-07', provisional: true });
    expect(before.warnings[0]).toMatchObject({ code: 'calendar.notice_missing', years: [2027] });

    const imported = await admin.post('/api/calendar/import', { text: NOTICE_2027 });
    expect(imported.statusCode).toBe(200);
    expect(imported.json().years).toEqual([2027]);
    const after = (await get('/api/calendar/deadline?start=2027-09-30&days=5')).json();
    expect(after).toMatchObject({ deadline: '2027-10-13', provisional: false });
    const years = (await admin.get('/api/calendar/years')).json().items as Array<{ year: number; origin: string }>;
    expect(years.find((y) => y.year === 2027)?.origin).toBe('entered');
    expect(years.filter((y) => y.origin === 'shipped').map((y) => y.year)).toContain(2007);
    const audit = (await admin.get('/api/audit/events?entityType=calendar_notice')).json().items;
    expect(audit[0]).toMatchObject({ action: 'calendar.notice_import', actorName: '王管理' });

    // An entered notice can be taken back: the year is unknown again.
    expect((await admin.request('DELETE', '/api/calendar/notices/2027')).statusCode).toBe(200);
    expect((await get('/api/calendar/deadline?start=2027-09-30&days=5')).json()).toMatchObject({ deadline: '2027-10-07', provisional: true });
    expect((await admin.request('DELETE', '/api/calendar/notices/2027')).statusCode).toBe(404);
    expect((await admin.post('/api/calendar/import', { text: NOTICE_2027 })).statusCode).toBe(200);
  });

  it('refuses a malformed notice, naming every bad line, and imports nothing', async () => {
    // The notices entered above rebuild the statistics in the background: let that finish first.
    await t.services.statsRollups.settled();
    const before = await snapshot(t.database);
    const response = await admin.post('/api/calendar/import', { text: 'notice 2028 测试\n2028-02-30 holiday 春节\n2028-03-01 nap 午休\n' });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['line 2', 'line 3']));
    expect(await snapshot(t.database)).toEqual(before);
    expect((await get('/api/calendar/deadline?start=2028-03-01&days=1')).json().provisional).toBe(true);
  });

  it('rejects bad queries with 4xx and clear messages', async () => {
    for (const url of [
      '/api/calendar/deadline?start=2025-02-30&days=1',
      '/api/calendar/deadline?start=2025-01-01&days=-1',
      '/api/calendar/deadline?start=2025-01-01&days=99999',
      '/api/calendar/deadline?start=2025-01-01',
      '/api/calendar/workdays?from=2025-01-10&to=2025-01-01',
      '/api/calendar/workdays?from=1990-01-01&to=2045-01-01',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      for (const i of response.json().error.details.issues) expect(i.path, url).not.toBe('');
      expect(response.json().error.message, url).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('lets a center add a local closure that moves its deadlines only', async () => {
    const closure = await admin.post('/api/calendar/closures', { centerId: countyId, date: '2025-10-13', reason: '县运会场馆占用' });
    expect(closure.statusCode).toBe(200);
    expect((await get(`/api/calendar/deadline?start=2025-09-30&days=5&centerId=${countyId}`)).json().deadline).toBe('2025-10-15');
    expect((await get('/api/calendar/deadline?start=2025-09-30&days=5')).json().deadline).toBe('2025-10-14');
    expect((await admin.post('/api/calendar/closures', { centerId: countyId, date: '2025-10-13', reason: '重复' })).statusCode).toBe(409);
    const agent = await Session.signIn(t.app, 'agent.dongjie');
    expect((await agent.post('/api/calendar/closures', { centerId: countyId, date: '2025-10-20', reason: 'x' })).statusCode).toBe(403);
    expect((await admin.request('DELETE', `/api/calendar/closures/${closure.json().id}`)).statusCode).toBe(200);
    expect((await get(`/api/calendar/deadline?start=2025-09-30&days=5&centerId=${countyId}`)).json().deadline).toBe('2025-10-14');
  });

  it('keeps service hours per center', async () => {
    expect((await get(`/api/calendar/service-hours/${countyId}`)).json()).toEqual({ workday: '08:30-12:00,14:00-17:30', saturday: null });
    const set = await admin.request('PUT', `/api/calendar/service-hours/${countyId}`, { workday: '08:30-12:00,13:30-17:30', saturday: '09:00-12:00' });
    expect(set.statusCode).toBe(200);
    expect((await get(`/api/calendar/service-hours/${countyId}`)).json()).toEqual({ workday: '08:30-12:00,13:30-17:30', saturday: '09:00-12:00' });
    const bad = await admin.request('PUT', `/api/calendar/service-hours/${countyId}`, { workday: '25:00-12:00' });
    expect(bad.statusCode).toBe(400);
  });
});
