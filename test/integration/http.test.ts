import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../support/databases.js';
import { snapshot } from '../support/snapshot.js';
import { Session, startTestApp, type TestApp } from '../support/test-app.js';

describeEachDialect('HTTP surface', (use, dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await startTestApp(use());
    admin = await Session.signIn(t.app, 'admin');
  });

  it('reports health with database, version and migrations', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: { dialect, reachable: true }, migrations: { pending: [] } });
  });

  it('serves OpenAPI 3 generated from the route schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const post = doc.paths['/api/org/windows'].post;
    expect(post.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['centerId', 'number', 'kind']));
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
  });

  it('every bad request is a 4xx with a code, in zh-CN or English, and changes nothing', async () => {
    const before = await snapshot(t.database);
    const county = (await admin.get('/api/org/centers')).json().items[0].id;
    const raw = (payload: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url: '/api/org/windows', payload, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json', ...headers } });

    const malformed = await raw('{"centerId": ');
    expect([malformed.statusCode, malformed.json().error.code]).toEqual([400, 'malformed_json']);
    expect(malformed.json().error.message).toMatch(/JSON/);

    const wrongTypes = await admin.post('/api/org/windows', { centerId: county, number: 5, name: true, kind: 'dedicated', departmentIds: 'x' });
    expect(wrongTypes.statusCode).toBe(400);
    const paths = wrongTypes.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['/number', '/name', '/departmentIds']));

    const unknownField = await admin.post('/api/org/windows', { centerId: county, number: 'Q1', name: 'q', kind: 'dedicated', departmentIds: [], colour: 'red' });
    expect(unknownField.json().error.details.issues).toContainEqual(expect.objectContaining({ path: '/colour', code: 'unknown_field' }));
    expect(unknownField.json().error.message).toContain('不认识的字段');

    const asText = await raw('centerId=1', { 'content-type': 'text/plain' });
    expect([asText.statusCode, asText.json().error.code]).toEqual([415, 'unsupported_media_type']);

    const english = await raw('{"centerId": 1}', { 'accept-language': 'en-US,en;q=0.9' });
    expect(english.json().error.message).toMatch(/^The input has/);

    const oversized = await raw(JSON.stringify({ centerId: county, name: 'x'.repeat(1_100_000) }));
    expect([oversized.statusCode, oversized.json().error.code, oversized.json().error.details]).toEqual([413, 'body_too_large', { limitBytes: 1024 * 1024 }]);
    expect(oversized.json().error.message).toBe('请求内容过大：此处最多接受 1 MB，请缩小后重试。');

    const badQuery = await admin.get('/api/audit/events?limit=abc');
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().error.details.issues[0].path).toBe('querystring:/limit');

    const missing = await admin.patch('/api/org/windows/00000000-0000-7000-8000-000000000000', { phone: '1' });
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'not_found']);

    const unknownRoute = await admin.get('/api/no/such/thing');
    expect(unknownRoute.statusCode).toBe(404);

    expect(await snapshot(t.database)).toEqual(before);
  });
});
