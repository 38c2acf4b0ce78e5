#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { databaseConfigFromEnv } from '../db/config.js';
import { systemClock } from '../kernel/time/clock.js';
import { version } from '../runtime.js';
import { registerAdminCommands } from './admin.commands.js';
import { registerCalendarCommands } from './calendar.commands.js';
import { registerCatalogCommands } from './catalog.commands.js';
import { registerStatsCommands } from './stats.commands.js';
import { openRuntime, runCommand } from './runtime.js';
import { serve } from './serve.js';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('端口应为 0–65535 的整数 (port must be an integer 0–65535)');
  return n;
}

const program = new Command();
program.name('onewindow').description('OneWindow 一窗通 — 政务服务中心系统').version(version());

program
  .command('serve')
  .description('启动服务 Start the server (migrates first)')
  .option('--port <n>', '端口 port (env PORT, default 3000)', port)
  .option('--host <host>', '监听地址 host (env HOST, default 0.0.0.0)')
  .option('--demo', '数据库为空时写入示范县数据 Seed the demo county into an empty database')
  .action((options: { port?: number; host?: string; demo?: boolean }) =>
    runCommand(() =>
      serve({
        port: options.port ?? (process.env.PORT ? port(process.env.PORT) : 3000),
        host: options.host ?? process.env.HOST ?? '0.0.0.0',
        demo: options.demo ?? false,
      }),
    ),
  );

program
  .command('migrate')
  .description('升级数据库结构 Apply pending migrations')
  .action(() =>
    runCommand(async () => {
      const { database, applied } = await openRuntime();
      const where = databaseConfigFromEnv();
      console.log(applied.length ? `已应用迁移 applied: ${applied.join(', ')}` : '数据库已是最新 up to date');
      console.log(`数据库 database: ${where.dialect === 'sqlite' ? where.file : 'PostgreSQL'}`);
      await database.close();
    }),
  );

registerAdminCommands(program, systemClock);
registerCalendarCommands(program, systemClock);
registerCatalogCommands(program, systemClock);
registerStatsCommands(program, systemClock);

await program.parseAsync(process.argv);
