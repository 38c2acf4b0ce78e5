import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './support.js';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

async function denied(page: Page): Promise<void> {
  await page.getByText('无权访问', { exact: true }).waitFor();
  await page.getByText('您的角色没有访问此页面的权限').waitFor();
}

async function menuItems(page: Page): Promise<string[]> {
  return page.locator('.ow-sider').getByRole('menuitem').allInnerTexts();
}

describe('what a window clerk sees', () => {
  it('lists only their own department\'s staff', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'clerk.police');
    await page.goto('/console/org/staff');
    await page.getByRole('cell', { name: '陈户政' }).waitFor();
    await page.getByText('仅显示本部门（示范县公安局）的工作人员').waitFor();
    const names = await page.locator('.ant-table-tbody tr.ant-table-row td:first-child').allInnerTexts();
    expect(names).toEqual(['陈户政']);
    // The clerk cannot manage staff: no create, edit or deactivate.
    expect(await page.getByRole('button', { name: '新增人员' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '停用' }).count()).toBe(0);
    await e2e.screenshot(page, 'clerk-staff');

    const items = await menuItems(page);
    expect(items).toContain('工作人员');
    expect(items).not.toContain('审计日志');
    expect(items).not.toContain('授权书');
  });

  it('gets 无权访问 on admin pages opened by address', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'clerk.police');
    await page.goto('/console/audit');
    await denied(page);
    await e2e.screenshot(page, 'clerk-audit-denied');

    await page.goto('/console/org/windows/new');
    await denied(page);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The windows list itself is open to a clerk, read-only.
    await page.goto('/console/org/windows');
    await page.getByRole('cell', { name: '公安户政窗口' }).waitFor();
    expect(await page.getByRole('button', { name: '新建窗口' }).count()).toBe(0);
  });
});

describe('what a village agent sees', () => {
  it('is denied the windows management page', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'agent.dongjie');
    await page.goto('/console/org/windows');
    await denied(page);
    await e2e.screenshot(page, 'agent-windows-denied');
    const items = await menuItems(page);
    expect(items).not.toContain('窗口');
    expect(items).not.toContain('工作人员');
    expect(items).toContain('服务中心');
  });
});

describe('permissions withdrawn during a session', () => {
  it('shows 无权访问 when the API answers 403', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'supervisor');
    await page.locator('.ow-sider').getByRole('menuitem', { name: '审计日志' }).waitFor();

    // The administrator takes the supervisor role away while the supervisor is signed in.
    const admin = await e2e.api('admin');
    const staff = await admin.call<{ items: { id: string; username: string }[] }>('GET', '/api/org/staff');
    const supervisor = staff.body.items.find((s) => s.username === 'supervisor');
    expect(supervisor).toBeDefined();
    const changed = await admin.call('PATCH', `/api/org/staff/${supervisor!.id}`, { roles: ['leader'] });
    expect(changed.status).toBe(200);

    // The menu still offers the page (the browser does not know yet); the server refuses it.
    await page.locator('.ow-sider').getByRole('menuitem', { name: '审计日志' }).click();
    await denied(page);
    await page.getByText(/您的角色不含此权限/).waitFor(); // the server's reason, shown on the page
    await e2e.screenshot(page, 'api-403-denied');
  });
});
