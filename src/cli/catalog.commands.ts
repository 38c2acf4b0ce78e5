import fs from 'node:fs';
import type { Command } from 'commander';
import type { Clock } from '../kernel/time/clock.js';
import { runAsAdministrator } from './runtime.js';

/** onewindow catalog export | import: the catalog as the Excel template (src/modules/catalog/catalog.excel.ts). */
export function registerCatalogCommands(program: Command, clock: Clock): void {
  const catalog = program.command('catalog').description('事项目录 Service catalog');

  catalog
    .command('export')
    .description('导出有效事项为 Excel 模板 Export the active items to an .xlsx file')
    .argument('<file>', '输出文件 (.xlsx)')
    .action((file: string) =>
      runAsAdministrator(clock, async (services, ctx) => {
        const workbook = await services.catalog.excel.exportWorkbook(ctx);
        fs.writeFileSync(file, workbook);
        console.log(`已导出 exported: ${file} (${workbook.length} bytes)`);
      }),
    );

  catalog
    .command('import')
    .description('从 Excel 模板导入事项；逐行校验，有任何错误则全部不导入；未变化的事项不产生新版本')
    .argument('<file>', 'Excel 文件 (.xlsx)')
    .action((file: string) =>
      runAsAdministrator(clock, async (services, ctx) => {
        if (!fs.existsSync(file)) {
          console.error(`错误：找不到文件 ${file}`);
          return 2;
        }
        const result = await services.catalog.excel.importWorkbook(ctx, fs.readFileSync(file));
        console.log(`新增 created: ${result.created}  更新 updated: ${result.updated}  未变 unchanged: ${result.unchanged}`);
      }),
    );
}
