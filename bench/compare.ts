/**
 * Two versions of the server compared in the same minutes: `npx tsx bench/compare.ts A B`, where
 * A and B are checkouts of this repository, each built (`npm run build:server`; e.g. a
 * `git worktree` of the commit before, with node_modules linked). Both servers start at once,
 * each on a fresh SQLite file (or, with BENCH_COMPARE_PG=1, a fresh PostgreSQL database each);
 * the load generator then drives case lifecycles against one, then the other, in alternating
 * slices (A B, B A, A B, …), after two unmeasured rounds. On a shared machine whose speed moves
 * by half within minutes, slices seconds apart see the same machine, where separate runs do not.
 *
 *   env BENCH_COMPARE_SLICES (10) measured rounds, BENCH_COMPARE_SECONDS (2) per slice,
 *       BENCH_CONNECTIONS (10)
 * Prints per version: transitions/s over its slices, the server's CPU ms per transition (its
 * process's, from /proc), and each slice's rate, so the pairs can be read one by one.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { driveLifecycles } from './support/lifecycles.js';
import { processCpuMs } from './support/cpu-time.js';
import { createTempDatabase, type TempDatabase } from './support/postgres.js';

const roots = process.argv.slice(2, 4).map((root) => path.resolve(root));
if (roots.length !== 2) throw new Error('usage: npx tsx bench/compare.ts <checkout A> <checkout B>');
const SLICES = Number(process.env.BENCH_COMPARE_SLICES ?? 10);
const SECONDS = Number(process.env.BENCH_COMPARE_SECONDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARMUP_ROUNDS = 2;

async function startServer(root: string, db: string): Promise<{ child: ChildProcess; address: string }> {
  const child = fork(path.join(root, 'bench/support/bench-server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    cwd: root,
    env: { ...process.env, BENCH_DB: db, BENCH_PROFILE: '' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const address = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { address: string }).address));
    child.once('exit', (code) => reject(new Error(`the server of ${root} exited with code ${code}`)));
  });
  return { child, address };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-bench-compare-'));
const databases: TempDatabase[] = [];
const servers: { child: ChildProcess; address: string }[] = [];
try {
  for (const [i, root] of roots.entries()) {
    const database = process.env.BENCH_COMPARE_PG ? await createTempDatabase('onewindow_compare') : null;
    if (database) databases.push(database);
    servers.push(await startServer(root, database?.url ?? path.join(dir, `${i}.sqlite`)));
  }
  const measured = roots.map(() => ({ transitions: 0, cpuMs: 0, errors: 0, slices: [] as number[] }));
  for (let round = -WARMUP_ROUNDS; round < SLICES; round++) {
    for (const i of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const { child, address } = servers[i]!;
      let cpuAtStart = 0;
      const result = await driveLifecycles({ address, concurrency: CONNECTIONS, warmupSeconds: 0.5, seconds: SECONDS, view: 'compact', onMeasureStart: () => (cpuAtStart = processCpuMs(child.pid!)) });
      if (round < 0) continue;
      const m = measured[i]!;
      m.transitions += result.transitions;
      m.cpuMs += processCpuMs(child.pid!) - cpuAtStart;
      m.errors += result.errors;
      m.slices.push(result.transitions_per_second);
    }
  }
  const report = roots.map((root, i) => {
    const m = measured[i]!;
    return { checkout: root, transitions_per_second: Math.round(m.transitions / (SLICES * SECONDS)), server_cpu_ms_per_transition: Number((m.cpuMs / Math.max(1, m.transitions)).toFixed(3)), errors: m.errors, slices: m.slices };
  });
  console.log(JSON.stringify({ dialect: databases.length ? 'postgres' : 'sqlite', connections: CONNECTIONS, slices: SLICES, seconds_per_slice: SECONDS, versions: report }, null, 2));
} finally {
  for (const { child } of servers) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  for (const database of databases) await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
}
