/**
 * The catalog's domain shapes as the server defines them (type-only: nothing of the server is
 * bundled), so the pages that render a guide, a version diff or cleanup figures cannot drift from
 * the API.
 */
export type { CatalogFigures } from '../../../src/modules/catalog/domain/figures.js';
export type { CleanupAction, ItemAdjustment } from '../../../src/modules/catalog/domain/cleanup.js';
export type { ItemChange } from '../../../src/modules/catalog/domain/item-diff.js';
export type { GuideBlock, GuideSection, ServiceGuide } from '../../../src/modules/catalog/domain/service-guide.js';
export type { CleanupProposalInput, ItemVersion as StoredItemVersion } from '../../../src/modules/catalog/catalog.records.js';
export type { BundleView } from '../../../src/modules/catalog/bundle.service.js';
export type { AnnouncementView } from '../../../src/modules/catalog/cleanup.service.js';
export type { FeeView } from '../../../src/modules/catalog/fee.service.js';
