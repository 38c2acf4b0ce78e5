import type { CatalogService } from '../catalog/catalog.service.js';
import type { OrgService } from '../org/org.service.js';
import type { StatsDirectory } from './stats.ports.js';

/** The stats module's view of the organization and the catalog, through their services. */
export function statsDirectory(org: OrgService, catalog: CatalogService): StatsDirectory {
  const byIds = async (ids: readonly string[], name: (id: string) => Promise<string | null>) => {
    const names = await Promise.all(ids.map(async (id) => [id, await name(id)] as const));
    return new Map(names.filter((n): n is readonly [string, string] => n[1] !== null));
  };
  return {
    directory: () => org.directory(),
    itemNames: (ids) => byIds(ids, async (id) => (await catalog.itemForCase(id))?.item.name ?? (await catalog.itemVersion(id, 1))?.name ?? null),
    staffNames: (ids) => byIds(ids, async (id) => (await org.staffForSession(id))?.displayName ?? null),
  };
}
