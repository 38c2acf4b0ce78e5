import { databaseConfigFromEnv } from '../db/config.js';
import { DEMO_PASSWORD } from '../demo/demo-org.js';
import { seedDemo } from '../demo/seed-demo.js';
import { buildServer } from '../http/server.js';
import { jobsOf, startJobs } from '../jobs/scheduler.js';
import { systemClock } from '../kernel/time/clock.js';
import { openRuntime } from './runtime.js';

/** Starts the server; with `demo`, an empty database is filled with the demo county first. */
export async function serve(options: { port: number; host: string; demo: boolean }): Promise<void> {
  const { database, services } = await openRuntime();
  if (options.demo) {
    const result = await seedDemo(services, systemClock);
    console.log(result.seeded ? '已写入示范县数据 Demo county seeded.' : '数据库已有数据，未重复写入示范数据 Database not empty: demo not re-seeded.');
    console.log(`示范账号 Demo accounts (密码 password: ${DEMO_PASSWORD}):`);
    for (const a of result.accounts) console.log(`  ${a.username.padEnd(18)} ${a.displayName}  [${a.roles.join(', ')}]`);
  }
  const app = await buildServer({
    database,
    services,
    clock: systemClock,
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    secureCookie: process.env.COOKIE_SECURE === 'true',
  });
  const stopJobs = startJobs(jobsOf(services), systemClock, (message) => app.log.info(message));
  services.statsRollups.drainAfterCommits((message) => app.log.warn(message));
  const close = async () => {
    stopJobs();
    await app.close();
    await services.statsRollups.settled();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ port: options.port, host: options.host });
  const where = databaseConfigFromEnv();
  console.log(`OneWindow 一窗通 已启动: http://localhost:${options.port}  (数据库 ${where.dialect === 'sqlite' ? where.file : 'PostgreSQL'})`);
}
