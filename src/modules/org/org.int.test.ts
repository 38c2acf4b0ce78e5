import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { snapshot } from '../../../test/support/snapshot.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';

describeEachDialect('organization over HTTP', (use) => {
  let t: TestApp;
  let admin: Session;
  let ids: { county: string; market: string; police: string; tax: string; town: string };

  beforeAll(async () => {
    t = await startTestApp(use());
    admin = await Session.signIn(t.app, 'admin');
    const departments = (await admin.get('/api/org/departments')).json().items as Array<{ id: string; code: string; centerId: string }>;
    const centers = (await admin.get('/api/org/centers')).json().items as Array<{ id: string; level: string; name: string }>;
    const dept = (code: string) => departments.find((d) => d.code === code)!.id;
    ids = {
      county: centers.find((c) => c.level === 'county_center')!.id,
      town: centers.find((c) => c.name === '城关镇便民服务中心')!.id,
      market: dept('SCJG'),
      police: dept('GA'),
      tax: dept('SW'),
    };
  });

  it('lists the demo organization', async () => {
    const centers = (await admin.get('/api/org/centers')).json().items;
    expect(centers).toHaveLength(8);
    expect((await admin.get('/api/org/departments')).json().items).toHaveLength(10);
    const windows = (await admin.get('/api/org/windows')).json().items as Array<{ kind: string; departmentIds: string[] }>;
    expect(windows.some((w) => w.kind === 'comprehensive' && w.departmentIds.length === 3)).toBe(true);
    const regions = (await admin.get('/api/org/regions')).json().items as Array<{ level: string }>;
    expect(regions.filter((r) => r.level === 'village')).toHaveLength(4);
  });

  it('creates, edits and deactivates a window, with audit records', async () => {
    const created = await admin.post('/api/org/windows', {
      centerId: ids.county,
      number: 'd01',
      name: '涉农服务窗口',
      kind: 'category',
      category: '涉农服务',
      location: '二楼 D 区',
      departmentIds: [ids.market, ids.tax],
    });
    expect(created.statusCode).toBe(200);
    const window = created.json();
    expect(window.number).toBe('D01');
    const edited = await admin.patch(`/api/org/windows/${window.id}`, { phone: '0571-88880301' });
    expect(edited.json().phone).toBe('0571-88880301');
    const off = await admin.post(`/api/org/windows/${window.id}/deactivate`);
    expect(off.json().active).toBe(false);
    const listed = (await admin.get('/api/org/windows')).json().items as Array<{ id: string }>;
    expect(listed.some((w) => w.id === window.id)).toBe(false);
    const all = (await admin.get('/api/org/windows?includeInactive=true')).json().items as Array<{ id: string }>;
    expect(all.some((w) => w.id === window.id)).toBe(true);
    const audit = (await admin.get(`/api/audit/events?entityType=window&entityId=${window.id}`)).json().items as Array<{ action: string; actorName: string }>;
    expect(audit.map((a) => a.action)).toEqual(['window.deactivate', 'window.update', 'window.create']);
    expect(audit[0]!.actorName).toBe('王管理');
  });

  it('rejects a duplicate window number with 409 and changes nothing', async () => {
    const before = await snapshot(t.database);
    const response = await admin.post('/api/org/windows', { centerId: ids.county, number: 'A01', name: '重复', kind: 'dedicated', departmentIds: [ids.police] });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('window.duplicate');
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('reports every rule broken by a window at once', async () => {
    const before = await snapshot(t.database);
    const response = await admin.post('/api/org/windows', { centerId: ids.county, number: 'Z01', name: '综合', kind: 'comprehensive', departmentIds: [ids.police, 'nope'] });
    expect(response.statusCode).toBe(400);
    const codes = response.json().error.details.issues.map((i: { code: string }) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['window.department_unknown']));
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('creates staff with a valid password only', async () => {
    const weak = await admin.post('/api/org/staff', { username: 'newclerk', displayName: '新人', password: 'short', centerId: ids.county, roles: ['clerk'] });
    expect(weak.statusCode).toBe(400);
    const codes = weak.json().error.details.issues.map((i: { code: string }) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['password.weak', 'staff.department_required']));
    const ok = await admin.post('/api/org/staff', { username: 'newclerk', displayName: '新人', password: 'Counter2026', centerId: ids.county, departmentId: ids.tax, roles: ['clerk'] });
    expect(ok.statusCode).toBe(200);
    const session = await Session.signIn(t.app, 'newclerk', 'Counter2026');
    expect(session.me.departmentId).toBe(ids.tax);
  });

  it('records a chief representative authorization and checks it', async () => {
    const staff = (await admin.get(`/api/org/staff?departmentId=${ids.market}`)).json().items as Array<{ id: string; username: string }>;
    const clerk = staff.find((s) => s.username === 'clerk.market')!;
    const notChief = await admin.post('/api/org/authorizations', {
      staffId: clerk.id,
      departmentId: ids.market,
      position: 'A',
      documentNo: '示市监〔2026〕9号',
      powers: [],
      validFrom: '2026-03-01',
      validTo: '2026-02-01',
    });
    expect(notChief.statusCode).toBe(400);
    expect(notChief.json().error.details.issues.map((i: { code: string }) => i.code).sort()).toEqual(
      ['authorization.dates', 'authorization.not_chief', 'authorization.powers_required'].sort(),
    );
    const list = (await admin.get('/api/org/authorizations')).json().items as Array<{ id: string; position: string; inForce: boolean; powers: string[] }>;
    expect(list.find((a) => a.position === 'A')).toMatchObject({ inForce: true, powers: ['decide', 'reviewReport', 'coordinate', 'seal'] });
    const revoked = await admin.post(`/api/org/authorizations/${list[0]!.id}/revoke`);
    expect(revoked.json().revokedAt).toBe(t.clock.now().toISOString());
    expect((await admin.post(`/api/org/authorizations/${list[0]!.id}/revoke`)).statusCode).toBe(422);
  });

  it('keeps a clerk to their own department', async () => {
    const clerk = await Session.signIn(t.app, 'clerk.police');
    const own = await clerk.get('/api/org/staff');
    expect(own.statusCode).toBe(200);
    const departments = new Set((own.json().items as Array<{ departmentId: string }>).map((s) => s.departmentId));
    expect([...departments]).toEqual([ids.police]);
    const other = await clerk.get(`/api/org/staff?departmentId=${ids.market}`);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.details.reason).toBe('department');
    const before = await snapshot(t.database);
    const edit = await clerk.patch(`/api/org/departments/${ids.market}`, { phone: '110' });
    expect(edit.statusCode).toBe(403);
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('lets a chief representative edit only their own department', async () => {
    const chief = await Session.signIn(t.app, 'chief.market');
    expect((await chief.patch(`/api/org/departments/${ids.market}`, { phone: '0571-88889999' })).json().phone).toBe('0571-88889999');
    const before = await snapshot(t.database);
    const other = await chief.patch(`/api/org/departments/${ids.police}`, { phone: '0571-1' });
    expect(other.statusCode).toBe(403);
    expect((await chief.patch(`/api/org/departments/${ids.market}`, { name: '改名' })).statusCode).toBe(403);
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('keeps a village agent out of the county settings', async () => {
    const agent = await Session.signIn(t.app, 'agent.dongjie');
    const before = await snapshot(t.database);
    for (const response of [
      await agent.post('/api/org/windows', { centerId: ids.county, number: 'X1', name: 'x', kind: 'dedicated', departmentIds: [ids.police] }),
      await agent.post('/api/org/regions', { code: '331099103', name: '新乡', level: 'township', parentCode: '331099' }),
      await agent.patch(`/api/org/centers/${ids.county}`, { phone: '1' }),
      await agent.get('/api/org/staff'),
      await agent.get('/api/audit/events'),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
    }
    expect(await snapshot(t.database)).toEqual(before);
    // The agent sees only its own village point.
    const centers = (await agent.get('/api/org/centers')).json().items as Array<{ name: string }>;
    expect(centers.map((c) => c.name)).toEqual(['东街村代办点']);
  });

  it('keeps a township admin inside the township', async () => {
    const created = await admin.post('/api/org/staff', { username: 'town.admin', displayName: '镇管理员', password: 'Township2026', centerId: ids.town, roles: ['admin'] });
    expect(created.statusCode).toBe(200);
    const townAdmin = await Session.signIn(t.app, 'town.admin', 'Township2026');
    const before = await snapshot(t.database);
    const response = await townAdmin.post('/api/org/windows', { centerId: ids.county, number: 'T9', name: 'x', kind: 'dedicated', departmentIds: [ids.police] });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.details.reason).toBe('center');
    expect((await townAdmin.post('/api/org/regions', { code: '331099103', name: '新乡', level: 'township', parentCode: '331099' })).statusCode).toBe(403);
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('validates region codes against their parent', async () => {
    const response = await admin.post('/api/org/regions', { code: '331100101', name: '错乡', level: 'township', parentCode: '331099' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues[0].code).toBe('region.code_prefix');
    expect((await admin.post('/api/org/regions', { code: '331099103', name: '新乡', level: 'township', parentCode: '331099' })).statusCode).toBe(200);
  });

  it('shows the public face of the center without signing in', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/center' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.center.name).toBe('示范县政务服务中心');
    expect(body.departments.length).toBeGreaterThanOrEqual(10);
    expect(body.centers.length).toBe(8);
  });
});
