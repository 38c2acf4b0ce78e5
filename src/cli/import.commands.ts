import type { Command } from 'commander';
import { DEFAULT_LOCALE } from '../kernel/i18n/locale.js';
import { isAppError } from '../kernel/errors/index.js';
import type { Clock } from '../kernel/time/clock.js';
import { progressBar } from './progress.js';
import { runAsAdministrator } from './runtime.js';

/** Issues printed by default; `--all-errors` prints every one kept. */
const SHOWN_ISSUES = 200;

/** onewindow import cases FILE: the history import (src/modules/cases/import, docs/cases.md § 历史办件导入). */
export function registerImportCommands(program: Command, clock: Clock): void {
  const importing = program.command('import').description('导入 Import data from an old system');

  importing
    .command('cases')
    .description('历史办件导入（CSV、xlsx 或 JSON Lines）：先校验全部行，有任何错误则全部不导入；已有的办件编号跳过，重复导入不改变任何数据')
    .argument('<file>', '.csv | .xlsx | .jsonl')
    .option('--all-errors', `列出全部错误（默认最多 ${SHOWN_ISSUES} 条） print every problem (default: the first ${SHOWN_ISSUES})`)
    .option('--quiet', '不显示进度 no progress bar')
    .action((file: string, options: { allErrors?: boolean; quiet?: boolean }) =>
      runAsAdministrator(clock, async (services, ctx) => {
        const bar = progressBar();
        try {
          const summary = await services.caseImport.importFile(ctx, file, {
            ...(options.quiet
              ? {}
              : { onProgress: (p) => (p.phase === 'validate' ? bar.update('校验 validating', p.rows, null, p.size ? p.bytes / p.size : undefined) : bar.update('导入 importing', p.rows, p.total)) }),
          });
          bar.done();
          const p = summary.placeholders;
          console.log(`文件 file: ${summary.file} (${summary.format}, sha256 ${summary.sha256})`);
          console.log(`行数 rows: ${summary.rows}  导入 imported: ${summary.imported}  已存在 already present: ${summary.alreadyPresent}  评价 ratings: ${summary.ratings}`);
          if (p.centers + p.departments + p.items > 0) console.log(`新建占位 placeholders created: 中心 centers ${p.centers}  部门 departments ${p.departments}  事项 items ${p.items}`);
          if (summary.unknownWindows > 0) console.error(`提示 note: ${summary.unknownWindows} 行的窗口在中心中找不到，未记录窗口 (rows whose window is unknown; stored without a window)`);
          return 0;
        } catch (error) {
          bar.done();
          if (!isAppError(error) || error.code !== 'case_import.invalid_rows') throw error;
          console.error(`错误 [${error.code}]: ${error.messageIn(DEFAULT_LOCALE)}`);
          const shown = options.allErrors ? error.issues : error.issues.slice(0, SHOWN_ISSUES);
          for (const i of shown) console.error(`  ${i.path}: ${i.message[DEFAULT_LOCALE]}`);
          const total = Number(error.details.total ?? error.issues.length);
          if (total > shown.length) console.error(`  … 另有 ${total - shown.length} 处错误未列出 (${total - shown.length} more; --all-errors lists those kept)`);
          return 2;
        }
      }),
    );
}
