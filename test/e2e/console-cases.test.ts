import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { completeIdNumber } from '../../src/kernel/validators/index.js';
import { PHONE, startE2E, type E2E } from './support.js';

const ID_NUMBER = completeIdNumber('33010219900101123');
const WRONG_ID = ID_NUMBER.slice(0, 17) + (ID_NUMBER.endsWith('0') ? '1' : '0');
const WIDTH_1280 = { width: 1280, height: 900 } as const;

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await e2e?.keepFailure(task.name);
});
afterAll(async () => {
  await e2e?.close();
});

/** Clicks a case action and confirms it in its dialog (a confirmation or a form). */
async function act(page: Page, label: string, testId: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByTestId(`action-${testId}`).click();
  // The action's answer, so that a failure says whether it was sent and what the server said.
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/cases\/[^/]+\/actions$/.test(new URL(r.url()).pathname), { timeout: 20_000 });
  answered.catch(() => undefined);
  if (fill) {
    await fill();
    await page.locator('.ant-modal-footer').getByRole('button', { name: label }).click();
  } else {
    await page.locator('.ant-modal-confirm-btns').getByRole('button', { name: label }).click();
  }
  const response = await answered.catch(() => {
    throw new Error(`The ${testId} action was not sent within 20 s of confirming it (see the failed-… screenshots).`);
  });
  if (response.status() !== 200) throw new Error(`The ${testId} action answered ${response.status()}: ${await response.text()}`);
}

async function openTask(page: Page, tab: string, caseNo: string): Promise<void> {
  await page.locator('.ow-sider').getByRole('menuitem', { name: '待办件', exact: true }).click();
  await page.getByRole('tab', { name: tab }).click();
  const row = page.getByTestId('case-task-list').locator('tr').filter({ hasText: caseNo });
  await row.waitFor();
}

describe('the staff workbench', () => {
  let caseNo = '';
  let queryCode = '';
  let qrUrl = '';

  it('receives an application at the window against the material list, accepts it and prints the acceptance notice', async () => {
    const page = await e2e.newPage(WIDTH_1280);
    await e2e.signIn(page, 'clerk.market');
    await page.locator('.ow-sider').getByRole('menuitem', { name: '窗口收件', exact: true }).click();
    await page.getByRole('heading', { name: '窗口收件' }).waitFor();

    const picker = page.getByLabel('办理事项');
    await picker.click();
    await picker.fill('食品经营许可');
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: '食品经营许可（' }).first().click();
    await page.locator('.ow-material-checklist').getByText('食品经营许可申请书').waitFor();
    await page.getByTestId('applicant-name').fill('张小三');
    await page.getByTestId('applicant-id').fill(WRONG_ID);
    await page.getByTestId('applicant-phone').fill('13800001234');

    // The server checks the ID number's check digit; the message lands on the field.
    await page.getByTestId('receive-submit').click();
    const idItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('applicant-id') });
    await idItem.locator('.ant-form-item-explain-error').waitFor();
    await e2e.screenshot(page, 'console-cases-receive-error');

    await page.getByTestId('applicant-id').fill(ID_NUMBER);
    await page.getByTestId('receive-submit').click();
    await page.getByTestId('case-page').waitFor();
    caseNo = (await page.getByTestId('case-header').locator('.ow-mono').first().innerText()).trim();
    expect(caseNo).toMatch(/^\d{8}-\d{8}-\d{5}$/);
    await page.getByTestId('case-documents').getByText('收件凭证').waitFor();
    await page.getByTestId('print-receipt').click();
    await page.getByTestId('document-paper').getByText('食品经营许可申请书').waitFor();
    expect(await page.getByTestId('document-number').innerText()).toMatch(/^示范县政务服务中心 收字〔\d{4}〕第 \d{5} 号$/);
    await e2e.screenshot(page, 'console-cases-receipt');
    await page.getByRole('button', { name: '返回办件' }).click();
    await page.getByTestId('case-page').waitFor();

    await act(page, '受理', 'accept');
    await page.getByTestId('case-documents').getByText('受理通知书').waitFor();
    await page.getByTestId('case-clock').getByTestId('clock-green').waitFor();
    await e2e.screenshot(page, 'console-cases-accepted');

    await page.getByTestId('print-acceptance').click();
    const paper = page.getByTestId('document-paper');
    await paper.waitFor();
    expect(await page.getByTestId('document-number').innerText()).toMatch(/^示范县政务服务中心 受字〔\d{4}〕第 \d{5} 号$/);
    await page.getByTestId('document-qr').locator('svg').waitFor();
    const target = new URL((await page.getByTestId('document-qr').getAttribute('data-url'))!);
    expect(target.pathname).toBe('/progress');
    expect(target.searchParams.get('caseNo')).toBe(caseNo);
    expect(target.searchParams.get('code')).toMatch(/^[2-9A-Z]{6}$/);
    await page.getByTestId('document-seal').getByText('盖章处').waitFor();
    await e2e.screenshot(page, 'console-cases-acceptance-notice');
    await page.emulateMedia({ media: 'print' });
    await e2e.screenshot(page, 'console-cases-acceptance-notice-print');
    queryCode = target.searchParams.get('code')!;
    qrUrl = target.pathname + target.search;
  });

  it('lets the applicant find the accepted case on the portal by case number and query code, and by the QR code', async () => {
    const phone = await e2e.newPage(PHONE);
    await phone.goto('/progress');
    await phone.getByLabel('办件编号').fill(caseNo);
    await phone.getByLabel('查询码').fill(queryCode.toLowerCase()); // typed as it comes: the code is not case-sensitive
    await phone.getByRole('button', { name: '查询' }).click();
    const facts = phone.locator('.ow-progress-facts');
    await facts.getByText('张*三', { exact: true }).waitFor();
    await phone.locator('.ow-progress-state').getByText('已受理').waitFor();
    expect(await phone.locator('.ow-progress-no').innerText()).toContain(caseNo);
    expect(await phone.content()).not.toContain(ID_NUMBER);
    expect(await phone.content()).not.toContain('13800001234');
    await e2e.screenshot(phone, 'console-cases-applicant-progress');

    const scanned = await e2e.newPage(PHONE);
    await scanned.goto(qrUrl);
    await scanned.locator('.ow-progress-facts').getByText('张*三', { exact: true }).waitFor();
    expect(await scanned.locator('.ow-progress-no').innerText()).toContain(caseNo);
  });

  it('shows the case in the reviewer\'s and then the approver\'s task list, and they review and approve it', async () => {
    const reviewer = await e2e.newPage(WIDTH_1280);
    await e2e.signIn(reviewer, 'reviewer.market');
    await openTask(reviewer, '待审核', caseNo);
    await e2e.screenshot(reviewer, 'console-cases-review-tasks');
    await reviewer.getByTestId('case-task-list').getByRole('link', { name: caseNo }).click();
    await act(reviewer, '审核', 'review', async () => {
      await reviewer.getByLabel('审核意见').fill('材料齐全，现场核查符合要求，建议准予许可。');
    });
    await reviewer.getByTestId('case-timeline').getByText('材料齐全，现场核查符合要求').waitFor();

    const approver = await e2e.newPage(WIDTH_1280);
    await e2e.signIn(approver, 'approver.market');
    await openTask(approver, '待审批', caseNo);
    await e2e.screenshot(approver, 'console-cases-approval-tasks');
    await approver.getByTestId('case-task-list').getByRole('link', { name: caseNo }).click();
    await act(approver, '审批决定', 'approve', async () => {
      await approver.getByLabel('理由').fill('符合食品经营许可条件');
    });
    await approver.getByTestId('case-documents').getByText('准予行政许可结果通知书').waitFor();
    await approver.getByTestId('case-header').getByText('已审批').waitFor();
    await e2e.screenshot(approver, 'console-cases-decided');

    await approver.getByTestId('print-result').click();
    const target = new URL((await approver.getByTestId('document-qr').getAttribute('data-url'))!);
    expect(target.pathname).toBe('/rate');
    await approver.getByTestId('document-qr').locator('svg').waitFor();
    await e2e.screenshot(approver, 'console-cases-result-notice');
  });
  it('requests a correction listing every problem at once, prefilled from the material check', async () => {
    const page = await e2e.newPage(WIDTH_1280);
    await e2e.signIn(page, 'clerk.market');
    await page.locator('.ow-sider').getByRole('menuitem', { name: '窗口收件', exact: true }).click();
    const picker = page.getByLabel('办理事项');
    await picker.click();
    await picker.fill('食品经营许可');
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: '食品经营许可（' }).first().click();
    const firstMaterial = page.locator('.ow-material-checklist tbody tr').filter({ hasText: '食品经营许可申请书' });
    await firstMaterial.getByText('缺少', { exact: true }).click();
    await page.getByTestId('applicant-name').fill('李小四');
    await page.getByTestId('applicant-id').fill(ID_NUMBER);
    await page.getByTestId('applicant-phone').fill('13800005678');
    await page.getByTestId('receive-submit').click();
    await page.getByTestId('case-page').waitFor();

    await page.getByTestId('action-requestCorrection').click();
    const form = page.getByTestId('action-form');
    // The material the check found missing is listed already, with its problem.
    const materials = form.getByLabel('材料');
    await expect.poll(async () => (await materials.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).includes('食品经营许可申请书')).toBe(true);
    const listed = await materials.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    const row = listed.indexOf('食品经营许可申请书');
    expect(await form.getByLabel('问题').nth(row).inputValue()).toBe('未提交');
    // Only the problem of the first material is kept, and one more is typed: every problem at once.
    for (let i = listed.length - 1; i >= 0; i--) if (i !== row) await form.locator('.ow-problem-row').nth(i).getByRole('button').click();
    await form.getByRole('button', { name: '添加一项' }).click();
    await materials.nth(1).fill('申请信息');
    await e2e.screenshot(page, 'console-cases-correction-form');
    // A row without its problem is refused in the form; filled, the notice goes out.
    await page.locator('.ant-modal-footer').getByRole('button', { name: '一次性告知补正' }).click();
    await form.locator('.ant-form-item-explain-error').first().waitFor();
    await form.getByLabel('问题').nth(1).fill('联系电话与营业执照不一致');
    await page.locator('.ant-modal-footer').getByRole('button', { name: '一次性告知补正' }).click();
    await page.getByTestId('case-timeline').getByText('食品经营许可申请书：未提交；申请信息：联系电话与营业执照不一致').waitFor();
    await page.getByTestId('case-documents').getByText('补正材料告知书').waitFor();
  });
});
