import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { snapshot } from '../../../test/support/snapshot.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';

describeEachDialect('sign-in and sessions', (use) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(use());
  });

  const login = (username: string, password: string, ip = '10.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip });

  it('sets an HttpOnly, SameSite session cookie and never returns the password hash', async () => {
    const response = await login('admin', 'Window2026');
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'ow_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(response.body).not.toContain('scrypt');
    expect(response.json().permissions).toContain('org.manage');
  });

  it('answers 401 without a session, and for a wrong password with one message for both cases', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/org/windows' })).statusCode).toBe(401);
    const wrong = await login('clerk.police', 'nope', '10.0.0.2');
    const unknown = await login('nobody', 'nope', '10.0.0.2');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
  });

  it('locks an account after five wrong passwords, and an admin can unlock it', async () => {
    for (let i = 0; i < 5; i++) expect((await login('clerk.social', 'wrong-password', '10.0.1.1')).statusCode).toBe(401);
    const locked = await login('clerk.social', 'Window2026', '10.0.1.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('account_locked');
    expect(locked.headers['retry-after']).toBe('900');
    t.clock.advance(16 * 60_000);
    expect((await login('clerk.social', 'Window2026', '10.0.1.1')).statusCode).toBe(200);
  });

  it('throttles one address that keeps guessing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await login(`ghost${i}`, 'x', '10.9.9.9')).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
    // While blocked, even the right password is refused.
    expect((await login('admin', 'Window2026', '10.9.9.9')).statusCode).toBe(429);
  });

  it('never throttles an address for its successful sign-ins (a hall behind one address)', async () => {
    for (let i = 0; i < 25; i++) expect((await login(i % 2 ? 'clerk.market' : 'reviewer.market', 'Window2026', '10.8.8.8')).statusCode).toBe(200);
  });

  it('refuses a cookie-authenticated write without the CSRF token, changing nothing', async () => {
    const admin = await Session.signIn(t.app, 'admin');
    const before = await snapshot(t.database);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/org/regions',
      headers: { cookie: admin.cookie },
      payload: { code: '331099109', name: '无令牌乡', level: 'township', parentCode: '331099' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.details.reason).toBe('csrf');
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('ends a session after two idle hours', async () => {
    const leader = await Session.signIn(t.app, 'leader');
    expect((await leader.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advance(2 * 3_600_000 + 1000);
    const expired = await leader.get('/api/auth/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('not_signed_in');
  });

  it('changes a password: the old one stops working, other sessions end', async () => {
    const first = await Session.signIn(t.app, 'hotline');
    const second = await Session.signIn(t.app, 'hotline');
    const bad = await first.post('/api/auth/password', { currentPassword: 'wrong', newPassword: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues.map((i: { code: string }) => i.code)).toEqual(['password.wrong', 'password.weak']);
    expect((await first.post('/api/auth/password', { currentPassword: 'Window2026', newPassword: 'Phone12345' })).statusCode).toBe(200);
    expect((await first.get('/api/auth/me')).statusCode).toBe(200);
    expect((await second.get('/api/auth/me')).statusCode).toBe(401);
    expect((await login('hotline', 'Window2026', '10.0.2.1')).statusCode).toBe(401);
    expect((await login('hotline', 'Phone12345', '10.0.2.1')).statusCode).toBe(200);
  });

  it('signs out', async () => {
    const s = await Session.signIn(t.app, 'supervisor');
    expect((await s.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await s.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('turns away a deactivated staff member at once', async () => {
    const admin = await Session.signIn(t.app, 'admin');
    const reviewer = await Session.signIn(t.app, 'reviewer.market');
    const id = reviewer.me.id as string;
    expect((await admin.post(`/api/org/staff/${id}/deactivate`)).statusCode).toBe(200);
    expect((await reviewer.get('/api/auth/me')).statusCode).toBe(401);
    expect((await login('reviewer.market', 'Window2026', '10.0.3.1')).statusCode).toBe(401);
  });
});
