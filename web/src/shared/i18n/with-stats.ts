import type { withCatalog } from './with-catalog.js';
import type { StatsDictionary } from './stats.zh-CN.js';

type Base = ReturnType<typeof withCatalog>;

/**
 * The statistics' dictionary merged in as `t.stats`, its menu entries and page hints beside the
 * others, its menu group among the groups.
 */
export function withStats<D extends Base>(base: D, stats: StatsDictionary) {
  return {
    ...base,
    menu: { ...base.menu, ...stats.nav.menu },
    pageHints: { ...base.pageHints, ...stats.nav.hints },
    shell: { ...base.shell, groups: { ...base.shell.groups, stats: stats.nav.group } },
    stats,
  };
}
