import { api } from '../../shared/api.js';
import type { Authorization, Center, Department, ListOf, Region, ServiceWindow, StaffMember } from '../../shared/api-types.js';

export interface ListFilter {
  includeInactive?: boolean;
  centerId?: string;
  departmentId?: string;
}

const list =
  <T,>(path: string) =>
  (filter: ListFilter = {}): Promise<T[]> =>
    api.get<ListOf<T>>(path, { includeInactive: filter.includeInactive || undefined, centerId: filter.centerId, departmentId: filter.departmentId }).then((r) => r.items);

/** The organization API, one function per list. */
export const orgApi = {
  regions: list<Region>('/api/org/regions'),
  centers: list<Center>('/api/org/centers'),
  departments: list<Department>('/api/org/departments'),
  windows: list<ServiceWindow>('/api/org/windows'),
  staff: list<StaffMember>('/api/org/staff'),
  authorizations: list<Authorization>('/api/org/authorizations'),
};

export function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [item.id, item]));
}

/** Rows with their children, for antd's tree tables. */
export type TreeRow<T> = T & { children?: TreeRow<T>[] };

export function toTree<T>(items: readonly T[], keyOf: (item: T) => string, parentOf: (item: T) => string | null): TreeRow<T>[] {
  const keys = new Set(items.map(keyOf));
  const children = new Map<string, T[]>();
  for (const item of items) {
    const parent = parentOf(item);
    if (parent && keys.has(parent)) children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  const build = (item: T): TreeRow<T> => {
    const kids = children.get(keyOf(item));
    const row: TreeRow<T> = { ...item, children: kids?.map(build) };
    if (!kids) delete row.children;
    return row;
  };
  return items.filter((item) => !parentOf(item) || !keys.has(parentOf(item) ?? '')).map(build);
}
