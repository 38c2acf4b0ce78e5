import { pathOf } from '../nav.js';

/** The catalog's console addresses; forms have their own (guarded by catalog.manage in catalog-routes). */
export const CATALOG_PATHS = {
  items: () => pathOf('catalogItems'),
  newItem: () => `${pathOf('catalogItems')}/new`,
  item: (id: string) => `${pathOf('catalogItems')}/${encodeURIComponent(id)}`,
  editItem: (id: string) => `${pathOf('catalogItems')}/${encodeURIComponent(id)}/edit`,
  bundles: () => pathOf('catalogBundles'),
  cleanup: () => pathOf('catalogCleanup'),
  newRound: () => `${pathOf('catalogCleanup')}/new`,
  round: (id: string) => `${pathOf('catalogCleanup')}/${encodeURIComponent(id)}`,
  editRound: (id: string) => `${pathOf('catalogCleanup')}/${encodeURIComponent(id)}/edit`,
  approveRound: (id: string) => `${pathOf('catalogCleanup')}/${encodeURIComponent(id)}/approve`,
  fees: () => pathOf('catalogFees'),
  cancelFee: (id: string) => `${pathOf('catalogFees')}/${encodeURIComponent(id)}/cancel`,
  excel: () => pathOf('catalogExcel'),
  /** The item's guide on the public portal. */
  portalGuide: (code: string) => `/guide/${encodeURIComponent(code)}`,
};
