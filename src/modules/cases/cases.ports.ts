import type { Item } from '../catalog/catalog.domain.js';

/**
 * What the cases module needs from other modules, as narrow interfaces. `app.ts` wires them to
 * those modules' services (a module reaches another only through its service).
 */
export interface ItemForCase {
  itemId: string;
  version: number;
  item: Item;
}

export interface CaseCatalog {
  /** The current version of an active item, or null. */
  itemForCase(itemId: string): Promise<ItemForCase | null>;
}

export interface CaseOrganization {
  /** The center's region code and its two-digit number among the centers of that region. */
  centerNumbering(centerId: string): Promise<{ regionCode: string; centerNo: number } | null>;
  /** Whether the staff member holds 审批决定权 for the department on `date` (a chief representative's authorization). */
  mayDecide(staffId: string, departmentId: string, date: string): Promise<boolean>;
  /** Every center and department (the letterhead of case documents: name, address, phone). */
  directory(): Promise<{ centers: { id: string; name: string; address: string; phone: string }[]; departments: { id: string; name: string; phone: string }[] }>;
}
