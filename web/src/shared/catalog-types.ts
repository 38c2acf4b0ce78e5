import type { CaseType, Channel, Fee, ItemDraft, ItemType, LocalizedText, Material } from './catalog-labels.js';
import type { AnnouncementView, BundleView, CleanupProposalInput, ItemAdjustment, CleanupAction, FeeView, ServiceGuide, StoredItemVersion } from './catalog-domain-types.js';

export type { CatalogFigures, CleanupAction, GuideBlock, GuideSection, ItemChange, ServiceGuide } from './catalog-domain-types.js';

/**
 * The shapes the catalog API returns (src/modules/catalog/catalog.schema.ts and
 * catalog-admin.schema.ts). The item's elements are the server's own `ItemDraft`.
 */

export type ItemStatus = 'active' | 'cancelled' | 'merged';
export const ITEM_STATUSES: readonly ItemStatus[] = ['active', 'cancelled', 'merged'];
export const CLEANUP_ACTIONS: readonly CleanupAction[] = ['retain', 'cancel', 'adjust', 'delegate', 'merge', 'toOnTheSpot'];

interface ItemIdentity {
  id: string;
  code: string;
  /** For a sub-item (办理项): its main item's code. */
  mainCode: string | null;
  status: ItemStatus;
  version: number;
  lifeEvents: string[];
  caseType: CaseType;
  departmentName: string;
}

/** An item, current version (GET /api/catalog/items/:id). */
export interface CatalogItem extends ItemIdentity, ItemDraft {
  statusReason: string | null;
  statusChangedAt: string | null;
  mergedIntoId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One line of a list or search. */
export interface ItemSummary extends ItemIdentity {
  name: string;
  type: ItemType;
  departmentId: string;
  legalDays: number;
  promisedDays: number;
  maxVisits: number;
  channels: Channel[];
  updatedAt: string;
}

export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A version as the history lists it: the stored version without its document. */
export type ItemVersion = Omit<StoredItemVersion, 'doc'>;

export interface WriteResult {
  item: CatalogItem;
  changed: boolean;
}

// ── service guide (its structure: the server's ServiceGuide) ──
export interface GuideCenter {
  name: string;
  address: string;
  phone: string;
}

/** GET /api/public/items/:idOrCode */
export interface PublicItem {
  item: CatalogItem;
  guide: ServiceGuide;
  department: { id: string; name: string; phone: string };
  windows: { id: string; number: string; name: string; location: string; phone: string }[];
  center: GuideCenter;
}

export interface LifeEvent {
  id: string;
  audience: 'person' | 'enterprise';
  label: LocalizedText;
  items: number;
  bundles: number;
}

// ── bundles 一件事 ────────────────────────────────────────
export type Bundle = BundleView;

export interface BundleGuide {
  code: string;
  name: string;
  description?: string;
  items: { id: string; code: string; name: string; type: ItemType; departmentId: string; departmentName: string; legalDays: number; promisedDays: number; maxVisits: number }[];
  materials: (Omit<Material, 'condition'> & { conditions: string[]; neededBy: { code: string; name: string }[] })[];
  fees: { itemCode: string; itemName: string; fee: Fee }[];
  /** Materials handed in when each item is applied for separately, and together. */
  materialCounts: { separately: number; together: number };
}

export interface PublicBundle {
  bundle: Bundle;
  guide: BundleGuide;
}

// ── cleanup 清理 ──────────────────────────────────────────
/** A cleanup announcement and its entries, with their actions' labels (the server's own shapes). */
export type Announcement = AnnouncementView;
export type AnnouncementEntry = AnnouncementView['entries'][number];

/** A cleanup proposal as the center enters it, and the elements an adjustment changes (the server's own shapes). */
export type CleanupProposal = CleanupProposalInput;
export type { ItemAdjustment };

interface RoundFields {
  id: string;
  title: string;
  documentNo: string | null;
  status: 'draft' | 'approved';
  createdBy: string;
  approvedBy: string | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RoundSummary extends RoundFields {
  proposalCount: number;
}

export interface CleanupRound extends RoundFields {
  proposals: CleanupProposal[];
  announcement: Announcement | null;
}

// ── fee catalog 收费目录 ──────────────────────────────────
/** One entry of the fee catalog (收费目录) with its department's name (the server's own shape). */
export type CatalogFee = FeeView;

export interface CancelFeeResult {
  fee: CatalogFee;
  /** Active items whose fees still name the cancelled fee: to be adjusted. */
  itemsStillCharging: { id: string; code: string; name: string }[];
}

// ── Excel ─────────────────────────────────────────────────
export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  codes: { created: string[]; updated: string[] };
}
