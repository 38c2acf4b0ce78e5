/**
 * Case lifecycles per second over HTTP: the real server (own process, demo county) on a fresh
 * SQLite file and on a fresh PostgreSQL database, driven by `BENCH_CONNECTIONS` concurrent
 * lifecycles — receive and accept (clerk), review (reviewer), approve (approver), complete
 * (clerk): five transitions, each validated, permission- and version-checked, and written in one
 * transaction with its case event and its hash-chained audit record. The baseline, in the same
 * run on the same PostgreSQL server: pgbench's TPC-B-like transactions with as many clients.
 *
 * Targets: ≥ 2,000 transitions per second on SQLite; on PostgreSQL ≥ 50 % of pgbench's tps.
 *
 *   npx tsx bench/cases.bench.ts          prints the JSON
 *   env BENCH_SECONDS (default 10) per measurement, BENCH_WARMUP_SECONDS (2),
 *       BENCH_CONNECTIONS (10), BENCH_VIEW (compact | full: what each write answers with),
 *       TEST_PG_URL (PostgreSQL admin URL, as for the tests), BENCH_PROFILE=<dir> (the server's CPU profile
 *       of each measured window)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { driveLifecycles, type LifecycleResult } from './support/lifecycles.js';
import { createTempDatabase, pgbenchTps, pgUnreachable } from './support/postgres.js';
import { perUnit, postgresCpuMs } from './support/cpu-time.js';
import { startServerProcess } from './support/server-process.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PROFILE_DIR = process.env.BENCH_PROFILE ? path.resolve(process.env.BENCH_PROFILE) : undefined;
const SQLITE_TARGET = 2_000;
const PG_TARGET_RATIO = 0.5;

type Measured = LifecycleResult & { server_cpu_ms_per_transition: number; postgres_cpu_ms_per_transition?: number | null; audit_chain_ok: boolean; audit_records: number; rollups_equal_rebuild: boolean };

async function measureOn(db: string, dialect: 'sqlite' | 'postgres'): Promise<Measured> {
  const server = await startServerProcess(db, PROFILE_DIR);
  let pgCpuAtStart: number | null = null;
  try {
    const result = await driveLifecycles({
      address: server.address,
      concurrency: CONNECTIONS,
      warmupSeconds: WARMUP_SECONDS,
      seconds: SECONDS,
      // Clients acting in a loop ask for the compact case (no timeline); BENCH_VIEW=full for the full one.
      view: process.env.BENCH_VIEW === 'full' ? 'full' : 'compact',
      onMeasureStart: () => {
        if (dialect === 'postgres') pgCpuAtStart = postgresCpuMs();
        server.measureStart();
      },
    });
    const pgCpuAtStop = dialect === 'postgres' ? postgresCpuMs() : null;
    const { cpuMs, profile, audit, rollupsOk } = await server.measureStop();
    if (profile) process.stderr.write(`server CPU profile: ${profile}\n`);
    return {
      ...result,
      server_cpu_ms_per_transition: Number((cpuMs / Math.max(1, result.transitions)).toFixed(3)),
      ...(dialect === 'postgres' ? { postgres_cpu_ms_per_transition: perUnit(pgCpuAtStart, pgCpuAtStop, result.transitions) } : {}),
      audit_chain_ok: audit.ok,
      audit_records: audit.records,
      rollups_equal_rebuild: rollupsOk,
    };
  } finally {
    await server.stop();
  }
}

async function sqlite(): Promise<Measured> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-bench-cases-'));
  try {
    return await measureOn(path.join(dir, 'bench.sqlite'), 'sqlite');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres(): Promise<Record<string, unknown>> {
  const unreachable = await pgUnreachable();
  if (unreachable) return { skipped: unreachable };
  const database = await createTempDatabase('onewindow_bench');
  let ours: Measured;
  try {
    ours = await measureOn(database.url, 'postgres');
  } finally {
    await database.drop();
  }
  const pgbench = await pgbenchTps(CONNECTIONS, SECONDS);
  const ratio = ours.transitions_per_second / pgbench.tps;
  return {
    ...ours,
    pgbench_tps: Math.round(pgbench.tps),
    pgbench_postgres_cpu_ms_per_transaction: pgbench.pgCpuMsPerTransaction,
    pgbench: `${pgbench.version}, TPC-B-like, scale 1, -c ${CONNECTIONS} -j 2 -T ${SECONDS}`,
    ratio_to_pgbench: Number(ratio.toFixed(3)),
    target_ratio: PG_TARGET_RATIO,
    target_met: ratio >= PG_TARGET_RATIO,
  };
}

/** How fast this machine is right now (shared, noisy): a bare Fastify hello-world, 3 s, as many connections. */
async function helloWorldRps(): Promise<number> {
  const hello = Fastify();
  hello.get('/', async () => ({ hello: 'world' }));
  const url = await hello.listen({ port: 0, host: '127.0.0.1' });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: 3 });
  await hello.close();
  return Math.round(result.requests.average);
}

export async function run(): Promise<Record<string, unknown>> {
  const machineHelloWorldRps = await helloWorldRps();
  const onSqlite = await sqlite();
  const onPostgres = await postgres();
  return {
    name: 'case-lifecycles-http',
    lifecycle: 'receive → accept (clerk) → review (reviewer) → approve (approver) → complete (clerk); 5 transitions, each one HTTP request',
    connections: CONNECTIONS,
    seconds: SECONDS,
    warmup_seconds: WARMUP_SECONDS,
    machine_hello_world_rps: machineHelloWorldRps,
    sqlite: { ...onSqlite, target_transitions_per_second: SQLITE_TARGET, target_met: onSqlite.transitions_per_second >= SQLITE_TARGET },
    postgres: onPostgres,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) console.log(JSON.stringify(await run(), null, 2));
