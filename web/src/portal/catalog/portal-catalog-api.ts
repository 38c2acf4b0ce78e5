import { api } from '../../shared/api.js';
import type { ListOf } from '../../shared/api-types.js';
import type { Announcement, Bundle, CatalogFee, ItemSummary, LifeEvent, PageOf, PublicBundle, PublicItem } from '../../shared/catalog-types.js';

/** What the portal searches: words, department, item type, life event, channel; one page at a time. */
export interface GuideQuery {
  q?: string;
  departmentId?: string;
  type?: string;
  lifeEvent?: string;
  channel?: string;
  page?: number;
  pageSize?: number;
}

/** The catalog's public API (no session), one function per call. */
export const portalCatalogApi = {
  search: (query: GuideQuery) => api.get<PageOf<ItemSummary>>('/api/public/items', { ...query }),
  item: (idOrCode: string) => api.get<PublicItem>(`/api/public/items/${encodeURIComponent(idOrCode)}`),
  lifeEvents: () => api.get<ListOf<LifeEvent>>('/api/public/life-events').then((r) => r.items),
  bundles: () => api.get<ListOf<Bundle>>('/api/public/bundles').then((r) => r.items),
  bundle: (id: string) => api.get<PublicBundle>(`/api/public/bundles/${encodeURIComponent(id)}`),
  announcements: () => api.get<ListOf<Announcement>>('/api/public/catalog/announcements').then((r) => r.items),
  fees: () => api.get<ListOf<CatalogFee>>('/api/public/fees').then((r) => r.items),
};

/** The portal's catalog addresses. */
export const PORTAL_PATHS = {
  guides: '/guides',
  guide: (idOrCode: string) => `/guide/${encodeURIComponent(idOrCode)}`,
  bundles: '/bundles',
  bundle: (id: string) => `/bundles/${encodeURIComponent(id)}`,
  announcements: '/announcements',
  fees: '/fees',
} as const;
