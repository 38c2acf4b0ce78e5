import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './support.js';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe('sign-in', () => {
  it('tells a wrong password, then the lockout, in the server\'s words', async () => {
    const page = await e2e.newPage();
    await page.goto('/console/login');
    await page.getByLabel('用户名', { exact: true }).fill('hotline');
    await page.getByLabel('密码', { exact: true }).fill('not-the-password-1');
    const login = page.getByRole('button', { name: '登录' });
    await login.click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码不正确。' }).waitFor();

    // Five wrong passwords in a row lock the account; the next attempt is told so.
    for (let attempt = 2; attempt <= 6; attempt++) {
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
      await login.click();
      await answered;
    }
    await page.getByRole('alert').filter({ hasText: '账户已锁定' }).waitFor();
    await e2e.screenshot(page, 'login-locked');
  });

  it('signs the admin in to the console with the organization, and out again', async () => {
    const page = await e2e.newPage();
    await page.goto('/console/org/windows');
    // Not signed in: the sign-in page, which returns to the page asked for.
    await page.getByRole('heading', { name: '工作人员登录' }).waitFor();
    await e2e.screenshot(page, 'login');
    await page.getByLabel('用户名', { exact: true }).fill('admin');
    await page.getByLabel('密码', { exact: true }).fill('Window2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '窗口' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console/org/windows');

    const header = page.locator('.ow-header');
    await expectText(header, '王管理');
    await expectText(header, '中心管理员');
    await expectText(header, '示范县政务服务中心');

    const menu = page.locator('.ow-sider');
    for (const item of ['行政区划', '服务中心', '进驻部门', '窗口', '工作人员', '授权书', '审计日志']) {
      await menu.getByRole('menuitem', { name: item, exact: true }).waitFor();
    }
    await expectText(page.locator('.ant-table'), '公安户政窗口');

    await menu.getByRole('menuitem', { name: '进驻部门', exact: true }).click();
    await page.getByRole('cell', { name: '示范县市场监督管理局' }).waitFor();
    await menu.getByRole('menuitem', { name: '行政区划', exact: true }).click();
    await page.getByRole('cell', { name: '东街村' }).waitFor();
    await menu.getByRole('menuitem', { name: '授权书', exact: true }).click();
    await page.getByRole('cell', { name: '示市监〔2026〕1号' }).waitFor();
    await expectText(page.locator('.ant-table'), '印章使用权');
    await menu.getByRole('menuitem', { name: '工作台', exact: true }).click();
    await page.getByRole('heading', { name: '您好，王管理' }).waitFor();
    await e2e.screenshot(page, 'admin-home');

    // English, remembered across a reload.
    await page.getByText('English', { exact: true }).click();
    await menu.getByRole('menuitem', { name: 'Windows', exact: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Hello, 王管理' }).waitFor();
    await page.getByText('中文', { exact: true }).click();
    await menu.getByRole('menuitem', { name: '窗口', exact: true }).waitFor();

    await page.goto('/console/no-such-page');
    await page.getByText('页面不存在', { exact: true }).waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '工作人员登录' }).waitFor();
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(401);
  });
});

describe('windows', () => {
  it('shows every field error of a bad form at once, then creates the window', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'admin');
    await page.goto('/console/org/windows');
    await page.getByRole('button', { name: '新建窗口' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('新建窗口').waitFor();
    expect(new URL(page.url()).pathname).toBe('/console/org/windows/new');

    // A number with a space and no name: both fields are marked in one go.
    await drawer.getByLabel('窗口号').fill('D 1');
    await drawer.getByRole('button', { name: '保存' }).click();
    const errors = drawer.locator('.ant-form-item-explain-error');
    await fieldError(drawer, '窗口号', '格式不正确');
    await fieldError(drawer, '名称', '不能为空');
    expect(await errors.count()).toBeGreaterThanOrEqual(2);
    await expectText(drawer.getByRole('alert'), '处需要修改');
    await e2e.screenshot(page, 'window-form-errors', false);

    // A dedicated window serving two departments breaks the domain rule, told on the departments field.
    await drawer.getByLabel('窗口号').fill('D01');
    await drawer.getByLabel('名称').fill('不动产登记综合窗口');
    await drawer.getByLabel('位置').fill('二楼 D 区');
    await chooseDepartment(page, '自然资源');
    await chooseDepartment(page, '税务');
    await drawer.getByRole('button', { name: '保存' }).click();
    await fieldError(drawer, '服务部门', '专窗只能服务一个部门。');
    await errors.filter({ hasText: '格式不正确' }).waitFor({ state: 'detached' });

    // As a comprehensive window it is fine.
    await drawer.getByText('综合窗口', { exact: true }).click();
    await drawer.getByRole('button', { name: '保存' }).click();
    await drawer.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/console/org/windows');
    const row = page.getByRole('row').filter({ hasText: 'D01' });
    await expectText(row, '不动产登记综合窗口');
    await expectText(row, '综合窗口');
    await expectText(row, '自然资源');
    await expectText(row, '税务');
    await e2e.screenshot(page, 'window-created');

    // A taken number is marked on the number field.
    await page.getByRole('button', { name: '新建窗口' }).click();
    await drawer.getByLabel('窗口号').fill('a01');
    await drawer.getByLabel('名称').fill('公安第二窗口');
    await chooseDepartment(page, '公安局');
    await drawer.getByRole('button', { name: '保存' }).click();
    await fieldError(drawer, '窗口号', '窗口号 A01 已被使用。');
    await drawer.getByRole('button', { name: '取消' }).click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('deactivates a window and shows it again on request', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'admin');
    await page.goto('/console/org/windows');
    const row = page.getByRole('row').filter({ hasText: 'D01' });
    await row.getByRole('button', { name: '停用' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
    await row.waitFor({ state: 'detached' });
    await page.getByLabel('显示已停用').click();
    await expectText(page.getByRole('row').filter({ hasText: 'D01' }), '已停用');
  });
});

describe('lists on a laptop screen', () => {
  it('keeps each list\'s first column and its actions in view at 1,280 px, in English, with the page itself never scrolling sideways', async () => {
    const page = await e2e.newPage({ width: 1280, height: 800 });
    await e2e.signIn(page, 'admin');
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Windows', exact: true }).waitFor();
    const lists = ['/console/org/staff', '/console/org/departments', '/console/org/authorizations', '/console/catalog/items', '/console/catalog/bundles', '/console/catalog/fees'];
    for (const list of lists) {
      await page.goto(list);
      const actions = page.getByRole('columnheader', { name: 'Actions' });
      await page.locator('.ant-table-tbody .ant-table-row').first().waitFor();
      const table = await page.locator('.ant-table-container').first().boundingBox();
      const first = await page.getByRole('columnheader').first().boundingBox();
      const last = await actions.boundingBox();
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect({ list, pageWidth, firstInView: first!.x >= table!.x - 1, actionsInView: last!.x + last!.width <= table!.x + table!.width + 1 }).toEqual({ list, pageWidth: 1280, firstInView: true, actionsInView: true });
    }
    await e2e.screenshot(page, 'fees-english-1280', false);
  });
});

/** Waits until the element shows the text. */
async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
}

/** Waits for the error under the form field with this label. */
async function fieldError(scope: Locator, label: string, message: string): Promise<void> {
  const item = scope.locator('.ant-form-item').filter({ has: scope.page().getByText(label, { exact: true }) });
  await item.locator('.ant-form-item-explain-error').filter({ hasText: message }).waitFor();
}

/** Opens the departments select of the window form, types to filter, and picks the option. */
async function chooseDepartment(page: Page, text: string): Promise<void> {
  const select = page.getByRole('dialog').getByLabel('服务部门');
  await select.click();
  await select.fill(text);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: text }).first().click();
  await page.locator('.ant-drawer-title').click();
}
