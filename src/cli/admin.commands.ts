import type { Command } from 'commander';
import { DEFAULT_LOCALE } from '../kernel/i18n/locale.js';
import type { Clock } from '../kernel/time/clock.js';
import { DEMO_PASSWORD } from '../demo/demo-org.js';
import { seedDemo, setupActor } from '../demo/seed-demo.js';
import { openRuntime, runCommand } from './runtime.js';

/** seed-demo, create-admin, audit verify. */
export function registerAdminCommands(program: Command, clock: Clock): void {
  program
    .command('seed-demo')
    .description('写入示范县数据（仅当数据库为空）Seed the demo county into an empty database')
    .action(() =>
      runCommand(async () => {
        const { database, services } = await openRuntime();
        const result = await seedDemo(services, clock);
        console.log(result.seeded ? `已写入示范县数据，账号密码均为 ${DEMO_PASSWORD}` : '数据库已有数据，未写入 (database not empty)');
        await database.close();
      }),
    );

  program
    .command('create-admin')
    .description('创建管理员账号 Create an administrator (and, in an empty database, the county center)')
    .requiredOption('--username <name>', '用户名')
    .requiredOption('--password <password>', '密码（至少 8 位，含字母和数字）')
    .option('--name <displayName>', '姓名', '管理员')
    .option('--center-name <name>', '空数据库时：县级中心名称')
    .option('--region-code <code>', '空数据库时：县级行政区划代码（6 位）')
    .option('--region-name <name>', '空数据库时：县名')
    .action((o: { username: string; password: string; name: string; centerName?: string; regionCode?: string; regionName?: string }) =>
      runCommand(async () => {
        const { database, services } = await openRuntime();
        try {
          const ctxFor = (scope: string[]) => ({ actor: setupActor(scope), clock, locale: DEFAULT_LOCALE, requestId: 'create-admin' });
          let root = await services.org.rootCenterOrNull();
          if (!root) {
            if (!o.centerName || !o.regionCode || !o.regionName) {
              console.error('数据库中还没有中心：请同时给出 --center-name、--region-code 和 --region-name。');
              return 2;
            }
            const ctx = ctxFor([]);
            await services.org.createRegion(ctx, { code: o.regionCode, name: o.regionName, level: 'county', parentCode: null });
            root = await services.org.createCenter(ctx, { name: o.centerName, level: 'county_center', regionCode: o.regionCode });
          }
          const ctx = ctxFor(await services.org.scopeOf(root.id));
          const staff = await services.org.createStaff(ctx, { username: o.username, displayName: o.name, password: o.password, centerId: root.id, roles: ['admin'] });
          console.log(`已创建管理员 ${staff.username}（${root.name}）`);
        } finally {
          await database.close();
        }
      }),
    );

  program
    .command('audit')
    .description('审计链 Audit chain')
    .command('verify')
    .description('校验审计哈希链，指出第一条被篡改的记录 Verify the hash chain and name the first broken record')
    .action(() =>
      runCommand(async () => {
        const { database, services } = await openRuntime();
        const result = await services.audit.verify(null);
        await database.close();
        if (result.ok) {
          console.log(`审计链完整 OK: ${result.records} 条记录 records verified.`);
          return 0;
        }
        const b = result.firstBreak!;
        console.error(`审计链已损坏 BROKEN: 第一条异常记录 first broken record seq=${b.seq} (${b.reason})；此前 ${result.records} 条完好。`);
        return 1;
      }),
    );
}
