import type { CatalogDictionary } from './catalog.zh-CN.js';
import type { Dictionary as BaseDictionary } from './zh-CN.js';

/**
 * The app's dictionary: the shared one with the catalog's own (`t.catalog`) merged in, its menu
 * entries and page hints beside the others, its menu group among the groups, and the names of its
 * audited records and actions beside the others'.
 */
export function withCatalog(base: BaseDictionary, catalog: CatalogDictionary) {
  return {
    ...base,
    menu: { ...base.menu, ...catalog.nav.menu },
    pageHints: { ...base.pageHints, ...catalog.nav.hints },
    shell: { ...base.shell, groups: { ...base.shell.groups, catalog: catalog.nav.group } },
    audit: {
      ...base.audit,
      entityTypes: { ...base.audit.entityTypes, ...catalog.audit.entityTypes },
      actions: { ...base.audit.actions, ...catalog.audit.actions },
    },
    catalog,
  };
}
