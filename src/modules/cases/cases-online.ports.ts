import type { Item } from '../catalog/catalog.domain.js';
import type { Applicant } from './domain/applicant.js';
import type { ItemForCase } from './cases.ports.js';

/** What online application needs from other modules; `app.ts` wires it (catalog, org, applicants). */
export interface OnlinePorts {
  /** The current version of an active item, or null. */
  itemForCase(itemId: string): Promise<ItemForCase | null>;
  /** The elements of one version of an item. */
  itemVersion(itemId: string, version: number): Promise<Item | null>;
  /** The center a department sits in. */
  centerOfDepartment(departmentId: string): Promise<string | null>;
  centerNumbering(centerId: string): Promise<{ regionCode: string; centerNo: number } | null>;
  /** The applicant data of a portal account, for prefilling. */
  applicantOf(accountId: string): Promise<Applicant | null>;
}
