/**
 * The real server in a process of its own, for write benchmarks: the load generator must not
 * share the server's event loop. Started by bench/support/server-process.ts with `--import tsx`
 * (for this file only): the server's code is the build in dist/server, as `npm start` runs it,
 * not the TypeScript sources through tsx's loader (whose output differs: esbuild's keep-names
 * helper wraps every named function, at a cost on the hot path). It migrates the given
 * database, seeds the demo county, listens on a free port and reports the address over IPC. It
 * exits on SIGTERM.
 *
 *   env BENCH_DB: a PostgreSQL URL, or the path of a new SQLite file
 * Between the parent's 'measure-start' and 'measure-stop' it counts its CPU time and, with
 * env BENCH_PROFILE (a folder), records a CPU profile of that window there.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { sql } from 'kysely';

/** A module of the build (dist/server), typed as its source. */
const built = <M>(module: string): Promise<M> => import(new URL(`../../dist/server/${module}`, import.meta.url).href) as Promise<M>;
const { createServices } = await built<typeof import('../../src/app.js')>('app.js');
const { openDatabase } = await built<typeof import('../../src/db/database.js')>('db/database.js');
const { migrateToLatest } = await built<typeof import('../../src/db/migrate.js')>('db/migrate.js');
const { seedDemo } = await built<typeof import('../../src/demo/seed-demo.js')>('demo/seed-demo.js');
const { verifyAuditChain } = await built<typeof import('../../src/kernel/audit/audit.verify.js')>('kernel/audit/audit.verify.js');
const { buildServer } = await built<typeof import('../../src/http/server.js')>('http/server.js');
const { systemClock } = await built<typeof import('../../src/kernel/time/clock.js')>('kernel/time/clock.js');

const target = process.env.BENCH_DB;
if (!target) throw new Error('BENCH_DB is required');
const database = openDatabase(target.startsWith('postgres') ? { dialect: 'postgres', url: target } : { dialect: 'sqlite', file: target });
await migrateToLatest(database.db);
const services = createServices(database);
await seedDemo(services, systemClock);
const app = await buildServer({ database, services, clock: systemClock, webRoot: '/nonexistent' });
// As `npm start` does: the rollups' journal is drained soon after each commit.
services.statsRollups.drainAfterCommits((message) => process.stderr.write(`${message}\n`));
const address = await app.listen({ port: 0, host: '127.0.0.1' });

const stop = async () => {
  await app.close();
  await services.statsRollups.settled();
  await database.close();
  process.disconnect?.();
};
process.once('SIGTERM', () => void stop());

const profileDir = process.env.BENCH_PROFILE || null;
const inspector = profileDir ? new Session() : null;
let cpuAtStart = process.cpuUsage();
process.on('message', (message) => {
  if (message === 'measure-start') {
    cpuAtStart = process.cpuUsage();
    if (inspector) {
      inspector.connect();
      void inspector.post('Profiler.enable').then(() => inspector.post('Profiler.start'));
    }
  } else if (message === 'measure-stop') {
    const cpu = process.cpuUsage(cpuAtStart);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    void (async () => {
      let profile: string | null = null;
      if (inspector && profileDir) {
        const stopped = await inspector.post('Profiler.stop');
        fs.mkdirSync(profileDir, { recursive: true });
        profile = path.join(profileDir, `cases-${database.dialect}-${Date.now()}.cpuprofile`);
        fs.writeFileSync(profile, JSON.stringify(stopped.profile));
        inspector.disconnect();
      }
      // Every acknowledged transition left its hash-chained audit record: check the whole chain.
      const audit = await verifyAuditChain(database.db);
      process.send?.({ cpuMs, profile, audit: { ok: audit.ok, records: audit.records }, rollupsOk: await rollupsEqualRebuild() });
    })();
  }
});
/**
 * Whether the rollups, kept incrementally through their journal while the load ran, equal a
 * rebuild from the cases (rows that hold anything, at both grains). Run after the measured window.
 */
async function rollupsEqualRebuild(): Promise<boolean> {
  const rows = async () => {
    const out: string[] = [];
    for (const table of ['stats_daily', 'stats_totals', 'stats_daily_w', 'stats_totals_w']) {
      const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(database.db);
      for (const row of result.rows) {
        const entries = Object.entries(row).sort(([a], [b]) => a.localeCompare(b));
        if (entries.some(([, v]) => typeof v !== 'string' && Number(v) !== 0)) out.push(`${table} ${JSON.stringify(entries.map(([k, v]) => [k, typeof v === 'string' ? v : Number(v)]))}`);
      }
    }
    return out.sort().join('\n');
  };
  await services.statsRollups.settled();
  await services.statsRollups.drain();
  const incremental = await rows();
  await services.statsRollups.rebuild();
  return incremental === (await rows());
}

process.send?.({ address });
