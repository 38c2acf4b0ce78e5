import { beforeAll, expect, it } from 'vitest';
import { APPLICANT_PASSWORD, ApplicantSession, testIdNumber } from '../../../test/support/applicant-session.js';
import { describeEachDialect } from '../../../test/support/databases.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { completeCreditCode } from '../../kernel/validators/index.js';
import { AUTH_POLICY } from '../auth/auth.domain.js';

describeEachDialect('applicant accounts over HTTP', (use) => {
  let t: TestApp;
  const register = (applicant: Record<string, unknown>, password = APPLICANT_PASSWORD) =>
    t.app.inject({ method: 'POST', url: '/api/portal/account/register', payload: { applicant, password } });
  const login = (loginName: string, password: string) => t.app.inject({ method: 'POST', url: '/api/portal/account/login', payload: { loginName, password } });

  beforeAll(async () => {
    t = await startTestApp(use(), '2026-03-02T01:00:00.000Z');
  });

  it('refuses a wrong check digit naming the field, and a second account for the same number', async () => {
    const id = testIdNumber(1);
    const wrong = id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');
    const response = await register({ type: 'person', name: '错号', idNumber: wrong, phone: '13900001111' }, 'short');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(['/applicant/idNumber', '/password']);
    expect((await register({ type: 'person', name: '林小申', idNumber: id, phone: '13900001111' })).statusCode).toBe(200);
    const again = await register({ type: 'person', name: '林小申', idNumber: id, phone: '13900001111' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('applicant.exists');
  });

  it('registers an enterprise only with a valid credit code (GB 32100)', async () => {
    const creditCode = completeCreditCode('9133109900000077');
    const wrong = creditCode.slice(0, 17) + (creditCode.endsWith('A') ? 'B' : 'A');
    const enterprise = { type: 'enterprise', name: '某某食品有限公司', legalRepresentative: '周法人', phone: '0571-88886666' };
    const bad = await register({ ...enterprise, creditCode: wrong });
    expect(bad.statusCode).toBe(400);
    expect(new Set(bad.json().error.details.issues.map((i: { path: string }) => i.path))).toEqual(new Set(['/applicant/creditCode']));
    const good = await register({ ...enterprise, creditCode });
    expect(good.json()).toMatchObject({ kind: 'enterprise', displayName: '某某食品有限公司' });
  });

  it('signs in with a separate HttpOnly SameSite=Lax cookie; staff routes do not accept it and staff cookies do not work here', async () => {
    const response = await login(` ${testIdNumber(1).toLowerCase()} `, APPLICANT_PASSWORD);
    const cookie = response.cookies.find((c) => c.name === 'ow_applicant')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const citizen = ApplicantSession.fromResponse(t.app, response);
    expect((await citizen.request('GET', '/api/portal/account/me')).json()).toMatchObject({ kind: 'person', displayName: '林小申' });
    expect((await t.app.inject({ method: 'GET', url: '/api/cases', headers: { cookie: citizen.cookie } })).statusCode).toBe(401);
    const clerk = await Session.signIn(t.app, 'clerk.market');
    expect((await clerk.get('/api/portal/account/me')).statusCode).toBe(401);
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/portal/applications', headers: { cookie: citizen.cookie }, payload: { itemId: 'x' } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.details.reason).toBe('csrf');
  });

  it('ends a session after the idle time and on sign-out', async () => {
    const citizen = ApplicantSession.fromResponse(t.app, await login(testIdNumber(1), APPLICANT_PASSWORD));
    t.clock.advance((AUTH_POLICY.idleMinutes - 1) * 60_000);
    expect((await citizen.request('GET', '/api/portal/account/me')).statusCode).toBe(200);
    t.clock.advance(AUTH_POLICY.idleMinutes * 60_000 + 1000);
    expect((await citizen.request('GET', '/api/portal/account/me')).statusCode).toBe(401);
    const again = ApplicantSession.fromResponse(t.app, await login(testIdNumber(1), APPLICANT_PASSWORD));
    expect((await again.request('POST', '/api/portal/account/logout')).statusCode).toBe(200);
    expect((await again.request('GET', '/api/portal/account/me')).statusCode).toBe(401);
  });

  it('locks an account after repeated wrong passwords, even for the right one', async () => {
    const id = testIdNumber(2);
    await register({ type: 'person', name: '陈锁定', idNumber: id, phone: '13900002222' });
    for (let i = 0; i < AUTH_POLICY.maxFailedLogins; i++) expect((await login(id, 'wrong-pass1')).statusCode).toBe(401);
    const locked = await login(id, APPLICANT_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('account_locked');
    t.clock.advance(AUTH_POLICY.lockMinutes * 60_000 + 1000);
    expect((await login(id, APPLICANT_PASSWORD)).statusCode).toBe(200);
  });
});
