import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, startE2E, type E2E } from './support.js';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

/** A 2027 notice as the center would type it once the State Council publishes it (test data). */
const NOTICE_2027 = `# 国务院办公厅关于2027年部分节假日安排的通知（测试数据）
notice 2027 国办发明电〔2026〕99号
2027-01-01..2027-01-03 holiday 元旦
2027-02-06..2027-02-12 放假 春节
2027-02-13 上班 春节
2027-09-26 workday 国庆节
2027-10-01..2027-10-07 holiday 国庆节
2027-10-09 workday 国庆节
`;

function day(page: Page, date: string): Locator {
  return page.locator(`.ow-cal-day[data-date="${date}"]`);
}

/** The row of the year notices table for `year`. */
function yearRow(page: Page, year: number): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('cell', { name: String(year), exact: true }) });
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
}

/** Types a date into an antd DatePicker found by its label, and confirms it. */
async function pickDate(scope: Locator, label: string, date: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await scope.page().keyboard.press('Escape');
}

/** Lets a drawer or modal finish opening before a screenshot. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(400);
}

async function denied(page: Page): Promise<void> {
  await page.getByText('无权访问', { exact: true }).waitFor();
  expect(await page.getByRole('dialog').count()).toBe(0);
}

describe('the working-day calendar, as the administrator', () => {
  it('shows October 2025 with the National Day holiday and the make-up Saturday', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'admin');
    await page.locator('.ow-sider').getByRole('menuitem', { name: '工作日历', exact: true }).click();
    await page.getByRole('heading', { name: '工作日历' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console/calendar');

    await page.goto('/console/calendar?month=2025-10');
    await day(page, '2025-10-01').filter({ hasText: '国庆节' }).waitFor();
    for (const date of ['2025-10-01', '2025-10-04', '2025-10-08']) {
      expect(await day(page, date).getAttribute('data-kind'), date).toBe('holiday');
      await expectText(day(page, date), '法定节假日');
    }
    // 10-11 is a Saturday worked under the notice (调休上班): a working day.
    expect(await day(page, '2025-10-11').getAttribute('data-kind')).toBe('makeUpWorkday');
    await expectText(day(page, '2025-10-11'), '调休上班');
    expect(await day(page, '2025-10-12').getAttribute('data-kind')).toBe('weekend');
    expect(await day(page, '2025-10-09').getAttribute('data-kind')).toBe('workday');
    // 23 weekdays, 6 of them off, plus the Saturday worked.
    await expectText(page.getByTestId('month-stats'), '工作日 18');
    await expectText(page.getByTestId('month-arrangements'), '10月11日（星期六）');
    expect(await page.getByTestId('provisional-banner').count()).toBe(0);
    await e2e.screenshot(page, 'calendar-month-2025-10');

    // Month navigation.
    await page.getByRole('button', { name: '下月' }).click();
    await day(page, '2025-11-01').waitFor();
    expect(new URL(page.url()).searchParams.get('month')).toBe('2025-11');
    await page.getByRole('button', { name: '上月' }).click();
    await day(page, '2025-10-11').waitFor();

    // The same in English.
    await page.getByText('English', { exact: true }).click();
    await expectText(day(page, '2025-10-11'), 'Make-up working day');
    await page.getByRole('tab', { name: 'Year notices' }).waitFor();
    await e2e.screenshot(page, 'calendar-month-2025-10-en', false);
    await page.getByText('中文', { exact: true }).click();
    await expectText(day(page, '2025-10-11'), '调休上班');
  });

  it('calculates 2025-09-30 + 5 working days as 2025-10-14, and the days between two dates', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'admin');
    await page.goto('/console/calendar');
    await openTab(page, '期限计算器');
    expect(new URL(page.url()).pathname).toBe('/console/calendar/calculator');

    const deadline = page.getByTestId('deadline-calculator');
    await pickDate(deadline, '起算日期', '2025-09-30');
    await deadline.getByLabel('期限（工作日）').fill('5');
    await deadline.getByRole('button', { name: '计算' }).click();
    const result = page.getByTestId('deadline-result');
    await expectText(result, '2025-10-14');
    await expectText(result, '星期二');
    expect(await result.getByText('暂定结果').count()).toBe(0);

    const count = page.getByTestId('workdays-calculator');
    await pickDate(count, '开始日期', '2025-09-30');
    await pickDate(count, '结束日期', '2025-10-14');
    await count.getByRole('button', { name: '计算' }).click();
    await expectText(page.getByTestId('workdays-result'), '5');

    // Dates in the wrong order: the server's message, on the end date.
    await pickDate(count, '开始日期', '2025-10-20');
    await count.getByRole('button', { name: '计算' }).click();
    await count.locator('.ant-form-item-explain-error').filter({ hasText: '早于开始日期' }).waitFor();

    // A year without a notice: the deadline is marked provisional and says why.
    await pickDate(deadline, '起算日期', '2027-09-30');
    await deadline.getByRole('button', { name: '20 日' }).click();
    await expectText(result, '暂定结果');
    await expectText(result, '2027 年的国务院放假通知');
    await e2e.screenshot(page, 'calendar-calculator');
  });

  it('enters the 2027 notice: 2027 becomes 中心录入 and no longer provisional', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'admin');
    await page.goto('/console/calendar?month=2027-10');
    const banner = page.getByTestId('provisional-banner');
    await expectText(banner, '暂定：2027 年的国务院放假通知尚未录入');
    await expectText(day(page, '2027-10-01'), '暂定');
    expect(await day(page, '2027-10-01').getAttribute('data-kind')).toBe('workday');
    await e2e.screenshot(page, 'calendar-month-2027-10-provisional', false);

    await openTab(page, '年度放假安排');
    await expectText(yearRow(page, 2026), '内置');
    expect(await yearRow(page, 2027).count()).toBe(0);
    await page.getByRole('button', { name: '录入放假通知' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('录入放假通知').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/console/calendar/years/import');
    // Read from a .txt file (UTF-8 with a byte-order mark, as Notepad saves it).
    await drawer.locator('input[type=file]').setInputFiles({ name: '2027年节假日安排.txt', mimeType: 'text/plain', buffer: Buffer.from('\ufeff' + NOTICE_2027, 'utf8') });
    await page.getByText('已读取 2027年节假日安排.txt。').waitFor();
    expect(await drawer.getByLabel('通知内容').inputValue()).toBe(NOTICE_2027);
    await settle(page);
    await e2e.screenshot(page, 'calendar-import-form', false);
    await drawer.getByRole('button', { name: '导入' }).click();
    await drawer.waitFor({ state: 'hidden' });

    await expectText(page.getByRole('status'), '已导入 2027 年的放假通知');
    const row = yearRow(page, 2027);
    await expectText(row, '中心录入');
    await expectText(row, '国办发明电〔2026〕99号');
    await row.getByRole('button', { name: /展开|Expand/ }).click();
    await expectText(page.locator('.ow-year-days'), '国庆节');
    await expectText(page.locator('.ow-year-days'), '10月9日（星期六）');
    await e2e.screenshot(page, 'calendar-years-imported');

    await page.goto('/console/calendar?month=2027-10');
    await day(page, '2027-10-01').filter({ hasText: '国庆节' }).waitFor();
    expect(await day(page, '2027-10-01').getAttribute('data-kind')).toBe('holiday');
    expect(await day(page, '2027-10-09').getAttribute('data-kind')).toBe('makeUpWorkday');
    expect(await page.getByTestId('provisional-banner').count()).toBe(0);
    expect(await day(page, '2027-10-01').getByText('暂定').count()).toBe(0);
    await e2e.screenshot(page, 'calendar-month-2027-10-entered');

    await openTab(page, '期限计算器');
    const deadline = page.getByTestId('deadline-calculator');
    await pickDate(deadline, '起算日期', '2027-09-30');
    await deadline.getByLabel('期限（工作日）').fill('5');
    await deadline.getByRole('button', { name: '计算' }).click();
    await expectText(page.getByTestId('deadline-result'), '2027-10-13');
    expect(await page.getByTestId('deadline-result').getByText('暂定结果').count()).toBe(0);
  });

  it('refuses a notice with bad lines, naming each line, and imports nothing', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'admin');
    await page.goto('/console/calendar/years/import');
    const drawer = page.getByRole('dialog');
    const text = drawer.getByLabel('通知内容');
    // A file saved in GB 18030 (the Chinese Windows default) reads as well: 元旦 is D4AA B5A9.
    const gbk = Buffer.concat([Buffer.from('notice 2029\n2029-01-01 holiday '), Buffer.from([0xd4, 0xaa, 0xb5, 0xa9]), Buffer.from('\n')]);
    await drawer.locator('input[type=file]').setInputFiles({ name: 'gbk.txt', mimeType: 'text/plain', buffer: gbk });
    await page.getByText('已读取 gbk.txt。').waitFor();
    expect(await text.inputValue()).toBe('notice 2029\n2029-01-01 holiday 元旦\n');
    await text.fill(['notice 2028 国办发明电〔2027〕1号', '2028-01-01 holiday 元旦', '2028-02-30 holiday 春节', '2028-05-01..2028-05-05 放假 劳动节', '2028-05-08 nap 劳动节'].join('\n'));
    await drawer.getByRole('button', { name: '导入' }).click();

    const errors = drawer.getByTestId('import-errors');
    await expectText(errors, '有 2 处错误，未导入任何内容');
    const line3 = errors.locator('li').filter({ hasText: '第 3 行' });
    await expectText(line3, '2028-02-30 holiday 春节');
    await expectText(line3, '不是有效日期');
    const line5 = errors.locator('li').filter({ hasText: '第 5 行' });
    await expectText(line5, '2028-05-08 nap 劳动节');
    await expectText(line5, '不是有效的日期类型');
    expect(await errors.locator('li').count()).toBe(2);
    await e2e.screenshot(page, 'calendar-import-errors', false);
    const admin = await e2e.api('admin');
    const years = await admin.call<{ items: { year: number }[] }>('GET', '/api/calendar/years');
    expect(years.body.items.map((y) => y.year)).not.toContain(2028);

    // 第 5 行 selects that line in the text, to correct it.
    await line5.getByRole('button', { name: '第 5 行' }).click();
    const selected = await text.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe('2028-05-08 nap 劳动节');

    // Corrected; a weekday marked as a working day is imported with a note on its line.
    await text.fill(['notice 2028 国办发明电〔2027〕1号', '2028-01-01 holiday 元旦', '2028-01-25..2028-01-31 holiday 春节', '2028-05-01..2028-05-05 放假 劳动节', '2028-05-08 workday 劳动节'].join('\n'));
    await drawer.getByRole('button', { name: '导入' }).click();
    await drawer.waitFor({ state: 'hidden' });
    const status = page.getByRole('status');
    await expectText(status, '已导入 2028 年的放假通知');
    await expectText(status, '第 5 行');
    await expectText(status, '本来就是工作日');
    await e2e.screenshot(page, 'calendar-import-warning', false);

    // A notice for a year that has one is imported only after asking.
    await page.getByRole('button', { name: '录入放假通知' }).click();
    await drawer.getByLabel('通知内容').fill('notice 2026 更正\n2026-01-01 holiday 元旦\n');
    await drawer.getByRole('button', { name: '导入' }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await expectText(confirm, '2026 年已有放假通知');
    await confirm.getByRole('button', { name: '取消' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await drawer.getByRole('button', { name: '取消' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await expectText(yearRow(page, 2026), '内置');
    expect(await yearRow(page, 2028).count()).toBe(1);
  });

  it('adds and removes a local closure, and sets Saturday hours', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'admin');
    await page.goto('/console/calendar/closures');
    await page.getByRole('button', { name: '新增停办日' }).click();
    const drawer = page.getByRole('dialog');
    await pickDate(drawer, '日期', '2025-10-13');
    await drawer.getByLabel('停办原因').fill('县运会场馆占用');
    await drawer.getByRole('button', { name: '保存' }).click();
    await drawer.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: '2025-10-13' });
    await expectText(row, '县运会场馆占用');

    // The same date again is refused on the date field.
    await page.getByRole('button', { name: '新增停办日' }).click();
    await pickDate(drawer, '日期', '2025-10-13');
    await drawer.getByLabel('停办原因').fill('重复');
    await drawer.getByRole('button', { name: '保存' }).click();
    await drawer.locator('.ant-form-item-explain-error').filter({ hasText: '已设为停办日' }).waitFor();
    await drawer.getByRole('button', { name: '取消' }).click();
    await drawer.waitFor({ state: 'hidden' });

    // The month shows it, and the center's deadlines move on by a day.
    await page.goto('/console/calendar?month=2025-10');
    expect(await day(page, '2025-10-13').getAttribute('data-kind')).toBe('closure');
    await expectText(day(page, '2025-10-13'), '县运会场馆占用');
    await e2e.screenshot(page, 'calendar-month-closure', false);
    await openTab(page, '期限计算器');
    const deadline = page.getByTestId('deadline-calculator');
    await pickDate(deadline, '起算日期', '2025-09-30');
    await deadline.getByLabel('期限（工作日）').fill('5');
    await deadline.getByRole('button', { name: '计算' }).click();
    await expectText(page.getByTestId('deadline-result'), '2025-10-15');

    await openTab(page, '本地停办日');
    await page.getByRole('row').filter({ hasText: '2025-10-13' }).getByRole('button', { name: '删除' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
    await page.getByRole('row').filter({ hasText: '2025-10-13' }).waitFor({ state: 'detached' });

    // Service hours: a bad session is told on its field; then Saturday mornings open.
    await openTab(page, '办公时间');
    await expectText(page.locator('.ow-hours'), '08:30 – 12:00');
    await expectText(page.locator('.ow-hours'), '不开放');
    await page.getByRole('button', { name: '修改办公时间' }).click();
    expect(new URL(page.url()).pathname).toBe('/console/calendar/hours/edit');
    await drawer.getByLabel('工作日').fill('08:30-12:00,25:00-17:30');
    await drawer.getByLabel('周六开放').click();
    await drawer.getByLabel('周六', { exact: true }).fill('09:00-12:00');
    await drawer.getByRole('button', { name: '保存' }).click();
    await drawer.locator('.ant-form-item-explain-error').filter({ hasText: '不是有效的服务时段' }).waitFor();
    await e2e.screenshot(page, 'calendar-hours-error', false);
    await drawer.getByLabel('工作日').fill('08:30-12:00,14:00-17:30');
    await drawer.getByRole('button', { name: '保存' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await expectText(page.locator('.ow-hours'), '09:00 – 12:00');
    await e2e.screenshot(page, 'calendar-hours');
  });
});

describe('the working-day calendar, as a window clerk', () => {
  it('shows everything read-only and refuses the forms by address', async () => {
    const page = await e2e.newPage();
    await e2e.signIn(page, 'clerk.police');
    await page.locator('.ow-sider').getByRole('menuitem', { name: '工作日历', exact: true }).click();
    await page.goto('/console/calendar?month=2025-10');
    expect(await day(page, '2025-10-11').getAttribute('data-kind')).toBe('makeUpWorkday');

    await openTab(page, '年度放假安排');
    await expectText(yearRow(page, 2025), '内置');
    expect(await page.getByRole('button', { name: '录入放假通知' }).count()).toBe(0);
    await e2e.screenshot(page, 'clerk-calendar-years');
    await openTab(page, '本地停办日');
    await page.getByText('本地停办日（如场馆占用').waitFor();
    expect(await page.getByRole('button', { name: '新增停办日' }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: '操作' }).count()).toBe(0);
    await openTab(page, '办公时间');
    await expectText(page.locator('.ow-hours'), '08:30 – 12:00');
    expect(await page.getByRole('button', { name: '修改办公时间' }).count()).toBe(0);
    await openTab(page, '期限计算器');
    await page.getByTestId('deadline-calculator').waitFor();
    await e2e.screenshot(page, 'clerk-calendar-calculator');

    for (const path of ['/console/calendar/years/import', '/console/calendar/closures/new', '/console/calendar/hours/edit']) {
      await page.goto(path);
      await denied(page);
    }
    await e2e.screenshot(page, 'clerk-calendar-import-denied');
  });

  it('fits a phone', async () => {
    const page = await e2e.newPage(PHONE);
    await e2e.signIn(page, 'clerk.police');
    await page.goto('/console/calendar?month=2025-10');
    expect(await day(page, '2025-10-11').getAttribute('data-kind')).toBe('makeUpWorkday');
    await e2e.screenshot(page, 'clerk-calendar-phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

/** Waits until the element shows the text. */
async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
}
