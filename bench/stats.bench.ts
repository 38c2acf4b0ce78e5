/**
 * Statistics: a month's figures answered from the rollups vs the same figures computed from the
 * raw cases, in the same run, on SQLite and (when reachable) PostgreSQL. Both answers must agree
 * exactly. Cases are generated straight into the table (like the history import), then the
 * rollups are rebuilt.
 *
 *   STATS_BENCH_CASES=300000 npx tsx bench/stats.bench.ts      prints the JSON
 */
import { chinaDateOf } from '../src/kernel/calendar/index.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { createServices } from '../src/app.js';
import { openDatabase, type OpenDatabase } from '../src/db/database.js';
import type { CaseTable } from '../src/db/schema-cases.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { setupActor } from '../src/demo/seed-demo.js';
import { addCalendarDays } from '../src/kernel/calendar/dates.js';
import type { RequestContext } from '../src/kernel/context.js';
import { systemClock } from '../src/kernel/time/clock.js';
import { figuresOf } from '../src/modules/stats/domain/figures.js';
import { statsStore } from '../src/modules/stats/stats.store.js';
import { ident, pgReachable, pgUrlFor, withPgAdmin } from '../test/support/pg-admin.js';

const CASES = Number(process.env.STATS_BENCH_CASES ?? 300_000);
const TARGET_RATIO = 20;
const TARGET_MS = 200;
const FIRST_DAY = '2024-11-01';
const DAYS = 730;
const MONTH = { from: '2026-09-01', to: '2026-09-30' };
const CENTERS = ['c-county', 'c-town-1', 'c-town-2'];

/** A seeded PRNG (xorshift32), so runs are comparable. */
function random(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** One generated case (accepted, mostly completed, some late, some refused or open) and maybe its rating. */
function generate(i: number, next: () => number): { row: CaseTable; rating: number | null } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const received = addCalendarDays(FIRST_DAY, Math.floor(next() * DAYS));
  const item = Math.floor(next() * 200);
  const promised = item % 3 !== 0;
  const promisedDays = promised ? 1 + (item % 15) : 0;
  const refused = next() < 0.01;
  const accepted = refused ? null : addCalendarDays(received, next() < 0.8 ? 0 : 1);
  const deadline = accepted ? addCalendarDays(accepted, Math.ceil(promisedDays * 1.4)) : null;
  const completed = accepted && next() < 0.97 ? addCalendarDays(accepted, promised ? Math.floor(next() * (promisedDays * 1.5 + 1)) : 0) : null;
  const id = `${String(i).padStart(9, '0')}`;
  const at = `${received}T02:00:00.000Z`;
  return {
    row: {
      id, case_no: `B${id}`, query_code: 'ABCDEF', center_id: CENTERS[item % 7 === 0 ? 1 + (item % 2) : 0]!, department_id: `d-${item % 20}`, item_id: `i-${item}`, item_version: 1, item_name: `事项${item}`,
      window_id: `w-${item % 20}-${item % 2}`, channel: 'window', case_type: promised ? 'promised' : 'onTheSpot', legal_days: promisedDays * 2 + 5, promised_days: promisedDays,
      state: refused ? 'refused' : completed ? 'delivered' : 'accepted', resume_state: null, corrections_this_submission: 0, submission_no: 1, reviewer_id: null, approver_id: null,
      decision: completed ? 'grant' : null, decision_reason: null, extension_days: 0, extension_on: null, applicant_json: '{}', applicant_name: '张三', received_at: at, received_on: received,
      accepted_at: accepted ? at : null, accepted_on: accepted, deemed_accepted: 0, deadline, suspended_days: 0, decided_at: null, completed_at: completed ? `${completed}T08:00:00.000Z` : null,
      completed_on: completed, delivered_at: null, delivery_json: null, flags: '', imported: 1, version: 1, created_by: pick(['s-1', 's-2', 's-3', 's-4', 's-5', 's-6', 's-7', 's-8']), created_at: at,
      updated_at: completed ? `${completed}T08:00:00.000Z` : at,
    },
    rating: completed && next() < 0.9 ? (next() < 0.995 ? 5 : 1) : null,
  };
}

async function fill(database: OpenDatabase): Promise<void> {
  const next = random(20261122);
  const chunk = database.dialect === 'sqlite' ? 500 : 1000;
  await database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < CASES; i += chunk) {
      const batch = Array.from({ length: Math.min(chunk, CASES - i) }, (_, j) => generate(i + j, next));
      await trx.insertInto('cases').values(batch.map((b) => b.row)).execute();
      const ratings = batch.filter((b) => b.rating !== null).map((b) => ({ case_id: b.row.id, level: b.rating!, channel: 'pad', comment: '', window_id: b.row.window_id, rated_at: b.row.completed_at! }));
      if (ratings.length) await trx.insertInto('case_ratings').values(ratings).execute();
    }
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time<T>(times: number, fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const runs: number[] = [];
  let value!: T;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    value = await fn();
    runs.push(performance.now() - started);
  }
  return { ms: Math.round(median(runs) * 10) / 10, value };
}

async function benchOn(database: OpenDatabase): Promise<Record<string, unknown>> {
  await migrateToLatest(database.db);
  const services = createServices(database);
  const ctx: RequestContext = { actor: setupActor(CENTERS), clock: systemClock, locale: 'zh-CN', requestId: 'bench' };
  const TODAY = chinaDateOf(systemClock.now().toISOString());
  const filled = await time(1, () => fill(database));
  const rebuilt = await time(1, () => services.statsRollups.rebuild({}, ctx));
  const filter = { centerIds: CENTERS };
  const rollup = await time(7, async () => {
    const [figures, windows] = await Promise.all([services.stats.figures(MONTH, filter, TODAY), statsStore.sumByGroup(database.db, MONTH, filter, 'window_id')]);
    return { figures, windows: windows.size };
  });
  const byItem = await time(5, () => services.stats.figures(MONTH, { ...filter, itemId: 'i-1' }, TODAY));
  const raw = await time(2, async () => {
    const r = await services.statsRollups.raw(ctx, MONTH, filter);
    return figuresOf(r.measures, r.atEnd);
  });
  const monthRows = await database.db.selectFrom('stats_daily_w').select((eb) => eb.fn.countAll().as('n')).where('day', '>=', MONTH.from).where('day', '<=', MONTH.to).executeTakeFirst();
  const agree = JSON.stringify(rollup.value.figures) === JSON.stringify(raw.value);
  const ratio = raw.ms / rollup.ms;
  return {
    dialect: database.dialect,
    cases: CASES,
    generate_ms: Math.round(filled.ms),
    rebuild_ms: Math.round(rebuilt.ms),
    month: MONTH,
    month_rollup_rows: Number(monthRows?.n ?? 0),
    rollup_ms: rollup.ms,
    rollup_item_filter_ms: byItem.ms,
    raw_ms: raw.ms,
    ratio: Math.round(ratio * 10) / 10,
    agree,
    figures: { accepted: raw.value.accepted, completed: raw.value.completed, open: raw.value.open, overdue: raw.value.overdue, onTimeRate: raw.value.onTimeRate },
    pass: agree && ratio >= TARGET_RATIO && rollup.ms <= TARGET_MS,
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown>[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-stats-bench-'));
  const sqlite = openDatabase({ dialect: 'sqlite', file: path.join(dir, 'bench.sqlite') });
  try {
    results.push(await benchOn(sqlite));
  } finally {
    await sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (await pgReachable()) {
    const name = `ow_bench_stats_${randomBytes(4).toString('hex')}`;
    await withPgAdmin((c) => c.query(`CREATE DATABASE ${ident(name)}`));
    const pg = openDatabase({ dialect: 'postgres', url: pgUrlFor(name) });
    try {
      results.push(await benchOn(pg));
    } finally {
      await pg.close();
      await withPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
    }
  } else {
    results.push({ dialect: 'postgres', skipped: 'not reachable' });
  }
  return {
    name: 'stats',
    what: `a month's figures (summary + window shares) from the rollups vs from the raw cases, ${CASES} cases over 24 months`,
    target: { ratio: TARGET_RATIO, rollup_ms: TARGET_MS },
    results,
    pass: results.every((r) => r.pass !== false),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await run(), null, 2));
}
