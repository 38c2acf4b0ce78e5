import fs from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_LOCALE } from '../kernel/i18n/locale.js';
import type { Clock } from '../kernel/time/clock.js';
import { runAsAdministrator } from './runtime.js';

/** onewindow calendar deadline | workdays | import. */
export function registerCalendarCommands(program: Command, clock: Clock): void {
  const calendar = program.command('calendar').description('工作日历 Working-day calendar');

  const withCalendar = (work: Parameters<typeof runAsAdministrator>[1]) => runAsAdministrator(clock, work);

  const warn = (result: { provisional: boolean; warnings: { message: string }[] }) => {
    if (result.provisional) for (const w of result.warnings) console.error(`注意（暂定）provisional: ${w.message}`);
  };

  calendar
    .command('deadline')
    .description('期限到期日：开始之日不计，加 N 个工作日 (prints the date alone)')
    .requiredOption('--start <date>', 'YYYY-MM-DD 或 YYYY-MM-DDTHH:mm（北京时间）')
    .requiredOption('--days <n>', '工作日数 0–3650')
    .action((o: { start: string; days: string }) =>
      withCalendar(async (services, ctx) => {
        const days = /^-?\d+$/.test(o.days) ? Number(o.days) : o.days;
        const result = await services.calendar.deadline(ctx, { start: o.start, days });
        console.log(result.deadline);
        warn(result);
      }),
    );

  calendar
    .command('workdays')
    .description('工作日天数：from 之后（不含）至 to（含）(prints the number)')
    .requiredOption('--from <date>', 'YYYY-MM-DD')
    .requiredOption('--to <date>', 'YYYY-MM-DD')
    .action((o: { from: string; to: string }) =>
      withCalendar(async (services, ctx) => {
        const result = await services.calendar.workdays(ctx, o);
        console.log(String(result.workdays));
        warn(result);
      }),
    );

  calendar
    .command('import')
    .description('录入年度放假通知（格式见 src/kernel/calendar/README.md）；有任何错误则全部不导入')
    .argument('<file>', '通知文本文件 (UTF-8)')
    .action((file: string) =>
      withCalendar(async (services, ctx) => {
        if (!fs.existsSync(file)) {
          console.error(`错误：找不到文件 ${file}`);
          return 2;
        }
        const result = await services.calendar.importNotices(ctx, fs.readFileSync(file, 'utf8'));
        for (const w of result.warnings) console.error(`提示 ${w.path}: ${w.message[DEFAULT_LOCALE]}`);
        console.log(`已导入 imported: ${result.years.join(', ')}`);
      }),
    );
}
