import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, SCREENSHOTS, startE2E, type E2E } from './support.js';

/**
 * The service catalog end to end: a citizen finds a service guide on a phone and prints it; an
 * administrator changes an item (a new version, with the reason) and is told, on the field, what is
 * wrong with an invalid change; bundles, the cleanup announcement and the Excel round trip.
 */

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

const FOOD = '食品经营许可';
/** A4 at 96 dpi less the 15 mm margins: the width the printed guide is laid out in. */
const A4_CONTENT = { width: 680, height: 962 } as const;

async function noHorizontalScroll(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

async function openItem(page: Page, name: string): Promise<void> {
  await page.goto('/console/catalog/items');
  await page.getByLabel('名称、编码或依据').fill(name);
  await page.getByLabel('名称、编码或依据').press('Enter');
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

describe('portal: service guides on a phone', () => {
  it('finds 食品经营许可 from the home page, shows its guide with materials and limits, and prints it as an A4 notice', async () => {
    const page = await e2e.newPage(PHONE);
    await page.goto('/');
    // The home page leads to the catalog: search, life events, bundles.
    const entry = page.locator('section').filter({ has: page.getByRole('heading', { name: '办事指南' }) });
    await entry.getByRole('link', { name: /^经营许可/ }).first().waitFor();
    await entry.getByRole('link', { name: /开办餐饮店一件事/ }).waitFor();
    await page.getByLabel('搜索事项').fill(FOOD);
    await page.getByLabel('搜索事项').press('Enter');

    await page.getByRole('heading', { level: 1, name: '办事指南' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe(FOOD);
    await page.getByText('共 4 个事项').waitFor();
    const first = page.locator('.ow-result').filter({ has: page.getByRole('link', { name: FOOD, exact: true }) });
    await first.getByText('承诺件').waitFor();
    await expect.poll(() => first.locator('.ow-result-figures').innerText()).toMatch(/承诺\s*3 个工作日\s*法定\s*10 个工作日\s*跑动\s*最多 1 次/);
    await noHorizontalScroll(page, PHONE.width);
    await e2e.screenshot(page, 'catalog-search-phone');

    await first.getByRole('link', { name: FOOD, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `${FOOD}服务指南` }).waitFor();
    const facts = page.getByTestId('guide-facts');
    await expect.poll(() => facts.innerText()).toMatch(/承诺时限\s*3\s*个工作日\s*法定时限\s*10\s*个工作日\s*最多跑动\s*1\s*次\s*办件类型\s*承诺件/);

    // All nine sections, in order.
    const headings = await page.locator('.ow-guide-section h2').allInnerTexts();
    expect(headings).toEqual(['一、基本信息', '二、设定依据', '三、受理条件', '四、申请材料', '五、收费标准', '六、办理时限', '七、办理流程', '八、受理窗口', '九、咨询与投诉']);
    const materials = page.locator('#guide-materials');
    for (const text of ['食品经营许可申请书', '营业执照', '市场监督管理部门', '依情形：委托他人办理的']) await materials.getByText(text, { exact: true }).first().waitFor();
    const limits = page.locator('#guide-timeLimits');
    await expect.poll(() => limits.innerText()).toMatch(/法定时限\s*10 个工作日\s*承诺时限\s*3 个工作日/);
    await page.locator('#guide-windows').getByText('A02 市场监管窗口').waitFor();
    await page.locator('#guide-windows').getByText('示范县政务服务中心 一楼 A 区').waitFor();
    expect(await page.locator('#guide-contacts a[href="tel:12345"]').count()).toBe(1);
    await noHorizontalScroll(page, PHONE.width);
    await e2e.screenshot(page, 'catalog-guide-phone');
    await e2e.screenshot(page, 'catalog-guide-phone-top', false);

    // Printed: no portal header, footer or buttons; the center's name and the print date on top.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize(A4_CONTENT);
    expect(await page.locator('.ow-portal-header').isVisible()).toBe(false);
    expect(await page.locator('.ow-portal-footer').isVisible()).toBe(false);
    expect(await page.getByTestId('print-guide').isVisible()).toBe(false);
    expect(await page.locator('.ow-crumbs').isVisible()).toBe(false);
    const head = page.locator('.ow-print-head');
    expect(await head.isVisible()).toBe(true);
    await expect.poll(() => head.innerText()).toMatch(/示范县政务服务中心\s*打印日期：\d{4}年\d{1,2}月\d{1,2}日/);
    expect(await page.locator('.ow-print-foot').innerText()).toContain('示范县人民路 88 号');
    // Black on white, bordered tables.
    const style = await page.locator('#guide-materials td').first().evaluate((td) => {
      const s = getComputedStyle(td);
      return { color: s.color, border: s.borderTopStyle, background: getComputedStyle(document.body).backgroundColor };
    });
    expect(style).toEqual({ color: 'rgb(0, 0, 0)', border: 'solid', background: 'rgb(255, 255, 255)' });
    await e2e.screenshot(page, 'catalog-guide-print');

    // And as the browser would print it: an A4 PDF (headless Chromium only).
    const pdf = await page.pdf({ path: path.join(SCREENSHOTS, 'catalog-guide.pdf'), preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(Number(box?.[1])).toBeCloseTo(595, -1); // A4: 210 × 297 mm in points
    expect(Number(box?.[2])).toBeCloseTo(842, -1);
  });

  it('shows a bundle with its shared materials once, and the fee list with cancelled fees', async () => {
    const page = await e2e.newPage(PHONE);
    await page.goto('/bundles');
    await page.getByRole('link', { name: '开办餐饮店一件事' }).click();
    await page.getByRole('heading', { level: 1, name: '开办餐饮店一件事办事指南' }).waitFor();
    await page.getByText('分别办理需提交 20 份材料，合并为一件事只需 13 份。').waitFor();
    await page.getByRole('link', { name: '食品经营许可（新办）' }).waitFor();
    await page.getByText('各事项共用').first().waitFor();
    await noHorizontalScroll(page, PHONE.width);
    await e2e.screenshot(page, 'catalog-bundle-phone');

    await page.goto('/fees');
    await page.getByRole('heading', { level: 1, name: '收费公示' }).waitFor();
    await page.getByText('居民身份证工本费', { exact: true }).waitFor();
    await page.getByText('2009-09-01 起取消（苏政发〔2009〕111号）').first().waitFor();
  });
});

describe('console: the catalog', () => {
  it('lets an admin change promised days with a reason, and shows version 2 with the change', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'admin');
    await openItem(page, FOOD);
    await page.getByRole('tab', { name: '版本历史（1）' }).waitFor();
    await page.getByRole('button', { name: '修改', exact: true }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: `修改事项：${FOOD}` });
    await drawer.waitFor();
    expect(await drawer.getByLabel('承诺时限（工作日）').inputValue()).toBe('3');
    await drawer.getByLabel('承诺时限（工作日）').fill('2');
    await drawer.getByLabel('修改原因').fill('按 2026 年减时限要求压缩承诺时限');
    await drawer.getByRole('button', { name: '保存' }).click();

    await page.getByText('已保存为第 2 版。').waitFor();
    await drawer.waitFor({ state: 'detached' });
    const history = page.getByTestId('version-history');
    const v2 = history.locator('.ow-version[data-version="2"]');
    await v2.getByText('第 2 版').waitFor();
    await v2.getByText('当前版本').waitFor();
    await v2.getByText('按 2026 年减时限要求压缩承诺时限').waitFor();
    const row = v2.getByRole('row').filter({ hasText: '承诺时限' });
    await expect.poll(() => row.innerText()).toMatch(/承诺时限\s*修改\s*3 个工作日\s*2 个工作日/);
    await history.locator('.ow-version[data-version="1"]').getByText('首个版本，收录事项的全部要素。').waitFor();
    await page.locator('.ant-tabs-tab-active').filter({ hasText: '版本历史（2）' }).waitFor();
    await page.waitForTimeout(400); // the tab's ink bar settles
    await e2e.screenshot(page, 'catalog-item-versions');

    // The portal's guide follows the current version.
    const found = (await (await page.request.get(`/api/public/items?q=${encodeURIComponent(FOOD)}`)).json()) as { items: { name: string; promisedDays: number }[] };
    expect(found.items.find((i) => i.name === FOOD)?.promisedDays).toBe(2);
  });

  it('puts the server\'s issues of an invalid change on their fields, all at once, and saves nothing', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'admin');
    await openItem(page, FOOD);
    const itemUrl = page.url();
    await page.getByRole('button', { name: '修改', exact: true }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: `修改事项：${FOOD}` });
    await drawer.getByLabel('承诺时限（工作日）').fill('30');
    await drawer.getByLabel('材料名称 1').fill('');
    await drawer.getByLabel('修改原因').fill('试一个超过法定时限的承诺');
    await drawer.getByRole('button', { name: '保存' }).click();

    await drawer.getByRole('alert').filter({ hasText: '有 2 处需要修改' }).waitFor();
    const promised = drawer.locator('.ant-form-item').filter({ has: page.getByLabel('承诺时限（工作日）') });
    await promised.getByText('承诺时限（30 个工作日）超过法定时限（10 个工作日）').waitFor();
    expect(await promised.getAttribute('class')).toContain('ant-form-item-has-error');
    const materialCell = drawer.locator('.ant-form-item').filter({ has: page.getByLabel('材料名称 1') });
    await materialCell.getByText('申请材料第 1 项的名称不能为空，请填写。').waitFor();
    await promised.scrollIntoViewIfNeeded();
    await e2e.screenshot(page, 'catalog-item-invalid', false);
    await materialCell.scrollIntoViewIfNeeded();
    await e2e.screenshot(page, 'catalog-item-invalid-material', false);

    // Nothing was saved: still two versions.
    const id = new URL(itemUrl).pathname.split('/').pop() ?? '';
    const versions = (await (await page.request.get(`/api/catalog/items/${id}/versions`)).json()) as { items: unknown[] };
    expect(versions.items).toHaveLength(2);
  });

  it('previews and approves a cleanup round, whose announcement the portal publishes', async () => {
    const admin = await e2e.api('admin');
    const items = await admin.call<{ items: { code: string; name: string }[] }>('GET', `/api/catalog/items?q=${encodeURIComponent('食品经营许可（延续）')}`);
    const renewal = items.body.items.find((i) => i.name === '食品经营许可（延续）');
    expect(renewal).toBeDefined();
    const created = await admin.call<{ id: string }>('POST', '/api/catalog/cleanup-rounds', {
      title: '2026 年食品经营许可事项清理',
      proposals: [{ action: 'toOnTheSpot', code: renewal!.code, reason: '延续申请材料齐全即可当场办结' }],
    });
    expect(created.status).toBe(200);

    const page = await e2e.newPage();
    await e2e.signIn(page, 'admin');
    await page.goto(`/console/catalog/cleanup/${created.body.id}`);
    await page.getByText('公告预览').waitFor();
    await page.getByRole('cell', { name: '延续申请材料齐全即可当场办结' }).waitFor();
    await page.getByRole('button', { name: '批准并执行' }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: '批准清理结果' });
    await drawer.getByRole('button', { name: '批准并执行' }).click();
    await drawer.getByText('批准清理结果须填写公告文号。').waitFor();
    await drawer.getByLabel('公告文号').fill('示政办〔2026〕18号');
    await drawer.getByRole('button', { name: '批准并执行' }).click();
    await page.getByText('该轮次已批准执行，公告已发布到网上办事大厅。').waitFor();
    await e2e.screenshot(page, 'catalog-cleanup-approved');

    const portal = await e2e.newPage(PHONE);
    await portal.goto('/announcements');
    await portal.getByRole('heading', { name: '2026 年食品经营许可事项清理' }).waitFor();
    await portal.getByText('文号：示政办〔2026〕18号').waitFor();
    await portal.getByText('结果：承诺时限：3 个工作日 → 0 个工作日').waitFor();
    await e2e.screenshot(portal, 'catalog-announcements-phone');
  });

  it('exports the catalog, imports it back unchanged, and lists every bad cell of a wrong workbook', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'admin');
    await page.goto('/console/catalog/excel');
    const download = await page.request.get('/api/catalog/export.xlsx');
    expect(download.status()).toBe(200);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-catalog-'));
    const file = path.join(folder, 'catalog.xlsx');
    fs.writeFileSync(file, await download.body());
    await page.getByTestId('import-file').setInputFiles(file);
    const done = page.getByRole('status').filter({ hasText: 'catalog.xlsx 已导入' });
    await done.waitFor();
    await expect.poll(() => done.innerText()).toMatch(/新增\s*0 项\s*更新（生成新版本）\s*0 项\s*未变\s*\d+ 项/);

    // Two wrong cells: a promise beyond the law, a channel that does not exist.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('事项')!;
    const column = (header: string) => (sheet.getRow(1).values as unknown[]).findIndex((v) => v === header);
    sheet.getRow(2).getCell(column('承诺时限（工作日）')).value = 999;
    sheet.getRow(2).getCell(column('办理渠道')).value = '窗口、飞鸽传书';
    const wrong = path.join(folder, 'catalog-wrong.xlsx');
    await workbook.xlsx.writeFile(wrong);
    await page.getByTestId('import-file').setInputFiles(wrong);
    const failed = page.getByRole('alert').filter({ hasText: 'catalog-wrong.xlsx 有 2 处错误，未导入任何内容' }).first();
    await failed.waitFor();
    const cells = await failed.locator('td.ow-mono').allInnerTexts();
    expect(cells).toEqual([`事项!${sheet.getRow(2).getCell(column("承诺时限（工作日）")).address}`, `事项!${sheet.getRow(2).getCell(column("办理渠道")).address}`]);
    await e2e.screenshot(page, 'catalog-excel');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('is read-only for a window clerk', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'clerk.market');
    await page.goto('/console/catalog/items');
    await page.getByText('您可以查阅目录；新增和修改事项需要中心管理员权限。').waitFor();
    await page.getByRole('link', { name: FOOD, exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '新增事项' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '修改', exact: true }).count()).toBe(0);
    await page.goto('/console/catalog/items/new');
    await page.getByText('无权访问', { exact: true }).waitFor();
  });
});
