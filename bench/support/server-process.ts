import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from '../../scripts/build-if-stale.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface ServerProcess {
  address: string;
  /** Opens the measured window: the server counts its CPU time (and profiles, with a profile folder). */
  measureStart(): void;
  /** Closes it: the server's CPU milliseconds in the window, the .cpuprofile file written (or null), the audit chain's check, and whether the rollups equal a rebuild. */
  measureStop(): Promise<{ cpuMs: number; profile: string | null; audit: { ok: boolean; records: number }; rollupsOk: boolean }>;
  stop(): Promise<void>;
}

/**
 * Starts bench-server.ts in a child process on `db` (a PostgreSQL URL or a SQLite file path),
 * running the server's build (built first when missing or older than the sources, as by
 * `npm start`). With `profileDir`, the CPU profile of the window between measureStart and
 * measureStop is written there.
 */
export async function startServerProcess(db: string, profileDir?: string): Promise<ServerProcess> {
  if (!buildIfStale()) throw new Error('npm run build failed: the benchmark runs the built server');
  const child = fork(path.join(here, 'bench-server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_DB: db, BENCH_PROFILE: profileDir ?? '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const address = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { address: string }).address));
    child.once('exit', (code) => reject(new Error(`bench server exited with code ${code}`)));
  });
  return {
    address,
    measureStart: () => child.send('measure-start'),
    measureStop: () => new Promise((resolve) => child.once('message', (message) => resolve(message as Awaited<ReturnType<ServerProcess['measureStop']>>)).send('measure-stop')),
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
