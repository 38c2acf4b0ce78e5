/**
 * The figures' names and units come from the server's own dependency-free module
 * (src/modules/stats/domain/labels.ts), so the reports name each figure exactly as the Excel
 * exports and docs/figures.md do.
 */
export { FIGURE_LABELS } from '../../../src/modules/stats/domain/labels.js';
