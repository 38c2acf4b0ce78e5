import { beforeAll, expect, it } from 'vitest';
import { completeIdNumber } from '../../kernel/validators/index.js';
import { describeEachDialect } from '../../../test/support/databases.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';

const ID_NUMBER = completeIdNumber('33010219900101123');
let keyCounter = 0;
const key = () => `doc-key-${++keyCounter}`;
interface Doc {
  id: string;
  kind: string;
  number: string;
  title: string;
}
const seq = (d: Doc) => Number(/第 (\d+) 号$/.exec(d.number)![1]);

describeEachDialect('case documents and workbench tasks over HTTP', (use) => {
  let t: TestApp;
  let clerk: Session;
  let reviewer: Session;
  let approver: Session;
  let item: { id: string; materials: string[] };

  const signInAll = async () => {
    clerk = await Session.signIn(t.app, 'clerk.market');
    reviewer = await Session.signIn(t.app, 'reviewer.market');
    approver = await Session.signIn(t.app, 'approver.market');
  };

  beforeAll(async () => {
    t = await startTestApp(use(), '2026-03-02T02:00:00.000Z'); // Monday 10:00 China time
    await signInAll();
    const found = (await t.app.inject({ method: 'GET', url: `/api/public/items?q=${encodeURIComponent('食品经营许可')}` })).json().items[0];
    const detail = (await t.app.inject({ method: 'GET', url: `/api/public/items/${found.id}` })).json();
    item = { id: found.id, materials: detail.item.materials.map((m: { name: string }) => m.name) };
  });

  const receive = async (order: (names: string[]) => string[] = (names) => names) => {
    const response = await clerk.post('/api/cases', {
      itemId: item.id,
      channel: 'window',
      applicant: { type: 'person', name: '张小三', idNumber: ID_NUMBER, phone: '13800001234' },
      materials: order(item.materials).map((name) => ({ name, status: name === item.materials[0] ? 'missing' : 'received', originals: 1, copies: 1 })),
      idempotencyKey: key(),
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const act = async (session: Session, c: { id: string; version: number }, action: Record<string, unknown>) => {
    const response = await session.post(`/api/cases/${c.id}/actions`, { version: c.version, action });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const documents = async (id: string): Promise<Doc[]> => (await clerk.get(`/api/cases/${id}/documents`)).json().items;
  const content = async (id: string, doc: Doc) => (await clerk.get(`/api/cases/${id}/documents/${doc.id}`)).json();

  it('issues each transition\'s document with the next number of its center, kind and year', async () => {
    let a = await receive();
    // Materials listed in another order: the receipt still lists them in the item's order, with what was received of each.
    const b = await receive((names) => [...names].reverse());
    const [receiptA] = await documents(a.id);
    const [receiptB] = await documents(b.id);
    expect(receiptA!.kind).toBe('receipt');
    expect(receiptA!.number).toMatch(/^示范县政务服务中心 收字〔2026〕第 \d{5} 号$/);
    expect(seq(receiptB!)).toBe(seq(receiptA!) + 1);
    const receipt = await content(a.id, receiptA!);
    expect(receipt.content.materials.map((m: { name: string }) => m.name)).toEqual(item.materials);
    expect(receipt.content.materials[0]).toMatchObject({ name: item.materials[0], status: 'missing', originals: 1, copies: 1 });
    expect((await content(b.id, receiptB!)).content.materials).toEqual(receipt.content.materials);
    expect(receipt.content.center).toMatchObject({ name: '示范县政务服务中心', address: '示范县人民路 88 号' });
    expect(receipt.content.department.name).toContain('市场监督管理局');

    a = await act(clerk, a, { type: 'accept' });
    const problems = [
      { material: item.materials[0], problem: '未提供' },
      { material: item.materials[1], problem: '复印件不清晰' },
    ];
    await act(clerk, b, { type: 'requestCorrection', problems });
    const c = await receive();
    await act(clerk, c, { type: 'refuse', reason: '申请事项依法不需要取得行政许可', legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（一）项' });

    const [, acceptance] = await documents(a.id);
    expect(acceptance).toMatchObject({ kind: 'acceptance', title: '受理通知书' });
    const accepted = await content(a.id, acceptance!);
    expect(accepted.content.deadline).toBe(a.clock.deadline);
    expect(accepted.issuedOn).toBe('2026-03-02');
    const [, correction] = await documents(b.id);
    expect((await content(b.id, correction!)).content.problems).toEqual(problems);
    const [, refusal] = await documents(c.id);
    expect(refusal!.number).toMatch(/不受字〔2026〕/);
    expect((await content(c.id, refusal!)).content.paragraphs[0]).toContain('第三十二条第一款第（一）项的规定，决定不予受理');

    a = await act(reviewer, a, { type: 'review', opinion: '材料齐全', recommendation: 'grant' });
    a = await act(approver, a, { type: 'approve', decision: 'grant', reason: '符合条件' });
    a = await act(clerk, a, { type: 'complete' });
    const all = await documents(a.id);
    expect(all.map((d) => d.kind)).toEqual(['receipt', 'acceptance', 'result']);
    expect(all[2]!.title).toBe('准予行政许可结果通知书');
    expect((await content(a.id, all[2]!)).content.qr).toBe('rate');
    // A reprint shows the same number and content, however the case moved on.
    expect(all[1]).toEqual(acceptance);
    expect(await content(a.id, all[1]!)).toEqual(accepted);
  });

  it('starts the numbers again in a new year, and issues the acceptance notice of a deemed acceptance', async () => {
    t.clock.set('2027-01-04T02:00:00.000Z');
    await signInAll();
    const first = await receive();
    const [receipt] = await documents(first.id);
    expect(receipt!.number).toBe('示范县政务服务中心 收字〔2027〕第 00001 号');
    // Past five digits the number grows rather than being cut.
    await t.database.db.updateTable('case_document_sequences').set({ last_sequence: 99_999 }).where('kind', '=', 'receipt').where('year', '=', 2027).execute();
    const [large] = await documents((await receive()).id);
    expect(large!.number).toBe('示范县政务服务中心 收字〔2027〕第 100000 号');
    t.clock.set('2027-01-15T02:00:00.000Z');
    expect(await t.services.cases.deemAcceptances(t.clock.now())).toBeGreaterThanOrEqual(1);
    await signInAll();
    const [, acceptance] = await documents(first.id);
    expect(acceptance!.kind).toBe('acceptance');
    expect((await content(first.id, acceptance!)).content.paragraphs[0]).toContain('即为受理');
  });

  it('keeps documents from other departments\' clerks', async () => {
    const c = await receive();
    const [receipt] = await documents(c.id);
    const police = await Session.signIn(t.app, 'clerk.police');
    expect((await police.get(`/api/cases/${c.id}/documents`)).statusCode).toBe(403);
    expect((await police.get(`/api/cases/${c.id}/documents/${receipt!.id}`)).statusCode).toBe(403);
    expect((await clerk.get(`/api/cases/${c.id}/documents/${'0'.repeat(36)}`)).statusCode).toBe(404);
  });

  it('lists each workbench task\'s cases', async () => {
    const received = await receive();
    const accepted = await act(clerk, await receive(), { type: 'accept' });
    const reviewed = await act(reviewer, await act(clerk, await receive(), { type: 'accept' }), { type: 'review', opinion: '同意', recommendation: 'grant' });
    const ids = async (query: string) => ((await clerk.get(`/api/cases?${query}`)).json().items as { id: string }[]).map((c) => c.id);
    const intake = await ids('task=intake&limit=200');
    expect(intake).toContain(received.id);
    expect(intake).not.toContain(accepted.id);
    expect(await ids('task=review&limit=200')).toEqual(expect.arrayContaining([accepted.id]));
    expect(await ids('task=review&limit=200')).not.toContain(reviewed.id);
    expect(await ids('task=approval&limit=200')).toContain(reviewed.id);
    expect(await ids('task=approval&state=received')).toEqual([]);
    expect(await ids(`task=intake&q=${received.caseNo}`)).toEqual([received.id]);
    expect((await clerk.get('/api/cases?task=everything')).statusCode).toBe(400);
    const unknownState = await clerk.get('/api/cases?state=accepted,acepted');
    expect([unknownState.statusCode, unknownState.json().error.details.issues[0].code]).toEqual([400, 'case.state_unknown']);
    const allowed = async (session: Session, id: string) => (await session.get(`/api/cases/${id}/allowed-actions`)).json().actions;
    expect(await allowed(clerk, received.id)).toEqual(['accept', 'requestCorrection', 'refuse', 'withdraw']);
    expect(await allowed(reviewer, received.id)).toEqual([]);
    expect(await allowed(approver, reviewed.id)).toEqual(['approve', 'suspend', 'extend', 'terminate']);
    expect((await (await Session.signIn(t.app, 'clerk.police')).get(`/api/cases/${received.id}/allowed-actions`)).statusCode).toBe(403);
  });

  it('names in the result notice what the item gave when the case was received, not a later version of it', async () => {
    let c = await receive();
    const before = (await t.app.inject({ method: 'GET', url: `/api/public/items/${item.id}` })).json().item.result as string;
    c = await act(clerk, c, { type: 'accept' });
    const admin = await Session.signIn(t.app, 'admin');
    const changed = await admin.patch(`/api/catalog/items/${item.id}`, { result: '新版许可证', reason: '证照名称调整' });
    expect(changed.statusCode, changed.body).toBe(200);
    c = await act(reviewer, c, { type: 'review', opinion: '材料齐全', recommendation: 'grant' });
    c = await act(approver, c, { type: 'approve', decision: 'grant', reason: '符合条件' });
    const notice = (await documents(c.id)).find((d) => d.kind === 'result')!;
    const text = JSON.stringify((await content(c.id, notice)).content);
    expect(text).toContain(`“${before}”`);
    expect(text).not.toContain('新版许可证');
  });
});
