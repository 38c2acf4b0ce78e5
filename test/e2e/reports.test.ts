import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeIdNumber } from '../../src/kernel/validators/index.js';
import { DEMO_PASSWORD, DESKTOP, startE2E, type ApiClient, type E2E } from './support.js';

/**
 * Statistics end to end (issue #6): cases run through the HTTP API by the demo staff today, then
 * the leader reads the monthly report (figures, charts, an Excel export), the big screen at
 * 1920×1080 and the public 公示 screen (personal data masked).
 */

let e2e: E2E;
const BIG = { width: 1920, height: 1080 } as const;
const ID_NUMBERS = ['33010219900101123', '33010219850615432', '33010219770309876'].map(completeIdNumber);
const NAMES = ['张小三', '李晓梅', '王大力'];
let keyCounter = 0;

interface CaseView {
  id: string;
  version: number;
  caseNo: string;
  queryCode: string;
  state: string;
}

interface Item {
  id: string;
  materials: string[];
}

async function findItem(name: string): Promise<Item> {
  const found = (await (await fetch(`${e2e.baseUrl}/api/public/items?q=${encodeURIComponent(name)}`)).json()) as { items: { id: string }[] };
  const detail = (await (await fetch(`${e2e.baseUrl}/api/public/items/${found.items[0]!.id}`)).json()) as { item: { id: string; materials: { name: string }[] } };
  return { id: detail.item.id, materials: detail.item.materials.map((m) => m.name) };
}

async function ok<T>(request: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const response = await request;
  if (response.status !== 200) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

async function receive(client: ApiClient, item: Item, n: number, extra: { windowId?: string | null; channel?: 'window' | 'agency' } = {}): Promise<CaseView> {
  return ok(
    client.call<CaseView>('POST', '/api/cases', {
      itemId: item.id,
      channel: extra.channel ?? 'window',
      ...(extra.windowId ? { windowId: extra.windowId } : {}),
      applicant: { type: 'person', name: NAMES[n % NAMES.length], idNumber: ID_NUMBERS[n % ID_NUMBERS.length], phone: '13800001234' },
      materials: item.materials.map((name) => ({ name, status: 'received', originals: 1, copies: 1 })),
      idempotencyKey: `reports-e2e-${++keyCounter}`,
    }),
    'receive',
  );
}

async function act(client: ApiClient, c: CaseView, action: Record<string, unknown>): Promise<CaseView> {
  return ok(client.call<CaseView>('POST', `/api/cases/${c.id}/actions`, { version: c.version, action }), String(action.type));
}

async function windowOf(client: ApiClient): Promise<string> {
  return (await ok(client.call<{ windowId: string }>('GET', '/api/auth/me'), 'me')).windowId;
}

/**
 * Today: 8 received, 7 accepted, 1 refused; 3 food licences run to delivery and rated 5, 4 and 1
 * (satisfaction 2 of 3); 2 ID cards at the police window and 1 agency case in 城关镇 stay open.
 */
async function seed(): Promise<void> {
  const [clerk, reviewer, approver, police, agent] = await Promise.all(['clerk.market', 'reviewer.market', 'approver.market', 'clerk.police', 'agent.chengguan'].map((u) => e2e.api(u)));
  const food = await findItem('食品经营许可');
  const idCard = await findItem('居民身份证');
  const marketWindow = await windowOf(clerk!);
  const policeWindow = await windowOf(police!);
  for (const [n, level] of [5, 4, 1].entries()) {
    let c = await receive(clerk!, food, n, { windowId: marketWindow });
    c = await act(clerk!, c, { type: 'accept' });
    c = await act(reviewer!, c, { type: 'review', opinion: '材料齐全，符合条件', recommendation: 'grant' });
    c = await act(approver!, c, { type: 'approve', decision: 'grant', reason: '符合条件，准予许可' });
    c = await act(clerk!, c, { type: 'complete' });
    c = await act(clerk!, c, { type: 'deliver', method: 'pickup', signedBy: NAMES[n] });
      const rated = await fetch(`${e2e.baseUrl}/api/public/ratings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ caseNo: c.caseNo, queryCode: c.queryCode, level, ...(level <= 2 ? { comment: '等候时间太长' } : {}) }) });
    expect(rated.status).toBe(200);
  }
  await act(clerk!, await receive(clerk!, food, 0, { windowId: marketWindow }), { type: 'accept' });
  await act(clerk!, await receive(clerk!, food, 1, { windowId: marketWindow }), { type: 'refuse', reason: '不属于本部门职权范围', legalBasis: '《行政许可法》第三十二条' });
  for (const n of [0, 1]) await act(police!, await receive(police!, idCard, n, { windowId: policeWindow }), { type: 'accept' });
  await act(agent!, await receive(agent!, food, 2, { channel: 'agency' }), { type: 'accept' });
}

beforeAll(async () => {
  e2e = await startE2E();
  await seed();
});
afterAll(async () => {
  await e2e?.close();
});

/** Every chart has drawn something: its canvas has many coloured pixels, not just a blank box. */
async function chartsDrawn(page: Page): Promise<number[]> {
  return page.locator('[data-testid="echart"] canvas').evaluateAll((canvases) =>
    (canvases as HTMLCanvasElement[]).map((canvas) => {
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      if (data) for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      return painted;
    }),
  );
}

async function figure(page: Page, key: string): Promise<string> {
  return (await page.getByTestId(`figure-${key}`).locator('.ant-statistic-content').innerText()).trim();
}

describe('reports', () => {
  it('shows the leader this month with real figures and charts, and exports a table as Excel', async () => {
    const page = await e2e.newPage({ width: 1440, height: 1000 });
    await e2e.signIn(page, 'leader');
    await page.getByRole('menuitem', { name: '月度报表' }).click();
    await page.getByRole('heading', { name: '月度报表' }).waitFor();
    await expect.poll(() => figure(page, 'accepted')).toBe('7');
    expect(await figure(page, 'completed')).toBe('3');
    expect(await figure(page, 'satisfactionRate')).toBe('66.67%');
    expect(await figure(page, 'evaluationRate')).toBe('100.00%');

    const departments = page.getByTestId('report-departments');
    await departments.getByRole('cell', { name: '示范县市场监督管理局' }).waitFor();
    await departments.getByRole('cell', { name: '示范县公安局' }).waitFor();
    await page.getByTestId('report-windows').getByRole('cell', { name: 'A02 市场监管窗口' }).waitFor();
    await page.getByTestId('report-rollup').getByRole('cell', { name: '城关镇便民服务中心' }).waitFor();
    // Five charts (volumes, trends, two rankings, roll-up), each with bars or lines drawn.
    await expect.poll(async () => (await chartsDrawn(page)).length).toBe(5);
    await expect.poll(async () => Math.min(...(await chartsDrawn(page))), { timeout: 10_000 }).toBeGreaterThan(2_000);
    await e2e.screenshot(page, 'reports-monthly');

    const [download] = await Promise.all([page.waitForEvent('download'), departments.getByRole('link', { name: '导出 Excel' }).click()]);
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const names = book.worksheets[0]!.getColumn(2).values.map(String);
    expect(names).toEqual(expect.arrayContaining(['示范县市场监督管理局', '示范县公安局']));
  });

  it('shows the annual report by month', async () => {
    const page = await e2e.newPage(DESKTOP);
    await e2e.signIn(page, 'leader');
    await page.goto('/console/reports/annual');
    await expect.poll(() => figure(page, 'accepted')).toBe('7');
    await page.getByTestId('report-volumes').getByText('各月办件量').waitFor();
    await expect.poll(async () => Math.min(...(await chartsDrawn(page))), { timeout: 10_000 }).toBeGreaterThan(2_000);
    await e2e.screenshot(page, 'reports-annual', false);
  });

  it('shows the server\'s refusal, and no figures, for an unknown center', async () => {
    const page = await e2e.newPage(DESKTOP);
    await e2e.signIn(page, 'leader');
    await page.goto('/console/reports/monthly?center=0190aaaa-0000-7000-8000-000000000000');
    const alert = page.getByTestId('report-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('无法生成报表');
    expect(await page.locator('[data-testid="echart"]').count()).toBe(0);
    expect(await page.locator('[data-testid^="figure-"]').count()).toBe(0);
    await e2e.screenshot(page, 'reports-error', false);
  });

  it('refuses reversed ranges and staff without the statistics permission, with no figures', async () => {
    const leader = await e2e.api('leader');
    const reversed = await leader.call<{ error: { message: string } }>('GET', '/api/stats/summary?from=2026-03-01&to=2026-02-01');
    expect(reversed.status).toBe(400);
    const clerk = await e2e.api('clerk.market');
    const denied = await clerk.call<Record<string, unknown>>('GET', '/api/stats/summary?from=2026-01-01&to=2026-12-31');
    expect(denied.status).toBe(403);
    expect(Object.keys(denied.body)).toEqual(['error']);
    const page = await e2e.newPage(DESKTOP);
    await e2e.signIn(page, 'clerk.market');
    expect(await page.getByRole('menuitem', { name: '月度报表' }).count()).toBe(0);
    await page.goto('/console/reports/monthly');
    await page.getByText('无权访问').waitFor();
  });
});

describe('screens', () => {
  it('sends a signed-out visitor of the big screen to sign in, then shows today live at 1920×1080', async () => {
    const page = await e2e.newPage(BIG);
    await page.goto('/screen/big');
    await page.getByLabel('用户名', { exact: true }).fill('leader');
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/screen/big');
    const tile = (key: string) => page.getByTestId(`live-${key}`).locator('.ow-big-tile-value').innerText();
    await expect.poll(() => tile('received')).toBe('8');
    expect(await tile('accepted')).toBe('7');
    expect(await tile('completed')).toBe('3');
    expect(await tile('satisfactionToday')).toBe('66.67%');
    await page.getByRole('heading', { name: '政务服务数据大屏' }).waitFor();
    await expect.poll(async () => (await chartsDrawn(page)).length).toBe(2);
    await expect.poll(async () => Math.min(...(await chartsDrawn(page))), { timeout: 10_000 }).toBeGreaterThan(5_000);
    // The stage fills the window exactly at 1920×1080.
    const box = await page.getByTestId('screen-stage').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080 });
    await e2e.screenshot(page, 'screen-big', false);

    // A smaller window shows the same picture, scaled down.
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(async () => (await page.getByTestId('screen-stage').boundingBox())?.width).toBeCloseTo(1280, 0);
    await e2e.screenshot(page, 'screen-big-1280', false);
  });

  it('shows the public screen without sign-in, names and ID numbers masked', async () => {
    const page = await e2e.newPage(BIG);
    await page.goto('/screen/public');
    const accepted = page.getByTestId('public-accepted');
    await accepted.getByText('张*三').first().waitFor();
    await page.getByTestId('public-completed').getByText('准予').first().waitFor();
    const text = await page.locator('body').innerText();
    for (const id of ID_NUMBERS) {
      expect(text).not.toContain(id);
      expect(text).toContain(`${id.slice(0, 4)}**********${id.slice(-4)}`);
    }
    for (const name of NAMES) expect(text).not.toContain(name);
    await e2e.screenshot(page, 'screen-public', false);
  });
});
