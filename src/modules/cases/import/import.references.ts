import { hash } from 'node:crypto';

/**
 * How the names in an import file find the center, department, item and window they mean, and
 * which placeholders (占位) must be created for the ones that match nothing. Pure: the service
 * hands in the directory read once before the import (no lookups per row).
 *
 * - center: by id, then name, then region code (when one center has it);
 * - department: by id, unified social credit code, code, name or short name — in the row's
 *   center first, then in the county center, then anywhere;
 * - item: by implementation code (实施编码), then basic code (基本编码, 12 digits), then name —
 *   in the row's department first — then the placeholder made for that department and text;
 * - window: by id or number within the center; an unknown window is left empty (a warning).
 */

export interface DirectoryCenter {
  id: string;
  name: string;
  regionCode: string;
}
export interface DirectoryDepartment {
  id: string;
  centerId: string;
  code: string;
  name: string;
  shortName: string;
  creditCode: string | null;
}
export interface DirectoryItem {
  id: string;
  code: string;
  name: string;
  departmentId: string;
  version: number;
}
export interface DirectoryWindow {
  id: string;
  centerId: string;
  number: string;
}
export interface ImportDirectory {
  /** The county center: placeholder centers are created below it. */
  rootCenterId: string;
  centers: readonly DirectoryCenter[];
  departments: readonly DirectoryDepartment[];
  items: readonly DirectoryItem[];
  windows: readonly DirectoryWindow[];
}

/** A center, department or item still to be created: `key` names it in the plan. */
export interface PlannedCenter {
  key: string;
  name: string;
}
export interface PlannedDepartment {
  key: string;
  /** An existing center's id, or the key of a planned one. */
  center: string;
  name: string;
  code: string;
}
export interface PlannedItem {
  key: string;
  /** An existing department's id, or the key of a planned one. */
  department: string;
  name: string;
  legalDays: number;
  promisedDays: number;
}
export interface PlaceholderPlan {
  centers: PlannedCenter[];
  departments: PlannedDepartment[];
  items: PlannedItem[];
}

const hash8 = (...parts: string[]) => hash('sha256', parts.join('\u0000'), 'hex').slice(0, 8);

/** The code of a placeholder department (unique within its center; letters, digits and '-'). */
export const placeholderDepartmentCode = (name: string) => `IMPORT-${hash8(name)}`;
/** The code of a placeholder item: it never looks like an implementation code, so it never takes one. */
export const placeholderItemCode = (departmentId: string, text: string) => `IMPORT-${hash8(departmentId, text)}`;

function groupBy<T>(list: readonly T[], keys: (t: T) => (string | null)[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const t of list) {
    for (const k of new Set(keys(t))) {
      if (k === null || k === '') continue;
      const group = map.get(k);
      if (group) group.push(t);
      else map.set(k, [t]);
    }
  }
  return map;
}

/** Resolves the names of an import file; results are cached, so each distinct name is looked up once. */
export class ImportResolver {
  private readonly centersByKey: Map<string, DirectoryCenter[]>;
  private readonly departmentsByKey: Map<string, DirectoryDepartment[]>;
  private readonly itemsByCode: Map<string, DirectoryItem[]>;
  private readonly itemsByBasic: Map<string, DirectoryItem[]>;
  private readonly itemsByName: Map<string, DirectoryItem[]>;
  private readonly windowsByKey: Map<string, DirectoryWindow[]>;
  private readonly cache = new Map<string, unknown>();

  constructor(readonly directory: ImportDirectory) {
    const regionCount = groupBy(directory.centers, (c) => [c.regionCode]);
    this.centersByKey = groupBy(directory.centers, (c) => [c.id, c.name, regionCount.get(c.regionCode)?.length === 1 ? c.regionCode : null]);
    this.departmentsByKey = groupBy(directory.departments, (d) => [d.id, d.creditCode, d.code, d.name, d.shortName]);
    this.itemsByCode = groupBy(directory.items, (i) => [i.id, i.code]);
    this.itemsByBasic = groupBy(directory.items, (i) => [/^\d{12}-/.test(i.code) ? i.code.slice(0, 12) : null]);
    this.itemsByName = groupBy(directory.items, (i) => [i.name]);
    this.windowsByKey = groupBy(directory.windows, (w) => [w.id, `${w.centerId}\u0000${w.number}`]);
  }

  private cached<T>(key: string, find: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const found = find();
    this.cache.set(key, found);
    return found;
  }

  centerId(text: string): string | null {
    return this.cached(`c\u0000${text}`, () => this.centersByKey.get(text)?.[0]?.id ?? null);
  }

  departmentId(centerId: string, text: string): string | null {
    return this.cached(`d\u0000${centerId}\u0000${text}`, () => {
      const found = this.departmentsByKey.get(text) ?? [];
      const best = found.find((d) => d.centerId === centerId) ?? found.find((d) => d.centerId === this.directory.rootCenterId) ?? found[0];
      return best?.id ?? null;
    });
  }

  item(departmentId: string, text: string): DirectoryItem | null {
    return this.cached(`i\u0000${departmentId}\u0000${text}`, () => {
      const prefer = (list: DirectoryItem[] | undefined) => (list ? (list.find((i) => i.departmentId === departmentId) ?? list[0] ?? null) : null);
      return (
        prefer(this.itemsByCode.get(text)) ??
        prefer(this.itemsByBasic.get(text)) ??
        prefer(this.itemsByName.get(text)) ??
        prefer(this.itemsByCode.get(placeholderItemCode(departmentId, text)))
      );
    });
  }

  windowId(centerId: string, text: string): string | null {
    return this.cached(`w\u0000${centerId}\u0000${text}`, () => {
      const found = this.windowsByKey.get(text)?.find((w) => w.centerId === centerId) ?? this.windowsByKey.get(`${centerId}\u0000${text}`)?.[0];
      return found?.id ?? null;
    });
  }
}

/**
 * Collects the placeholders a file needs, row by row (pass 1). Keys: a planned center is
 * `center:{name}`, a planned department `department:{center}:{name}`, a planned item
 * `item:{department}:{text}`, where {center} and {department} are ids or planned keys.
 */
export class PlaceholderPlanner {
  private readonly centers = new Map<string, PlannedCenter>();
  private readonly departments = new Map<string, PlannedDepartment>();
  private readonly items = new Map<string, PlannedItem>();

  constructor(private readonly resolver: ImportResolver) {}

  /** Notes the row's names; returns the center's id or planned key (for grouping case numbers). */
  note(row: { center: string; department: string; itemCode: string; legalDays: number; promisedDays: number }): string {
    let center = this.resolver.centerId(row.center);
    if (center === null) {
      center = `center:${row.center}`;
      if (!this.centers.has(center)) this.centers.set(center, { key: center, name: row.center });
    }
    let department = center.startsWith('center:') ? null : this.resolver.departmentId(center, row.department);
    if (department === null) {
      department = `department:${center}:${row.department}`;
      if (!this.departments.has(department)) {
        this.departments.set(department, { key: department, center, name: row.department, code: placeholderDepartmentCode(row.department) });
      }
    }
    const item = department.startsWith('department:') ? null : this.resolver.item(department, row.itemCode);
    if (item === null) {
      const key = `item:${department}:${row.itemCode}`;
      if (!this.items.has(key)) this.items.set(key, { key, department, name: row.itemCode, legalDays: row.legalDays, promisedDays: row.promisedDays });
    }
    return center;
  }

  plan(): PlaceholderPlan {
    return { centers: [...this.centers.values()], departments: [...this.departments.values()], items: [...this.items.values()] };
  }
}
