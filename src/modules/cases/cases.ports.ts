import type { Item } from '../catalog/catalog.domain.js';
import type { Trx } from '../../db/database.js';
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
}

export interface CaseOrganization {
  /** The center's region code and its two-digit number among the centers of that region. */
  centerNumbering(centerId: string): Promise<{ regionCode: string; centerNo: number } | null>;
  /** Whether the staff member holds 审批决定权 for the department on `date` (a chief representative's authorization). */
  mayDecide(staffId: string, departmentId: string, date: string): Promise<boolean>;
}

/** A case as it stands before or after a change; ratingLevel undefined: unchanged by this change (read it). */
export interface CaseChange {
  row: CaseRow;
  ratingLevel?: number | null;
}

/** Derived figures kept in step with cases (the stats module's rollups), inside the case transaction. */
export interface CaseRollups {
  caseChanged(ctx: RequestContext, trx: Trx, before: CaseChange | null, after: CaseChange): Promise<void>;
}

export const noRollups: CaseRollups = { caseChanged: async () => {} };
