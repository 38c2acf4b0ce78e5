import type { Command } from 'commander';
import type { Clock } from '../kernel/time/clock.js';
import { FIGURE_LABELS } from '../modules/stats/domain/labels.js';
import { FIGURE_KEYS, type Summary } from '../modules/stats/stats.schema.js';
import { runAsAdministrator } from './runtime.js';

function formatted(summary: Summary): string {
  const lines = FIGURE_KEYS.map((key) => {
    const label = FIGURE_LABELS[key];
    const v = summary[key];
    const value = v === null ? '—' : label.unit === 'rate' ? `${(v * 100).toFixed(2)}%` : label.unit === 'days' ? v.toFixed(2) : String(v);
    return `${label.zh} ${label.en}: ${value}`;
  });
  for (const w of summary.windows) lines.push(`  ${w.name}: ${w.completed}${w.share === null ? '' : ` (${(w.share * 100).toFixed(2)}%)`}`);
  return lines.join('\n');
}

/** onewindow stats --from --to [--center] [--json] | onewindow stats rebuild [--center …]. */
export function registerStatsCommands(program: Command, clock: Clock): void {
  const stats = program
    .command('stats')
    .description('统计 Figures of a period from the rollups (see docs/figures.md)')
    .option('--from <date>', 'YYYY-MM-DD')
    .option('--to <date>', 'YYYY-MM-DD')
    .option('--center <id>', '中心（含下级）center and its subtree')
    .option('--json', '输出 JSON 对象 print one JSON object')
    .action((o: { from?: string; to?: string; center?: string; json?: boolean }) =>
      runAsAdministrator(clock, async (services, ctx) => {
        if (!o.from || !o.to) {
          console.error('错误：需要 --from 和 --to (both --from and --to are required)');
          return 2;
        }
        const summary = await services.stats.summary(ctx, { from: o.from, to: o.to, ...(o.center ? { center: o.center } : {}) });
        console.log(o.json ? JSON.stringify(summary) : formatted(summary));
      }),
    );
  stats
    .command('rebuild')
    .description('由办件重建统计汇总 Rebuild the rollups from the cases (after an import or a calendar change)')
    .option('--center <id...>', '只重建这些中心 only these centers')
    .action((o: { center?: string[] }) =>
      runAsAdministrator(clock, async (services, ctx) => {
        const result = await services.statsRollups.rebuild(o.center ? { centerIds: o.center } : {}, ctx);
        console.log(`已重建 rebuilt from ${result.cases} cases`);
      }),
    );
}
