import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { ident, PG_ADMIN_URL, pgUrlFor, withPgAdmin } from '../../test/support/pg-admin.js';
import { perUnit, postgresCpuMs } from './cpu-time.js';

const run = promisify(execFile);
const admin = withPgAdmin;

/** Why PostgreSQL cannot be used, or null when it answers. */
export async function pgUnreachable(): Promise<string | null> {
  try {
    await admin((c) => c.query('select 1'));
    return null;
  } catch (error) {
    return `PostgreSQL at ${new URL(PG_ADMIN_URL).host} unreachable: ${(error as Error).message}`;
  }
}

export interface TempDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A new, uniquely named, empty database; `drop()` removes it. */
export async function createTempDatabase(prefix: string): Promise<TempDatabase> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${ident(name)}`));
  return { name, url: pgUrlFor(name), drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`)).then(() => undefined) };
}

/**
 * pgbench's TPC-B-like run (scale 1) with `clients` connections for `seconds`, on a temporary
 * database of the same server: the transactions per second it reports (without connection time),
 * and PostgreSQL's CPU time per transaction over the run (cpu-time.ts; null where unknown).
 */
export async function pgbenchTps(clients: number, seconds: number): Promise<{ tps: number; version: string; pgCpuMsPerTransaction: number | null }> {
  const database = await createTempDatabase('onewindow_pgbench');
  const url = new URL(PG_ADMIN_URL);
  const connection = ['-h', decodeURIComponent(url.hostname), '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres')];
  const env = { ...process.env, ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}) };
  const pgbench = process.env.PGBENCH ?? '/usr/bin/pgbench';
  try {
    await run(pgbench, ['-i', '-s', '1', '-q', ...connection, database.name], { env });
    const cpuBefore = postgresCpuMs();
    const { stdout } = await run(pgbench, ['-c', String(clients), '-j', '2', '-T', String(seconds), ...connection, database.name], { env });
    const cpuAfter = postgresCpuMs();
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1];
    const processed = /number of transactions actually processed: (\d+)/.exec(stdout)?.[1];
    if (!tps || !processed) throw new Error(`unexpected pgbench output:\n${stdout}`);
    const version = (await run(pgbench, ['--version'])).stdout.trim();
    return { tps: Number(tps), version, pgCpuMsPerTransaction: perUnit(cpuBefore, cpuAfter, Number(processed)) };
  } finally {
    await database.drop();
  }
}
