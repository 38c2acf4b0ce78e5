import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../demo/demo-org.js';
import { completeIdNumber } from '../../kernel/validators/index.js';
import { describeEachDialect } from '../../../test/support/databases.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { FIGURE_KEYS } from './stats.schema.js';

const ID_NUMBER = completeIdNumber('33010219900101123');
const UNKNOWN = '01900000-0000-7000-8000-000000000000';

describeEachDialect('stats API', (use) => {
  let t: TestApp;
  let admin: Session;
  let centers: { id: string; name: string }[];
  let county: string;
  let chengguan: string;
  let market: string;

  beforeAll(async () => {
    t = await startTestApp(use(), '2026-03-02T01:00:00.000Z');
    admin = await Session.signIn(t.app, 'admin');
    const clerk = await Session.signIn(t.app, 'clerk.market');
    centers = (await admin.get('/api/org/centers')).json().items;
    county = centers.find((c) => c.name.includes('县'))!.id;
    chengguan = centers.find((c) => c.name.startsWith('城关镇'))!.id;
    market = (await admin.get('/api/org/departments')).json().items.find((d: { name: string }) => d.name.includes('市场监督'))!.id;
    const created = await admin.post('/api/org/staff', { username: 'leader.chengguan', displayName: '城关镇长', password: DEMO_PASSWORD, centerId: chengguan, roles: ['leader'] });
    expect(created.statusCode, created.body).toBe(200);
    // One case, accepted and completed the same day.
    const found = (await t.app.inject({ method: 'GET', url: `/api/public/items?q=${encodeURIComponent('企业设立登记')}` })).json().items[0];
    const detail = (await t.app.inject({ method: 'GET', url: `/api/public/items/${found.id}` })).json();
    const reviewer = await Session.signIn(t.app, 'reviewer.market');
    const approver = await Session.signIn(t.app, 'approver.market');
    const windowId = (await admin.get('/api/org/windows')).json().items.find((w: { number: string }) => w.number === 'A02')!.id;
    let c = (
      await clerk.post('/api/cases', {
        itemId: found.id, channel: 'window', windowId, idempotencyKey: `stats-api-${Date.now()}`,
        applicant: { type: 'person', name: '张小三', idNumber: ID_NUMBER, phone: '13800001234' },
        materials: detail.item.materials.map((m: { name: string }) => ({ name: m.name, status: 'received', originals: 1, copies: 1 })),
      })
    ).json();
    const act = async (s: Session, action: Record<string, unknown>) => (c = (await s.post(`/api/cases/${c.id}/actions`, { version: c.version, action })).json());
    await act(clerk, { type: 'accept' });
    await act(reviewer, { type: 'review', opinion: '材料齐全', recommendation: 'grant' });
    await act(approver, { type: 'approve', decision: 'grant', reason: '准予' });
    await act(clerk, { type: 'complete' });
    expect(c.state).toBe('completed');
  });

  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

  it('answers the summary with exactly the agreed keys', async () => {
    const r = await admin.get(`/api/stats/summary?${q({ from: '2026-03-01', to: '2026-03-31' })}`);
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(Object.keys(body).sort()).toEqual([...FIGURE_KEYS, 'windows'].sort());
    expect(body).toMatchObject({ received: 1, accepted: 1, completed: 1, open: 0, overdue: 0, onTimeRate: 1, onSpotRate: 1, dailyCompletionRate: 1 });
    expect(body.windows).toEqual([expect.objectContaining({ completed: 1, share: 1 })]);
    const byDepartment = (await admin.get(`/api/stats/summary?${q({ from: '2026-03-01', to: '2026-03-31', department: market })}`)).json();
    expect(byDepartment.completed).toBe(1);
    const township = (await admin.get(`/api/stats/summary?${q({ from: '2026-03-01', to: '2026-03-31', center: chengguan })}`)).json();
    expect(township.completed).toBe(0);
  });

  it('refuses bad ranges with a 400 in the caller\'s language', async () => {
    const reversed = await admin.request('GET', `/api/stats/summary?${q({ from: '2026-03-31', to: '2026-03-01' })}`, undefined, { 'accept-language': 'en-US' });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details.issues[0]).toMatchObject({ path: '/to', code: 'stats.range_reversed' });
    expect(reversed.body).toContain('before the start date');
    const zh = await admin.get(`/api/stats/summary?${q({ from: '2026-03-31', to: '2026-03-01' })}`);
    expect(zh.body).toContain('结束日期早于开始日期');
    for (const range of [{ from: '2026-02-30', to: '2026-03-01' }, { from: '2000-01-01', to: '2026-03-01' }, { from: 'yesterday', to: '2026-03-01' }]) {
      const r = await admin.get(`/api/stats/summary?${q(range)}`);
      expect(r.statusCode, JSON.stringify(range)).toBe(400);
      expect(r.body).not.toContain('"received"');
    }
  });

  it('gives 404 for unknown centers, departments, windows and items', async () => {
    for (const key of ['center', 'department', 'window', 'item']) {
      const r = await admin.get(`/api/stats/summary?${q({ from: '2026-03-01', to: '2026-03-31', [key]: UNKNOWN })}`);
      expect(r.statusCode, key).toBe(404);
    }
  });

  it('keeps a township leader to the township: the county is 403 with no figures', async () => {
    const leader = await Session.signIn(t.app, 'leader.chengguan');
    const denied = await leader.get(`/api/stats/summary?${q({ from: '2026-03-01', to: '2026-03-31', center: county })}`);
    expect(denied.statusCode).toBe(403);
    expect(denied.body).not.toMatch(/"(received|completed|windows)"/);
    expect((await leader.get(`/api/stats/summary?${q({ from: '2026-03-01', to: '2026-03-31', department: market })}`)).statusCode).toBe(403);
    expect((await leader.get(`/api/stats/ranking?${q({ from: '2026-03-01', to: '2026-03-31', by: 'window', center: county })}`)).statusCode).toBe(403);
    const own = await leader.get(`/api/stats/summary?${q({ from: '2026-03-01', to: '2026-03-31' })}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().completed).toBe(0);
    const clerk = await Session.signIn(t.app, 'clerk.market');
    expect((await clerk.get(`/api/stats/summary?${q({ from: '2026-03-01', to: '2026-03-31' })}`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/stats/summary?${q({ from: '2026-03-01', to: '2026-03-31' })}` })).statusCode).toBe(401);
  });

  it('answers series, comparisons, rankings, the roll-up and the big screen', async () => {
    const series = (await admin.get(`/api/stats/series?${q({ from: '2026-01-01', to: '2026-03-31', granularity: 'month' })}`)).json();
    expect(series.points.map((p: { period: string; completed: number }) => [p.period, p.completed])).toEqual([['2026-01', 0], ['2026-02', 0], ['2026-03', 1]]);
    const compare = (await admin.get(`/api/stats/compare?${q({ from: '2026-03-01', to: '2026-03-31' })}`)).json();
    expect(compare.yearOnYear).toMatchObject({ from: '2025-03-01', to: '2025-03-31' });
    expect(compare.monthOnMonth).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    expect(compare.monthOnMonth.change.completed).toBeNull();
    const ranking = (await admin.get(`/api/stats/ranking?${q({ from: '2026-03-01', to: '2026-03-31', by: 'department' })}`)).json();
    expect(ranking.rows[0]).toMatchObject({ id: market, rank: 1, completed: 1 });
    const staff = (await admin.get(`/api/stats/ranking?${q({ from: '2026-03-01', to: '2026-03-31', by: 'staff' })}`)).json();
    expect(staff.rows[0]).toMatchObject({ name: '刘受理', rank: 1 });
    const rollup = (await admin.get(`/api/stats/rollup?${q({ from: '2026-03-01', to: '2026-03-31', center: county })}`)).json();
    expect(rollup.total.completed).toBe(1);
    expect(rollup.rows.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining([expect.stringContaining('城关镇'), expect.stringContaining('青山乡')]));
    expect(rollup.rows[0]).toMatchObject({ center: county, completed: 1 });
    const live = await admin.get('/api/stats/live');
    expect(live.statusCode, live.body).toBe(200);
    expect(live.json()).toMatchObject({ date: '2026-03-02', today: { received: 1, accepted: 1, completed: 1 }, open: 0 });
    expect(live.json().townships.map((x: { name: string }) => x.name)).toEqual(expect.arrayContaining([expect.stringContaining('城关镇'), expect.stringContaining('青山乡')]));
    expect(live.json().busiestWindows[0]).toMatchObject({ accepted: 1, completed: 1 });
  });

  it('shows the public screen with personal data masked', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/public/screen' });
    expect(r.statusCode).toBe(200);
    const entry = r.json().completed[0];
    expect(entry).toMatchObject({ applicant: '张*三', idNumber: `${ID_NUMBER.slice(0, 4)}**********${ID_NUMBER.slice(-4)}` });
    expect(r.body).not.toContain(ID_NUMBER);
    expect(r.body).not.toContain('张小三');
  });

  it('exports a ranking as Excel', async () => {
    const r = await admin.get(`/api/stats/export.xlsx?${q({ table: 'ranking', by: 'window', from: '2026-03-01', to: '2026-03-31' })}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(String(sheet.getCell('A1').value)).toContain('名次');
    expect(sheet.rowCount).toBe(2);
    expect((await admin.get(`/api/stats/export.xlsx?${q({ table: 'series', from: '2026-03-01', to: '2026-03-31' })}`)).statusCode).toBe(400);
  });
});

describe('onewindow stats (CLI, SQLite)', () => {
  const run = promisify(execFile);
  it('prints one JSON object with the agreed keys, rebuilds, and exits 2 on a reversed range', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-cli-'));
    const env = { ...process.env, ONEWINDOW_DATA_DIR: dir, DATABASE_URL: '' };
    const cli = (args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env, cwd: process.cwd() });
    try {
      await cli(['seed-demo']);
      const rebuilt = await cli(['stats', 'rebuild']);
      expect(rebuilt.stdout).toContain('rebuilt from 0 cases');
      const { stdout } = await cli(['stats', '--from', '2026-03-01', '--to', '2026-03-31', '--json']);
      const body = JSON.parse(stdout);
      expect(Object.keys(body).sort()).toEqual([...FIGURE_KEYS, 'windows'].sort());
      expect(body.completed).toBe(0);
      const failed = await cli(['stats', '--from', '2026-03-31', '--to', '2026-03-01']).then(() => null, (e: { code: number; stderr: string }) => e);
      expect(failed?.code).toBe(2);
      expect(failed?.stderr).toContain('结束日期早于开始日期');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
