import type { Trx } from '../../db/database.js';
import type { Item } from '../catalog/catalog.domain.js';
import type { DirectoryItem, ImportDirectory } from './import/import.references.js';
import type { RequestContext } from '../../kernel/context.js';
import type { CaseRow } from './cases.store.js';

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
  /** One version of an item, whatever its status now (what a case was received under), or null. */
  itemVersion(itemId: string, version: number): Promise<Item | null>;
}

export interface CaseOrganization {
  /** The center's region code and its two-digit number among the centers of that region. */
  centerNumbering(centerId: string): Promise<{ regionCode: string; centerNo: number } | null>;
  /** Whether the staff member holds 审批决定权 for the department on `date` (a chief representative's authorization). */
  mayDecide(staffId: string, departmentId: string, date: string): Promise<boolean>;
  /** Every center and department (the letterhead of case documents: name, address, phone). */
  directory(): Promise<{
    centers: { id: string; name: string; address: string; phone: string }[];
    departments: { id: string; name: string; phone: string }[];
    windows: { id: string; centerId: string; active: boolean; departmentIds: string[] }[];
  }>;
}

/** What the history import needs from the organization (placeholders: see import/import.references.ts). */
export interface ImportOrganization {
  /** Every center, department and window, and the county center; null when no center exists yet. */
  importDirectory(): Promise<Omit<ImportDirectory, 'items'> | null>;
  /** An inactive placeholder center below the county center, in its region. */
  createPlaceholderCenter(trx: Trx, center: { id: string; name: string }, at: string): Promise<void>;
  /** An inactive placeholder department stationed in `centerId`. */
  createPlaceholderDepartment(trx: Trx, department: { id: string; centerId: string; name: string; code: string }, at: string): Promise<void>;
}

/** What the history import needs from the catalog. */
export interface ImportCatalog {
  /** Every item, whatever its status. */
  itemDirectory(): Promise<DirectoryItem[]>;
  /** A placeholder item: out of the catalog (cancelled, with the reason), version 1. */
  createPlaceholderItem(
    trx: Trx,
    item: { id: string; departmentId: string; code: string; name: string; legalDays: number; promisedDays: number },
    made: { at: string; by: string },
  ): Promise<void>;
}

/** A case as it stands before or after a change; ratingLevel undefined: unchanged by this change (read it). */
export interface CaseChange {
  row: CaseRow;
  ratingLevel?: number | null;
}

/** Derived figures kept in step with cases (the stats module's rollups), inside the case transaction. */
export interface CaseRollups {
  caseChanged(ctx: RequestContext, trx: Trx, before: CaseChange | null, after: CaseChange): Promise<void>;
  /** Many new cases at once (a history import batch), summed before they are written. */
  casesAdded(ctx: RequestContext, trx: Trx, added: readonly CaseChange[]): Promise<void>;
}

export const noRollups: CaseRollups = { caseChanged: async () => {}, casesAdded: async () => {} };
