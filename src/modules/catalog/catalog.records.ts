import type { CaseType, CleanupAction, CleanupAnnouncement, Item, ItemAdjustment, ItemChange } from './catalog.domain.js';

/**
 * What the catalog keeps besides the pure item: the item's identity, status and version in the
 * center's catalog, its versions, bundles, cleanup rounds and the fee catalog. Stores return these;
 * services and schemas speak them.
 */

export const ITEM_STATUSES = ['active', 'cancelled', 'merged'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const VERSION_SOURCES = ['create', 'update', 'import', 'cleanup'] as const;
export type VersionSource = (typeof VERSION_SOURCES)[number];

/** An item as the catalog holds it: its current version's elements plus identity and status. */
export interface CatalogItem extends Item {
  id: string;
  /** For a sub-item (办理项): its main item's code. */
  mainCode: string | null;
  status: ItemStatus;
  /** Why it was cancelled or merged (the cleanup reason). */
  statusReason: string | null;
  statusChangedAt: string | null;
  mergedIntoId: string | null;
  version: number;
  lifeEvents: string[];
  createdAt: string;
  updatedAt: string;
}

/** One line of a catalog list or search. */
export interface ItemSummary {
  id: string;
  code: string;
  mainCode: string | null;
  name: string;
  type: Item['type'];
  departmentId: string;
  legalDays: number;
  promisedDays: number;
  caseType: CaseType;
  maxVisits: number;
  channels: Item['channels'];
  lifeEvents: string[];
  status: ItemStatus;
  version: number;
  updatedAt: string;
}

export interface ItemVersion {
  itemId: string;
  version: number;
  code: string;
  name: string;
  reason: string;
  source: VersionSource;
  cleanupRoundId: string | null;
  createdBy: string;
  createdAt: string;
  /** What changed against the previous version (empty for the first). */
  changes: ItemChange[];
  doc: Item;
}

export interface ItemFilter {
  q?: string;
  departmentId?: string;
  type?: string;
  lifeEvent?: string;
  channel?: string;
  /** Default: active only. */
  status?: ItemStatus | 'all';
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface StoredBundle {
  id: string;
  code: string;
  name: string;
  description: string | null;
  itemIds: string[];
  lifeEvents: string[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** 清理公告 as published: the domain's summary with the round's title and document. */
export interface PublishedAnnouncement extends CleanupAnnouncement {
  roundId: string;
  title: string;
  documentNo: string;
  approvedAt: string;
}

/**
 * A proposal as the center enters it. For 下放 the receiving township department is named by id;
 * the new code's region and credit code follow from that department (its center's region unless
 * `regionCode` says otherwise, and its credit code).
 */
export interface CleanupProposalInput {
  action: CleanupAction;
  code: string;
  reason?: string;
  /** adjust: the elements that change */
  changes?: ItemAdjustment;
  /** delegate: where to */
  to?: { departmentId: string; windowIds?: string[]; regionCode?: string };
  /** merge: the item that takes this one in */
  intoCode?: string;
}

export interface CleanupRound {
  id: string;
  title: string;
  documentNo: string | null;
  status: 'draft' | 'approved';
  proposals: CleanupProposalInput[];
  announcement: PublishedAnnouncement | null;
  createdBy: string;
  approvedBy: string | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One entry of the fee catalog (收费目录). */
export interface CatalogFee {
  id: string;
  name: string;
  departmentId: string | null;
  standard: string;
  legalBasis: string;
  amountFen: number | null;
  waivable: boolean;
  status: 'active' | 'cancelled';
  cancelledOn: string | null;
  cancelDocumentNo: string | null;
  cancelReason: string | null;
  createdAt: string;
  updatedAt: string;
}
