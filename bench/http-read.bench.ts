import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { createServices } from '../src/app.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { DEMO_PASSWORD } from '../src/demo/demo-org.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { buildServer } from '../src/http/server.js';
import { systemClock } from '../src/kernel/time/clock.js';

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;

async function measure(url: string, headers: Record<string, string> = {}): Promise<{ rps: number; p99ms: number; errors: number; non2xx: number }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, headers });
  return { rps: result.requests.average, p99ms: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

/**
 * Requests per second of an authenticated read (GET /api/org/windows: session lookup, scope,
 * permission, query, serialization) next to a bare Fastify hello-world, measured the same way in
 * the same run on the same machine. The ratio is the figure; absolute numbers vary by machine.
 */
export async function run(): Promise<Record<string, unknown>> {
  const hello = Fastify();
  hello.get('/', async () => ({ hello: 'world' }));
  const helloAddress = await hello.listen({ port: 0, host: '127.0.0.1' });
  const baseline = await measure(helloAddress);
  await hello.close();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-bench-'));
  const database = openDatabase({ dialect: 'sqlite', file: path.join(dir, 'bench.sqlite') });
  await migrateToLatest(database.db);
  const services = createServices(database);
  await seedDemo(services, systemClock);
  const app = await buildServer({ database, services, clock: systemClock, webRoot: '/nonexistent' });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const ours = await measure(`${address}/api/org/windows`, { cookie });
  await app.close();
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });

  return {
    name: 'http-authenticated-read',
    endpoint: 'GET /api/org/windows (SQLite, signed in as admin)',
    connections: CONNECTIONS,
    seconds: DURATION_SECONDS,
    hello_world_rps: Math.round(baseline.rps),
    ours_rps: Math.round(ours.rps),
    ratio_to_hello_world: Number((ours.rps / baseline.rps).toFixed(3)),
    ours_p99_ms: ours.p99ms,
    ours_non2xx: ours.non2xx,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await run(), null, 2));
