import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeIdNumber } from '../../src/kernel/validators/index.js';
import { PHONE, startE2E, type ApiClient, type E2E } from './support.js';

const ID_NUMBER = completeIdNumber('33010219900101123');
const PAD = { width: 1280, height: 800 } as const;

interface CaseDetail {
  id: string;
  caseNo: string;
  queryCode: string;
  version: number;
  clock: { deadline: string } | null;
}

let e2e: E2E;
let windowA02 = '';
let item: { id: string; materials: string[] };

beforeAll(async () => {
  e2e = await startE2E();
  const admin = await e2e.api('admin');
  const windows = (await admin.call<{ items: { id: string; number: string }[] }>('GET', '/api/org/windows')).body.items;
  windowA02 = windows.find((w) => w.number === 'A02')!.id;
  const found = (await (await fetch(`${e2e.baseUrl}/api/public/items?q=${encodeURIComponent('食品经营许可')}`)).json()) as { items: { id: string }[] };
  const detail = (await (await fetch(`${e2e.baseUrl}/api/public/items/${found.items[0]!.id}`)).json()) as { item: { materials: { name: string }[] } };
  item = { id: found.items[0]!.id, materials: detail.item.materials.map((m) => m.name) };
});
afterAll(async () => {
  await e2e?.close();
});

/** A case received at window A02 and completed there, through the API as the demo staff. */
async function completedCase(name: string): Promise<CaseDetail> {
  const [clerk, reviewer, approver] = await Promise.all(['clerk.market', 'reviewer.market', 'approver.market'].map((u) => e2e.api(u)));
  const act = async (who: ApiClient, c: CaseDetail, action: Record<string, unknown>) => {
    const response = await who.call<CaseDetail>('POST', `/api/cases/${c.id}/actions`, { version: c.version, action });
    expect(response.status).toBe(200);
    return response.body;
  };
  const received = await clerk!.call<CaseDetail>('POST', '/api/cases', {
    itemId: item.id,
    windowId: windowA02,
    channel: 'window',
    applicant: { type: 'person', name, idNumber: ID_NUMBER, phone: '13800001234' },
    materials: item.materials.map((m) => ({ name: m, status: 'received' })),
    idempotencyKey: `e2e-rating-${name}-${Date.now()}`,
  });
  expect(received.status).toBe(200);
  let c = await act(clerk!, received.body, { type: 'accept' });
  c = await act(reviewer!, c, { type: 'review', opinion: '材料齐全', recommendation: 'grant' });
  c = await act(approver!, c, { type: 'approve', decision: 'grant', reason: '准予许可' });
  return act(clerk!, c, { type: 'complete' });
}

describe('办件查询 and 好差评 on a phone', () => {
  it('shows the progress by the QR link, masked, with the expected completion date, and takes one rating', async () => {
    const c = await completedCase('张小三');
    const page = await e2e.newPage(PHONE);
    await page.goto(`/progress?caseNo=${c.caseNo}&code=${c.queryCode}`);
    await page.getByText('张*三', { exact: true }).waitFor();
    await page.getByText(c.caseNo, { exact: false }).first().waitFor();
    await page.getByText('示范县市场监督管理局').waitFor();
    await page.locator('.ow-progress-facts').getByText(c.clock!.deadline, { exact: true }).waitFor();
    expect(await page.content()).not.toContain(ID_NUMBER);
    expect(await page.locator('.ant-steps-item-title').allInnerTexts()).toEqual(['收件', '受理', '审核', '审批', '办结', '送达']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await e2e.screenshot(page, 'progress-phone');

    await page.getByRole('button', { name: '去评价' }).click();
    await page.getByRole('heading', { name: '服务好差评' }).waitFor();
    // A 差评 needs its reason before it is sent.
    await page.getByRole('radio', { name: '非常不满意' }).click();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('选择“不满意”或“非常不满意”时，请写明原因。').waitFor();
    await page.getByRole('radio', { name: '非常满意' }).click();
    await e2e.screenshot(page, 'rate-phone');
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('感谢您的评价！').waitFor();
    await e2e.screenshot(page, 'rate-phone-thanks', false);

    await page.getByRole('button', { name: '返回办件进度' }).click();
    await page.getByText('您已评价过本次服务，感谢您的反馈。').waitFor();
    expect(await page.getByRole('button', { name: '去评价' }).count()).toBe(0);
  });

  it('gives the server\'s message for a wrong query code', async () => {
    const page = await e2e.newPage(PHONE);
    await page.goto('/');
    await page.locator('section').filter({ has: page.getByRole('heading', { name: '办件查询' }) }).getByRole('link', { name: /办件进度查询/ }).click();
    await page.getByLabel('办件编号').fill('33010201-20260302-99999');
    await page.getByLabel('查询码').fill('WRONG1');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('办件编号或查询码不正确，请核对受理回执。').waitFor();
    await e2e.screenshot(page, 'progress-phone-wrong-code', false);
  });
});

describe('评价器 on a window', () => {
  it('is paired by an admin in the console, shows the case just served at its window, and takes a tap', async () => {
    const c = await completedCase('李小四');
    const home = await e2e.newPage();
    await home.goto('/');
    expect(await home.locator('.ow-portal-header').getByRole('link', { name: '办件查询' }).getAttribute('href')).toBe('/progress');
    const console = await e2e.newPage();
    await e2e.signIn(console, 'admin');
    await console.goto('/console/pads');
    await console.getByRole('button', { name: '配对评价器' }).click();
    const dialog = console.getByRole('dialog');
    await dialog.getByRole('combobox').click();
    await dialog.getByRole('combobox').fill('A02');
    await console.getByTitle('A02 市场监管窗口').or(console.locator('.ant-select-item-option').filter({ hasText: 'A02' })).first().click();
    await dialog.getByRole('button', { name: '配对评价器' }).click();
    await dialog.getByText('配对成功').waitFor();
    const link = await dialog.getByTestId('pad-link').inputValue();
    expect(link).toMatch(/\/pad\?token=/);
    await e2e.screenshot(console, 'pads-paired', false);
    await dialog.getByRole('button', { name: '完成' }).click();
    await console.getByRole('cell', { name: '使用中' }).waitFor();

    const pad = await e2e.newPage(PAD);
    await pad.goto(link);
    await pad.getByText(c.caseNo).waitFor();
    await pad.getByText('李*四').waitFor();
    await pad.getByText('刘受理').waitFor();
    expect(new URL(pad.url()).search).toBe(''); // the token left the address bar
    expect(await pad.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(PAD.height);
    await e2e.screenshot(pad, 'pad-case', false);

    await pad.getByRole('radio', { name: '非常满意' }).click();
    await pad.getByText('感谢您的评价！').waitFor();
    await e2e.screenshot(pad, 'pad-thanks', false);
    const progress = (await (await fetch(`${e2e.baseUrl}/api/public/progress?caseNo=${c.caseNo}&queryCode=${c.queryCode}`)).json()) as { rated: boolean };
    expect(progress.rated).toBe(true);

    // After the thanks, nothing left to rate: the welcome screen (after a reload, the token is kept).
    await pad.reload();
    await pad.getByText('欢迎光临').waitFor();
    await e2e.screenshot(pad, 'pad-welcome', false);
  });
});
