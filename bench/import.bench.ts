/**
 * History import throughput: `onewindow import cases` on a generated CSV (BENCH_IMPORT_ROWS,
 * default 200,000 rows) into a fresh demo database, on SQLite and — when reachable
 * (TEST_PG_URL or the local server) — on PostgreSQL. Reports rows per second of the whole run
 * (both passes: validation, then batched inserts) and the time a million rows would take.
 *
 *   npx tsx bench/import.bench.ts      prints the JSON
 *   BENCH_IMPORT_ROWS=1000000 npx tsx bench/import.bench.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServices } from '../src/app.js';
import { openDatabase, type OpenDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo, setupActor } from '../src/demo/seed-demo.js';
import { systemClock } from '../src/kernel/time/clock.js';
import { PG_ADMIN_URL, pgReachable, pgUrlFor, withPgAdmin } from '../test/support/pg-admin.js';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 200_000);
const HEADER = 'case_no,center,department,item_code,case_type,legal_days,promised_days,received_at,accepted_at,completed_at,result,suspended_days,window,applicant_name,rating';
const ITEMS = [
  ['示范县公安局', '000010003000-331099-11331099MB00000198', '承诺件', 60, 15],
  ['市场监管', '企业设立登记', '即办件', 3, 0],
  ['示范县民政局', '历史事项（旧系统）', '承诺件', 20, 10],
] as const;
const RESULTS = ['approved', 'approved', 'approved', 'denied', 'refused', 'withdrawn', ''];

/** A CSV of `rows` cases received 2016–2025 (China time, no offset), some open, some rated. */
export function writeHistoryCsv(file: string, rows: number): void {
  const out = fs.openSync(file, 'w');
  let chunk = `${HEADER}\n`;
  const start = Date.UTC(2016, 0, 4, 1, 0); // 09:00 China time
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = (ms: number) => {
    const d = new Date(ms + 8 * 3_600_000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  };
  for (let i = 0; i < rows; i++) {
    const [department, item, type, legal, promised] = ITEMS[i % ITEMS.length]!;
    const result = RESULTS[i % RESULTS.length]!;
    const received = start + Math.floor((i / rows) * 3_600) * 86_400_000 + (i % 480) * 60_000;
    const accepted = result === 'refused' ? '' : local(received + 600_000);
    const completed = result === '' ? '' : local(received + (promised === 0 ? 1_200_000 : (i % 12) * 86_400_000 + 3_600_000));
    const rating = result === 'approved' && i % 3 === 0 ? String(1 + (i % 5)) : '';
    chunk += `H${String(i).padStart(8, '0')},示范县政务服务中心,${department},${item},${type},${legal},${promised},${local(received)},${accepted},${completed},${result},${i % 20 === 0 ? 2 : 0},A0${1 + (i % 3)},申请人${i % 1000},${rating}\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk);
      chunk = '';
    }
  }
  fs.writeSync(out, chunk);
  fs.closeSync(out);
}

async function importInto(database: OpenDatabase, file: string): Promise<{ seconds: number; imported: number; rowsPerSecond: number; secondsPerMillion: number }> {
  await migrateToLatest(database.db);
  const services = createServices(database);
  await seedDemo(services, systemClock);
  const root = (await services.org.rootCenterOrNull())!;
  const ctx = { actor: setupActor(await services.org.scopeOf(root.id)), clock: systemClock, locale: 'zh-CN' as const, requestId: 'bench' };
  const started = performance.now();
  const summary = await services.caseImport.importFile(ctx, file);
  const seconds = (performance.now() - started) / 1000;
  if (summary.imported !== ROWS) throw new Error(`imported ${summary.imported} of ${ROWS}`);
  return { seconds: Math.round(seconds * 10) / 10, imported: summary.imported, rowsPerSecond: Math.round(ROWS / seconds), secondsPerMillion: Math.round((seconds * 1_000_000) / ROWS) };
}

export async function run(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-import-bench-'));
  try {
    const file = path.join(dir, 'history.csv');
    writeHistoryCsv(file, ROWS);
    const sqliteDb = openDatabase({ dialect: 'sqlite', file: path.join(dir, 'bench.sqlite') });
    const sqlite = await importInto(sqliteDb, file).finally(() => sqliteDb.close());
    let postgres: Record<string, unknown> = { skipped: `PostgreSQL not reachable at ${PG_ADMIN_URL}` };
    if (await pgReachable()) {
      const name = `ow_bench_import_${process.pid}`;
      await withPgAdmin((c) => c.query(`CREATE DATABASE ${name}`));
      const pgDb = openDatabase({ dialect: 'postgres', url: pgUrlFor(name) });
      try {
        postgres = await importInto(pgDb, file);
      } finally {
        await pgDb.close();
        await withPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      }
    }
    return { name: 'history-import', rows: ROWS, fileBytes: fs.statSync(file).size, sqlite, postgres };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await run(), null, 2));
}
