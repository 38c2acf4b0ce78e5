import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeIdNumber } from '../../src/kernel/validators/index.js';
import type { Page } from 'playwright-core';
import { PHONE, startE2E, type E2E } from './support.js';

/**
 * Online application end to end: a citizen on a phone registers, applies online for 食品经营许可
 * from its service guide with uploads, and finds it in 我的办件; a clerk pre-reviews it in the
 * console and the citizen sees it received with its case number.
 */

let e2e: E2E;
let files: string;
beforeAll(async () => {
  e2e = await startE2E();
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-e2e-files-'));
});
afterAll(async () => {
  await e2e?.close();
  if (files) fs.rmSync(files, { recursive: true, force: true });
});

const FOOD = '食品经营许可';
const ID_NUMBER = completeIdNumber('33010219850612321');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** Screenshots without the passing upload notices. */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
}

describe('online application: a citizen on a phone, a clerk in the console', () => {
  it('registers, applies with uploads, submits, sees it in 我的办件; the clerk passes the pre-review', async () => {
    const pdf = path.join(files, '申请书.pdf');
    const png = path.join(files, 'licence.png');
    const exe = path.join(files, 'virus.pdf');
    fs.writeFileSync(pdf, PDF);
    fs.writeFileSync(png, PNG);
    fs.writeFileSync(exe, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]));

    const page = await e2e.newPage(PHONE);
    const found = (await (await fetch(`${e2e.baseUrl}/api/public/items?q=${encodeURIComponent(FOOD)}`)).json()) as { items: { id: string; name: string }[] };
    const item = found.items.find((i) => i.name === FOOD)!;
    await page.goto(`/guide/${item.id}`);
    await page.getByRole('heading', { level: 1, name: `${FOOD}服务指南` }).waitFor();
    await page.getByRole('link', { name: '在线申请' }).click();

    // Not signed in: sign-in first, then registration; a wrong check digit is named on its field.
    await page.getByRole('heading', { name: '申请人登录' }).waitFor();
    await page.getByRole('link', { name: '注册', exact: true }).click();
    await page.getByRole('heading', { name: '注册申请人账户' }).waitFor();
    await page.getByLabel('姓名').fill('林小申');
    await page.getByLabel('身份证号').fill(ID_NUMBER.slice(0, 17) + (ID_NUMBER.endsWith('1') ? '2' : '1'));
    await page.getByLabel('联系电话').fill('13912345678');
    await page.getByLabel('密码', { exact: true }).fill('Apply2026x');
    await page.getByLabel('确认密码').fill('Apply2026x');
    await page.getByRole('button', { name: /^注\s*册$/ }).click();
    await page.locator('.ant-form-item-explain-error').filter({ hasText: '校验' }).first().waitFor();
    await e2e.screenshot(page, 'online-register-error-phone', true);
    await page.getByLabel('身份证号').fill(ID_NUMBER);
    // After a failed submission antd may leave its leaving loading icon ("loading") in the button's name.
    await page.getByRole('button', { name: /注\s*册$/ }).click();

    // Back at the item: a draft with the applicant from the account and one slot per material.
    await page.getByRole('heading', { name: FOOD }).waitFor();
    await page.getByText('林小申').first().waitFor();
    const slots = page.locator('.ow-slot');
    const required = slots.filter({ has: page.locator('.ant-tag', { hasText: '必需' }) });
    const requiredCount = await required.count();
    expect(requiredCount).toBeGreaterThan(1);

    // An executable renamed .pdf is refused by content.
    await required.nth(0).locator('input[type=file]').setInputFiles(exe);
    await page.getByText(/只接受 PDF、JPG、PNG/).waitFor();
    // A file over 10 MB (the limit the server gives with the application, and the page tells) is refused on the phone, before it is sent.
    await page.getByText('每个文件不超过 10 MB，全部文件不超过 30 个').waitFor();
    let sent = 0;
    page.on('request', (request) => void (request.url().includes('/uploads') && (sent += 1)));
    await required.nth(0).locator('input[type=file]').setInputFiles({ name: '扫描件.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]) });
    await page.getByText('文件“扫描件.pdf”超过 10 MB，未上传。请压缩或拆分后再上传。').waitFor();
    expect(sent).toBe(0);

    for (let i = 0; i < requiredCount; i++) {
      await required.nth(i).locator('input[type=file]').setInputFiles(i % 2 ? png : pdf);
      await required.nth(i).locator('.ow-slot-files a').first().waitFor();
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await settled(page);
    await e2e.screenshot(page, 'online-application-phone', true);

    await page.getByRole('button', { name: '提交申请' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('申请已提交').waitFor();
    await page.locator('.ant-descriptions').getByText('已提交，待预审').waitFor();
    await settled(page);
    await e2e.screenshot(page, 'online-submitted-phone', true);

    await page.getByRole('link', { name: '返回我的办件' }).click();
    await page.getByRole('heading', { name: '我的办件' }).waitFor();
    const card = page.locator('.ow-mine-card').filter({ hasText: FOOD });
    await card.getByText('已提交，待预审').waitFor();
    const caseNo = (await card.locator('.ant-descriptions-item-content').nth(1).innerText()).trim();
    expect(caseNo).toMatch(/^\d{8}-\d{8}-\d{5}$/);
    await e2e.screenshot(page, 'online-mine-phone', true);

    // The clerk of the department pre-reviews it in the console.
    const desk = await e2e.newPage();
    await e2e.signIn(desk, 'clerk.market');
    await desk.getByRole('menuitem', { name: '网上预审' }).click();
    await desk.getByRole('heading', { name: '网上预审' }).waitFor();
    const row = desk.locator('tr').filter({ hasText: caseNo });
    await row.getByRole('link', { name: '申请书.pdf' }).first().waitFor();
    const download = await desk.request.get(await row.getByRole('link', { name: 'licence.png' }).first().getAttribute('href').then((h) => `${e2e.baseUrl}${h}`));
    expect(download.headers()['content-type']).toBe('image/png');
    expect(download.headers()['content-disposition']).toMatch(/^attachment/);
    await e2e.screenshot(desk, 'online-prereview-console');
    await row.getByRole('button', { name: /^通\s*过$/ }).click();
    await desk.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await desk.getByText(`预审通过，已收件：${caseNo}`).waitFor();

    await page.reload();
    await page.locator('.ow-mine-card').filter({ hasText: FOOD }).getByText('已收件').waitFor();
    await e2e.screenshot(page, 'online-received-phone', true);
  });
});
