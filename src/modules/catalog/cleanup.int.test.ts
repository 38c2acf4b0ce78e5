import { beforeAll, expect, it } from 'vitest';
import { catalogFixture, issueCodes, type CatalogFixture } from '../../../test/support/catalog-fixtures.js';
import { describeEachDialect } from '../../../test/support/databases.js';
import { snapshot } from '../../../test/support/snapshot.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { completeCreditCode } from '../../kernel/validators/credit-code.js';
import type { Item } from './catalog.domain.js';
import { exportCatalogWorkbook } from './catalog.excel.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A catalog in the shape of reference 002 (富顺): 399 items, 264 of them licences, 200 promised
 * items. The round cancels or merges 161 licences, reclassifies 27 more, makes 40 promised items
 * on-the-spot and delegates 3 to a township: 238 items remain, 76 licences, and the promised items
 * left promise Σ 1,674 working days against Σ 5,204 legal ones (32%).
 */
function reference002(f: CatalogFixture): { items: Item[]; groups: { spot: Item[]; toSpot: Item[]; promised: Item[] } } {
  let n = 0;
  const item = (type: Item['type'], legalDays: number, promisedDays: number): Item => {
    n += 1;
    return {
      code: f.code('SCJG', 910000 + n),
      name: `清理测试事项${n}`,
      type,
      departmentId: f.department('SCJG').id,
      legalBasis: ['《中华人民共和国行政许可法》第十二条'],
      legalDays,
      promisedDays,
      maxVisits: 1,
      channels: ['window'],
      agencyAllowed: false,
      conditions: [],
      materials: [{ name: '申请书', originals: 1, copies: 0, requirement: 'required' }],
      fees: [],
      steps: [],
      result: '决定书',
      windowIds: [f.window('A02')],
    };
  };
  const spot = Array.from({ length: 199 }, (_, j) => item(j < 161 ? 'licensing' : 'publicService', 20, 0));
  const toSpot = Array.from({ length: 40 }, () => item('publicService', 20, 5));
  const promised = Array.from({ length: 160 }, (_, k) => {
    const [legal, promise] = k < 40 ? [60, 20] : k < 140 ? [20, 5] : k < 159 ? [40, 18] : [44, 32];
    return item(k < 103 ? 'licensing' : 'publicService', legal, promise);
  });
  return { items: [...spot, ...toSpot, ...promised], groups: { spot, toSpot, promised } };
}

describeEachDialect('catalog cleanup rounds', (use) => {
  let t: TestApp;
  let admin: Session;
  let f: CatalogFixture;
  let town: { departmentId: string; windowId: string; creditCode: string };
  let data: ReturnType<typeof reference002>;
  let roundId: string;
  const proposals: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    t = await startTestApp(use());
    admin = await Session.signIn(t.app, 'admin');
    f = await catalogFixture(admin);
    const centers = (await admin.get('/api/org/centers')).json().items as Array<{ id: string; name: string }>;
    const centerId = centers.find((c) => c.name === '城关镇便民服务中心')!.id;
    const creditCode = completeCreditCode('11331099MB000101');
    const department = (await admin.post('/api/org/departments', { centerId, code: 'CGSJS', name: '城关镇市场监管所', shortName: '城关市监', creditCode })).json();
    const window = (await admin.post('/api/org/windows', { centerId, number: 'T01', name: '城关市场监管窗口', kind: 'dedicated', departmentIds: [department.id] })).json();
    town = { departmentId: department.id, windowId: window.id, creditCode };
    data = reference002(f);
  });

  it('cancels the whole demo catalog in a first round', async () => {
    const demo = (await admin.get('/api/catalog/items?pageSize=200')).json().items as Array<{ code: string }>;
    const created = await admin.post('/api/catalog/cleanup-rounds', {
      title: '清空示范目录',
      proposals: demo.map((i) => ({ action: 'cancel', code: i.code, reason: '测试前清空' })),
    });
    expect(created.statusCode, created.body).toBe(200);
    const approved = await admin.post(`/api/catalog/cleanup-rounds/${created.json().id}/approve`, { documentNo: '示政发〔2026〕1号' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().announcement.after.items).toBe(0);
    expect((await admin.get('/api/catalog/items')).json().total).toBe(0);
    const cancelled = (await admin.get('/api/catalog/items?status=cancelled&pageSize=200')).json();
    expect(cancelled.total).toBe(demo.length);
    t.clock.advance(60_000);
  });

  it('imports the catalog of reference 002', async () => {
    const workbook = await exportCatalogWorkbook(data.items);
    const response = await admin.request('POST', '/api/catalog/import', workbook, { 'content-type': XLSX });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().created).toBe(399);
  });

  it('refuses a round with wrong proposals, listing every problem, and changes nothing', async () => {
    const { spot, promised } = data.groups;
    const before = await snapshot(t.database);
    const response = await admin.post('/api/catalog/cleanup-rounds', {
      title: '错误的清理',
      proposals: [
        { action: 'cancel', code: spot[0]!.code },
        { action: 'merge', code: spot[1]!.code, reason: '合并', intoCode: spot[2]!.code },
        { action: 'cancel', code: spot[2]!.code, reason: '取消' },
        { action: 'adjust', code: promised[0]!.code, reason: '调整', changes: { promisedDays: 90 } },
        { action: 'retain', code: 'no-such-code' },
        { action: 'delegate', code: spot[3]!.code, reason: '下放' },
      ],
    });
    expect(response.statusCode).toBe(400);
    const issues = response.json().error.details.issues as Array<{ path: string; code: string }>;
    expect(issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['/proposals/5/to', 'cleanup.field_required'],
        ['/proposals/0/reason', 'text.required'],
        ['/proposals/1/intoCode', 'cleanup.merge_target_not_retained'],
        ['/proposals/4/code', 'cleanup.item_unknown'],
      ]),
    );
    expect(issues.filter((i) => i.path.startsWith('/proposals/5/'))).toHaveLength(1);
    // The items a round would produce are checked once the proposals themselves hold.
    const produced = await admin.post('/api/catalog/cleanup-rounds', {
      title: '错误的清理',
      proposals: [{ action: 'adjust', code: promised[0]!.code, reason: '调整', changes: { promisedDays: 90, windowIds: ['no-such-window'] } }],
    });
    expect(produced.json().error.details.issues.map((i: { path: string; code: string }) => [i.path, i.code])).toEqual([
      ['/proposals/0/result/promisedDays', 'item.promise_exceeds_law'],
      ['/proposals/0/result/windowIds/0', 'item.window_unknown'],
    ]);
    expect(await snapshot(t.database)).toEqual(before);
  });

  it('previews the announcement with the before/after figures and the time-limit compression', async () => {
    const { spot, toSpot, promised } = data.groups;
    spot.slice(0, 150).forEach((i) => proposals.push({ action: 'cancel', code: i.code, reason: '法律依据已废止' }));
    spot.slice(150, 161).forEach((i, k) => proposals.push({ action: 'merge', code: i.code, reason: '同类事项合并', intoCode: promised[30 + k]!.code }));
    spot.slice(161, 164).forEach((i) => proposals.push({ action: 'delegate', code: i.code, reason: '下放乡镇便民服务中心办理', to: { departmentId: town.departmentId, windowIds: [town.windowId] } }));
    toSpot.forEach((i) => proposals.push({ action: 'toOnTheSpot', code: i.code, reason: '材料简单，当场办结' }));
    promised.slice(0, 27).forEach((i) => proposals.push({ action: 'adjust', code: i.code, reason: '不属于行政许可，调整为非行政许可审批', changes: { type: 'nonLicensingApproval' } }));
    promised.slice(27, 30).forEach((i) => proposals.push({ action: 'retain', code: i.code }));

    const created = await admin.post('/api/catalog/cleanup-rounds', { title: '“一清理三减少”行政审批事项清理', proposals: proposals.slice(0, 10) });
    expect(created.statusCode, created.body).toBe(200);
    roundId = created.json().id;
    const updated = await admin.patch(`/api/catalog/cleanup-rounds/${roundId}`, { proposals, documentNo: '示府告〔2026〕2号' });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ status: 'draft', announcement: null });

    const preview = (await admin.get(`/api/catalog/cleanup-rounds/${roundId}/announcement`)).json();
    expect(preview.before).toMatchObject({ items: 399, licensingItems: 264, promisedItems: 200, onTheSpotItems: 199 });
    expect(preview.after).toMatchObject({ items: 238, licensingItems: 76, promisedItems: 160, legalDaysTotal: 5204, promisedDaysTotal: 1674 });
    expect(Math.round(preview.after.compressionRatio * 100)).toBe(32);
    expect(preview.onTheSpotConversionRatio).toBe(0.2);
    expect(preview.actionCounts).toEqual({ retain: 168, cancel: 150, adjust: 27, delegate: 3, merge: 11, toOnTheSpot: 40 });
    expect(preview.approvedAt).toBeNull();
    expect(preview.entries[0]).toMatchObject({ action: 'cancel', actionLabel: { 'zh-CN': '取消' } });
    expect((await t.app.inject({ method: 'GET', url: '/api/public/catalog/announcements' })).json().items).toHaveLength(1);
  });

  it('approves the round: cancelled and merged items keep their history, changed ones get a new version', async () => {
    const approved = await admin.post(`/api/catalog/cleanup-rounds/${roundId}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', documentNo: '示府告〔2026〕2号', approvedBy: '王管理' });
    expect((await admin.get('/api/catalog/items')).json().total).toBe(238);

    const find = async (code: string) => (await admin.get(`/api/catalog/items?status=all&q=${encodeURIComponent(code)}`)).json().items[0];
    const { spot, toSpot, promised } = data.groups;
    expect(await find(spot[0]!.code)).toMatchObject({ status: 'cancelled', version: 1 });
    const merged = await admin.get(`/api/catalog/items/${(await find(spot[150]!.code)).id}`);
    expect(merged.json()).toMatchObject({ status: 'merged', statusReason: '同类事项合并', mergedIntoId: (await find(promised[30]!.code)).id });

    const delegated = await find(`${spot[161]!.code.slice(0, 12)}-331099101-${town.creditCode}`);
    expect(delegated).toMatchObject({ version: 2, departmentId: town.departmentId, status: 'active' });
    const adjusted = await find(promised[0]!.code);
    expect(adjusted).toMatchObject({ type: 'nonLicensingApproval', version: 2 });
    const original = (await admin.get(`/api/catalog/items/${adjusted.id}/versions/1`)).json();
    expect(original.doc.type).toBe('licensing');
    const versions = (await admin.get(`/api/catalog/items/${adjusted.id}/versions`)).json().items;
    expect(versions[0]).toMatchObject({ source: 'cleanup', cleanupRoundId: roundId, reason: '不属于行政许可，调整为非行政许可审批' });
    expect(await find(toSpot[0]!.code)).toMatchObject({ caseType: 'onTheSpot', promisedDays: 0, version: 2 });

    const published = (await t.app.inject({ method: 'GET', url: '/api/public/catalog/announcements' })).json().items;
    expect(published.map((a: { title: string }) => a.title)).toEqual(['“一清理三减少”行政审批事项清理', '清空示范目录']);
    expect(published[0]).toMatchObject({ documentNo: '示府告〔2026〕2号', before: { items: 399 }, after: { items: 238, licensingItems: 76 } });
  });

  it('keeps an approved round as it is', async () => {
    const before = await snapshot(t.database);
    expect((await admin.post(`/api/catalog/cleanup-rounds/${roundId}/approve`, { documentNo: 'x' })).statusCode).toBe(422);
    expect((await admin.patch(`/api/catalog/cleanup-rounds/${roundId}`, { title: '改' })).statusCode).toBe(422);
    const draft = await admin.post('/api/catalog/cleanup-rounds', { title: '无文号', proposals: [] });
    expect(draft.statusCode).toBe(200);
    const after = await snapshot(t.database);
    const noNumber = await admin.post(`/api/catalog/cleanup-rounds/${draft.json().id}/approve`, {});
    expect(issueCodes(noNumber.json())).toEqual(['cleanup.document_required']);
    expect(await snapshot(t.database)).toEqual(after);
    expect(after.cleanup_rounds).not.toEqual(before.cleanup_rounds);
  });
});
