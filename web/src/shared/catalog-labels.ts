/**
 * The catalog's code values and their names come from the server's own dependency-free modules
 * (src/modules/catalog/domain/item.ts, labels.ts), so the web app offers exactly the values the API
 * accepts and spells them as the service guide, the version diff and the Excel template do.
 */
export { CHANNELS, ITEM_TYPES, MATERIAL_REQUIREMENTS, STEP_ROLES, MAX_VISITS_LIMIT } from '../../../src/modules/catalog/domain/item.js';
export type { CaseType, Channel, Fee, ItemDraft, ItemField, ItemType, Material, MaterialRequirement, ProcessStep, StepRole } from '../../../src/modules/catalog/domain/item.js';
export {
  CASE_TYPE_LABELS,
  CHANNEL_LABELS,
  CLEANUP_ACTION_LABELS,
  ITEM_FIELD_LABELS,
  ITEM_TYPE_LABELS,
  MATERIAL_REQUIREMENT_LABELS,
  STEP_ROLE_LABELS,
} from '../../../src/modules/catalog/domain/labels.js';
export type { LocalizedText } from '../../../src/kernel/i18n/locale.js';

/** How a list of names is joined in running text: 窗口、网上 / At a window, Online. */
export const LIST_SEPARATOR: Readonly<Record<'zh-CN' | 'en-US', string>> = { 'zh-CN': '、', 'en-US': ', ' };
