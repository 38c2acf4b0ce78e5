import type { withCatalog } from './with-catalog.js';
import type { OnlineDictionary } from './online.zh-CN.js';

/** Merges the online application texts in as `t.online`, with its console menu entries. */
export function withOnline<D extends ReturnType<typeof withCatalog>>(base: D, online: OnlineDictionary) {
  return {
    ...base,
    menu: { ...base.menu, ...online.nav.menu },
    pageHints: { ...base.pageHints, ...online.nav.hints },
    online,
  };
}
