import type { CreateFee } from '../../../../src/modules/catalog/catalog-admin.schema.js';
import { api, type QueryValue } from '../../shared/api.js';
import type { ListOf } from '../../shared/api-types.js';
import type {
  Announcement,
  Bundle,
  CancelFeeResult,
  CatalogFee,
  CatalogItem,
  CleanupProposal,
  CleanupRound,
  ImportResult,
  ItemSummary,
  ItemVersion,
  LifeEvent,
  PageOf,
  RoundSummary,
  WriteResult,
} from '../../shared/catalog-types.js';

export interface ItemListQuery extends Record<string, QueryValue> {
  q?: string;
  departmentId?: string;
  type?: string;
  lifeEvent?: string;
  channel?: string;
  status?: string;
  page?: number;
  pageSize?: number;
}

export interface BundleBody {
  code?: string;
  name?: string;
  description?: string | null;
  itemCodes?: string[];
  lifeEvents?: string[];
}

export interface RoundBody {
  title?: string;
  documentNo?: string | null;
  proposals?: CleanupProposal[];
}

/** A new fee catalog entry, as the server's schema takes it. */
export type FeeBody = CreateFee;

const id = (value: string) => encodeURIComponent(value);

/** The catalog's staff API (src/modules/catalog/catalog.routes.ts, catalog-admin.routes.ts), one function per call. */
export const catalogApi = {
  items: (query: ItemListQuery) => api.get<PageOf<ItemSummary>>('/api/catalog/items', query),
  /** Every item in one status (the API pages at most 200 at a time). */
  allItems: async (status = 'active'): Promise<ItemSummary[]> => {
    const first = await api.get<PageOf<ItemSummary>>('/api/catalog/items', { status, pageSize: 200 });
    const items = [...first.items];
    for (let page = 2; items.length < first.total; page++) {
      const next = await api.get<PageOf<ItemSummary>>('/api/catalog/items', { status, pageSize: 200, page });
      if (next.items.length === 0) break;
      items.push(...next.items);
    }
    return items;
  },
  item: (itemId: string) => api.get<CatalogItem>(`/api/catalog/items/${id(itemId)}`),
  createItem: (body: Record<string, unknown>) => api.post<CatalogItem>('/api/catalog/items', body),
  updateItem: (itemId: string, body: Record<string, unknown>) => api.patch<WriteResult>(`/api/catalog/items/${id(itemId)}`, body),
  versions: (itemId: string) => api.get<ListOf<ItemVersion>>(`/api/catalog/items/${id(itemId)}/versions`).then((r) => r.items),
  lifeEvents: () => api.get<ListOf<LifeEvent>>('/api/public/life-events').then((r) => r.items),

  bundles: () => api.get<ListOf<Bundle>>('/api/catalog/bundles', { includeInactive: true }).then((r) => r.items),
  createBundle: (body: BundleBody) => api.post<Bundle>('/api/catalog/bundles', body),
  updateBundle: (bundleId: string, body: BundleBody) => api.patch<Bundle>(`/api/catalog/bundles/${id(bundleId)}`, body),

  rounds: () => api.get<ListOf<RoundSummary>>('/api/catalog/cleanup-rounds').then((r) => r.items),
  round: (roundId: string) => api.get<CleanupRound>(`/api/catalog/cleanup-rounds/${id(roundId)}`),
  createRound: (body: RoundBody) => api.post<CleanupRound>('/api/catalog/cleanup-rounds', body),
  updateRound: (roundId: string, body: RoundBody) => api.patch<CleanupRound>(`/api/catalog/cleanup-rounds/${id(roundId)}`, body),
  announcement: (roundId: string) => api.get<Announcement>(`/api/catalog/cleanup-rounds/${id(roundId)}/announcement`),
  approveRound: (roundId: string, documentNo: string) => api.post<CleanupRound>(`/api/catalog/cleanup-rounds/${id(roundId)}/approve`, { documentNo }),

  fees: (status?: 'active' | 'cancelled') => api.get<ListOf<CatalogFee>>('/api/catalog/fees', { status }).then((r) => r.items),
  createFee: (body: FeeBody) => api.post<CatalogFee>('/api/catalog/fees', body),
  cancelFee: (feeId: string, body: { cancelledOn: string; documentNo: string; reason?: string }) => api.post<CancelFeeResult>(`/api/catalog/fees/${id(feeId)}/cancel`, body),

  exportUrl: '/api/catalog/export.xlsx',
  importWorkbook: (file: File) => api.upload<ImportResult>('/api/catalog/import', file),
};
