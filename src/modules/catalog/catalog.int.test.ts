import { beforeAll, expect, it } from 'vitest';
import { catalogFixture, issueCodes, itemBody, type CatalogFixture } from '../../../test/support/catalog-fixtures.js';
import { describeEachDialect } from '../../../test/support/databases.js';
import { snapshot } from '../../../test/support/snapshot.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';

describeEachDialect('catalog items over HTTP', (use) => {
  let t: TestApp;
  let admin: Session;
  let f: CatalogFixture;
  const publicGet = (url: string) => t.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    t = await startTestApp(use());
    admin = await Session.signIn(t.app, 'admin');
    f = await catalogFixture(admin);
  });

  it('seeds the demo catalog: about forty items, several on the spot, sub-items under their main item', async () => {
    const page = (await admin.get('/api/catalog/items?pageSize=200')).json();
    expect(page.total).toBeGreaterThanOrEqual(38);
    const items = page.items as Array<{ name: string; caseType: string; mainCode: string | null; code: string; departmentName: string }>;
    expect(items.filter((i) => i.caseType === 'onTheSpot').length).toBeGreaterThanOrEqual(5);
    const sub = items.find((i) => i.name === '食品经营许可（新办）')!;
    expect(sub.mainCode).toBe(items.find((i) => i.name === '食品经营许可')!.code);
    expect(sub.departmentName).toBe('示范县市场监督管理局');
  });

  it('creates an item, changes it into a new version with its reason, and keeps the old version', async () => {
    const created = await admin.post('/api/catalog/items', { ...itemBody(f, 900001), lifeEvents: ['businessOperation'] });
    expect(created.statusCode, created.body).toBe(200);
    const item = created.json();
    expect(item).toMatchObject({ version: 1, status: 'active', caseType: 'promised', lifeEvents: ['businessOperation'] });

    const changed = await admin.patch(`/api/catalog/items/${item.id}`, { promisedDays: 0, materials: [], type: 'publicService', result: '告知书', reason: '改为即办件' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ changed: true, item: { version: 2, promisedDays: 0, caseType: 'onTheSpot' } });

    const versions = (await admin.get(`/api/catalog/items/${item.id}/versions`)).json().items as Array<{ version: number; reason: string; source: string; changes: Array<{ path: string }> }>;
    expect(versions.map((v) => [v.version, v.reason, v.source])).toEqual([
      [2, '改为即办件', 'update'],
      [1, '新增事项', 'create'],
    ]);
    expect(versions[0]!.changes.map((c) => c.path)).toEqual(expect.arrayContaining(['/type', '/promisedDays', '/materials/申请书', '/result']));
    const first = (await admin.get(`/api/catalog/items/${item.id}/versions/1`)).json();
    expect(first.doc).toMatchObject({ promisedDays: 5, type: 'licensing', materials: [{ name: '申请书' }] });

    // The same values again change nothing: no version, no audit record.
    const before = await snapshot(t.database);
    const again = await admin.patch(`/api/catalog/items/${item.id}`, { promisedDays: 0, reason: '重复提交' });
    expect(again.json()).toMatchObject({ changed: false, item: { version: 2 } });
    expect(await snapshot(t.database)).toEqual(before);

    // Life events are classification: they change without a new version.
    const classified = await admin.patch(`/api/catalog/items/${item.id}`, { lifeEvents: ['startBusiness'], reason: '调整主题' });
    expect(classified.json()).toMatchObject({ changed: true, item: { version: 2, lifeEvents: ['startBusiness'] } });
    const audit = (await admin.get(`/api/audit/events?entityType=item&entityId=${item.id}`)).json().items as Array<{ action: string }>;
    expect(audit.map((a) => a.action)).toEqual(['item.update', 'item.update', 'item.create']);
  });

  it('reports every problem of an item at once and changes nothing', async () => {
    const before = await snapshot(t.database);
    const response = await admin.post(
      '/api/catalog/items',
      itemBody(f, 900002, { promisedDays: 30, legalDays: -1, maxVisits: 11, departmentId: 'no-such-department', windowIds: ['no-such-window'], materials: [] }),
    );
    expect(response.statusCode).toBe(400);
    expect(issueCodes(response.json())).toEqual(
      expect.arrayContaining(['item.promise_exceeds_law', 'number.negative', 'number.range', 'item.department_unknown', 'item.window_unknown', 'item.materials_required']),
    );
    const promise = response.json().error.details.issues.find((i: { code: string }) => i.code === 'item.promise_exceeds_law');
    expect(promise.path).toBe('/promisedDays');
    expect(promise.message).toContain('承诺时限');
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/catalog/items',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'accept-language': 'en-US' },
      payload: itemBody(f, 900002, { promisedDays: 30 }),
    });
    expect(english.json().error.details.issues[0].message).toContain('exceeds the legal limit');
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('checks the item code: its form, its department, its main item; a taken code is a conflict', async () => {
    const before = await snapshot(t.database);
    const malformed = await admin.post('/api/catalog/items', itemBody(f, 900003, { code: '12345-331099' }));
    expect(issueCodes(malformed.json())).toEqual(['item.code_format']);
    const otherDepartment = await admin.post('/api/catalog/items', itemBody(f, 900003, { code: f.code('GA', 900003) }));
    expect(issueCodes(otherDepartment.json())).toEqual(['item.code_department_mismatch']);
    const orphan = await admin.post('/api/catalog/items', itemBody(f, 900003, { code: f.code('SCJG', 900003, 1) }));
    expect(issueCodes(orphan.json())).toEqual(['catalog.main_item_missing']);
    const demoCode = (await admin.get('/api/catalog/items?q=企业设立登记')).json().items[0].code;
    const duplicate = await admin.post('/api/catalog/items', itemBody(f, 900003, { code: demoCode }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('catalog.code_duplicate');
    const unknownField = await admin.patch(`/api/catalog/items/${(await admin.get('/api/catalog/items?q=企业设立登记')).json().items[0].id}`, { code: 'x', reason: '改编码' });
    expect(unknownField.statusCode).toBe(400);
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('gives departments a checked unified social credit code, the third part of their item codes', async () => {
    const chief = await Session.signIn(t.app, 'chief.market');
    const before = await snapshot(t.database);
    const department = f.department('SCJG');
    const wrong = await admin.patch(`/api/org/departments/${department.id}`, { creditCode: `${department.creditCode.slice(0, 17)}0` });
    expect(wrong.statusCode).toBe(400);
    expect(issueCodes(wrong.json())).toEqual(['creditCode.check_character']);
    expect((await chief.patch(`/api/org/departments/${department.id}`, { creditCode: null })).statusCode).toBe(403);
    expect(await snapshot(t.database)).toEqual(before);
    const lower = await admin.patch(`/api/org/departments/${department.id}`, { creditCode: department.creditCode.toLowerCase() });
    expect(lower.json().creditCode).toBe(department.creditCode);
  });

  it('keeps clerks to reading the catalog', async () => {
    const clerk = await Session.signIn(t.app, 'clerk.market');
    expect((await clerk.get('/api/catalog/items')).statusCode).toBe(200);
    const before = await snapshot(t.database);
    const id = (await clerk.get('/api/catalog/items')).json().items[0].id;
    for (const response of [
      await clerk.post('/api/catalog/items', itemBody(f, 900004)),
      await clerk.patch(`/api/catalog/items/${id}`, { promisedDays: 1, reason: '越权' }),
      await clerk.post('/api/catalog/bundles', { code: 'X', name: 'x', itemCodes: [] }),
      await clerk.post('/api/catalog/cleanup-rounds', { title: 'x', proposals: [] }),
      await clerk.post('/api/catalog/fees', { name: 'x', standard: 'x', legalBasis: 'x' }),
      await clerk.request('POST', '/api/catalog/import', Buffer.from('x'), { 'content-type': 'application/octet-stream' }),
    ]) {
      expect(response.statusCode).toBe(403);
    }
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('lets the public search the active catalog by name, department, life event, type and channel', async () => {
    const byName = (await publicGet('/api/public/items?q=食品经营')).json();
    expect(byName.items.map((i: { name: string }) => i.name)).toEqual(['食品经营许可', '食品经营许可（新办）', '食品经营许可（变更）', '食品经营许可（延续）']);
    const ranked = (await publicGet(`/api/public/items?q=${encodeURIComponent('企业投资项目核准')}`)).json().items as Array<{ name: string }>;
    expect(ranked.map((i) => i.name)).toEqual(['企业投资项目核准', '企业投资项目备案']);
    const byDepartmentName = (await publicGet(`/api/public/items?q=${encodeURIComponent('民政')}`)).json();
    expect(byDepartmentName.total).toBe(5);
    const byDepartment = (await publicGet(`/api/public/items?departmentId=${f.department('JT').id}`)).json();
    expect(byDepartment.items.every((i: { departmentName: string }) => i.departmentName === '示范县交通运输局')).toBe(true);
    expect(byDepartment.total).toBe(4);
    const marriage = (await publicGet('/api/public/items?lifeEvent=marriage')).json();
    expect(marriage.items.map((i: { name: string }) => i.name)).toEqual(['内地居民结婚登记']);
    const filings = (await publicGet('/api/public/items?type=other&channel=agency')).json();
    expect(filings.items.every((i: { type: string; channels: string[] }) => i.type === 'other' && i.channels.includes('agency'))).toBe(true);
    const paged = (await publicGet('/api/public/items?pageSize=5&page=2')).json();
    expect(paged).toMatchObject({ page: 2, pageSize: 5 });
    expect(paged.items).toHaveLength(5);
    const wildcard = (await publicGet(`/api/public/items?q=${encodeURIComponent('100%')}`)).json();
    expect(wildcard.total).toBe(0);
    const events = (await publicGet('/api/public/life-events')).json().items as Array<{ id: string; items: number; bundles: number }>;
    expect(events.find((e) => e.id === 'startBusiness')).toMatchObject({ bundles: 1 });
    expect(events.find((e) => e.id === 'marriage')!.items).toBe(1);
    expect((await publicGet('/api/public/items?type=nonsense')).statusCode).toBe(400);
  });

  it('publishes the service guide of an item, by id or by code, with its windows and time limits', async () => {
    const found = (await publicGet(`/api/public/items?q=${encodeURIComponent('道路旅客运输')}`)).json().items[0];
    const byCode = await publicGet(`/api/public/items/${found.code}`);
    expect(byCode.statusCode).toBe(200);
    const { item, guide, windows, department } = byCode.json();
    expect(item.id).toBe(found.id);
    expect(guide.sections.map((s: { id: string }) => s.id)).toEqual(['basicInfo', 'legalBasis', 'conditions', 'materials', 'fees', 'timeLimits', 'process', 'windows', 'contacts']);
    expect(guide.title['zh-CN']).toBe('道路旅客运输经营许可服务指南');
    const limits = guide.sections.find((s: { id: string }) => s.id === 'timeLimits').blocks[0].fields;
    expect(limits.map((x: { value: { 'zh-CN': string } }) => x.value['zh-CN'])).toEqual(['20 个工作日', '10 个工作日']);
    const windowRows = guide.sections.find((s: { id: string }) => s.id === 'windows').blocks[0].rows;
    expect(windowRows[0][0]['zh-CN']).toBe('A04 交通运输窗口');
    expect(windowRows[0][1]['zh-CN']).toContain('一楼 A 区');
    expect(windows[0]).toMatchObject({ number: 'A04' });
    expect(department.name).toBe('示范县交通运输局');
    expect((await publicGet('/api/public/items/no-such-item')).statusCode).toBe(404);
  });

  it('offers a bundle with one combined guide in which shared materials appear once', async () => {
    const offered = (await publicGet('/api/public/bundles')).json().items as Array<{ id: string; name: string; items: unknown[] }>;
    const restaurant = offered.find((b) => b.name === '开办餐饮店一件事')!;
    expect(restaurant.items).toHaveLength(4);
    const { guide } = (await publicGet(`/api/public/bundles/${restaurant.id}`)).json();
    const licence = guide.materials.filter((m: { name: string }) => m.name === '营业执照');
    expect(licence).toHaveLength(1);
    expect(licence[0].neededBy.map((n: { name: string }) => n.name)).toEqual(['食品经营许可（新办）', '新办纳税人涉税事项（信息确认）', '社会保险登记（单位参保）']);
    expect(guide.materialCounts.together).toBeLessThan(guide.materialCounts.separately);
    expect(guide.items.map((i: { departmentName: string }) => i.departmentName)).toContain('国家税务总局示范县税务局');

    const codes = (await admin.get('/api/catalog/items?q=食品经营许可（延续）')).json().items.map((i: { code: string }) => i.code);
    const before = await snapshot(t.database);
    const bad = await admin.post('/api/catalog/bundles', { code: ' ', name: '测试', itemCodes: [codes[0], 'no-such-code'], lifeEvents: ['nonsense'] });
    expect(bad.statusCode).toBe(400);
    expect(issueCodes(bad.json())).toEqual(['not_allowed']);
    const unknown = await admin.post('/api/catalog/bundles', { code: ' ', name: '测试', itemCodes: [codes[0], 'no-such-code', codes[0]] });
    expect(issueCodes(unknown.json())).toEqual(['text.required', 'bundle.item_unknown', 'bundle.item_duplicate']);
    const setUp = (await admin.get('/api/catalog/items?q=企业设立登记')).json().items[0].code;
    const taken = await admin.post('/api/catalog/bundles', { code: 'YJS-331099-001', name: '重复', itemCodes: [codes[0], setUp] });
    expect(taken.statusCode).toBe(409);
    expect(await snapshot(t.database)).toEqual(before);

    const off = await admin.post(`/api/catalog/bundles/${restaurant.id}/deactivate`);
    expect(off.json().active).toBe(false);
    expect((await publicGet(`/api/public/bundles/${restaurant.id}`)).statusCode).toBe(404);
    expect((await admin.post(`/api/catalog/bundles/${restaurant.id}/activate`)).json().active).toBe(true);
  });

  it('keeps the fee catalog with cancelled fees, their date and document', async () => {
    const fees = (await publicGet('/api/public/fees?status=cancelled')).json().items as Array<{ name: string; cancelledOn: string; cancelDocumentNo: string }>;
    expect(fees.find((x) => x.name === '居民身份证加急费')).toMatchObject({ cancelledOn: '2009-09-01', cancelDocumentNo: '苏政发〔2009〕111号' });

    const created = await admin.post('/api/catalog/fees', { name: '居民身份证工本费', departmentId: f.department('GA').id, standard: '每证 20 元', legalBasis: '发改价格〔2003〕2322号' });
    expect(created.statusCode).toBe(409);
    const bad = await admin.post('/api/catalog/fees', { name: ' ', standard: '', legalBasis: '', departmentId: 'nope', amountFen: -1 });
    expect(issueCodes(bad.json())).toEqual(['text.required', 'text.required', 'text.required', 'fee.department_unknown', 'number.negative']);

    const active = (await admin.get('/api/catalog/fees?status=active')).json().items as Array<{ id: string; name: string }>;
    const idCardFee = active.find((x) => x.name === '居民身份证工本费')!;
    const invalidDate = await admin.post(`/api/catalog/fees/${idCardFee.id}/cancel`, { cancelledOn: '2026-02-30', documentNo: '' });
    expect(invalidDate.statusCode).toBe(400);
    expect(invalidDate.json().error.details.issues).toHaveLength(2);
    const cancelled = await admin.post(`/api/catalog/fees/${idCardFee.id}/cancel`, { cancelledOn: '2026-04-01', documentNo: '示价〔2026〕3号', reason: '停止征收' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().fee).toMatchObject({ status: 'cancelled', cancelledOn: '2026-04-01', cancelDocumentNo: '示价〔2026〕3号' });
    expect(cancelled.json().itemsStillCharging.map((i: { name: string }) => i.name)).toEqual(['居民身份证申领、换领、补领']);
    expect((await admin.post(`/api/catalog/fees/${idCardFee.id}/cancel`, { cancelledOn: '2026-04-02', documentNo: 'x' })).statusCode).toBe(422);
    const history = (await admin.get('/api/catalog/fees?status=cancelled')).json().items as Array<{ name: string }>;
    expect(history.map((x) => x.name)).toContain('居民身份证工本费');
  });
});
