import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, startE2E, type E2E } from './support.js';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('public portal', () => {
  it('shows the center, its departments and windows on a phone, without signing in', async () => {
    const page = await e2e.newPage(PHONE);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: '示范县政务服务中心' }).waitFor();
    await page.locator('.ow-hero').getByText('示范县人民路 88 号', { exact: true }).waitFor();

    const departments = page.locator('section').filter({ has: page.getByRole('heading', { name: '进驻部门' }) });
    for (const name of ['示范县公安局', '示范县市场监督管理局', '国家税务总局示范县税务局']) await departments.getByText(name, { exact: true }).waitFor();
    expect(await departments.locator('li').count()).toBe(10);

    const windows = page.locator('section').filter({ has: page.getByRole('heading', { name: '服务窗口' }) });
    await windows.getByText('公安户政窗口').waitFor();
    expect(await windows.locator('li').count()).toBe(8);

    const network = page.locator('section').filter({ has: page.getByRole('heading', { name: '便民服务网络' }) });
    await network.getByText('城关镇便民服务中心').waitFor();
    await network.getByText('东街村代办点').waitFor();

    const staffLogin = page.getByRole('link', { name: '工作人员登录' });
    expect(await staffLogin.getAttribute('href')).toBe('/console/login');

    // Phone-friendly: nothing wider than the screen.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await e2e.screenshot(page, 'portal-phone');
    await e2e.screenshot(page, 'portal-phone-top', false);

    // Nobody was signed in to see all this.
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(401);
  });

  it('speaks English on request and leads staff to the sign-in page', async () => {
    const page = await e2e.newPage(PHONE);
    await page.goto('/');
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Departments' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Service windows' }).waitFor();
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('link', { name: '工作人员登录' }).click();
    await page.getByRole('heading', { name: '工作人员登录' }).waitFor();
    await e2e.screenshot(page, 'login-phone');
  });

  it('answers an unknown address with 404', async () => {
    const page = await e2e.newPage(PHONE);
    await page.goto('/no-such-page');
    await page.getByText('页面不存在', { exact: true }).waitFor();
  });
});
