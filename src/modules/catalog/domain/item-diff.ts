import type { LocalizedText } from '../../../kernel/i18n/locale.js';
import type { Fee, ItemDraft, ItemField, Material } from './item.js';
import { ITEM_FIELD_LABELS } from './labels.js';

/**
 * 事项版本比较：列出两个版本之间改动的字段，供审计记录和公告使用。
 *
 * - Materials and fees are compared by name: a material is added, removed or changed; reordering
 *   them is not a change. Its path is `/materials/{name}` (JSON pointer escaping applies).
 * - Channels and windows are sets: order does not matter.
 * - Legal basis, conditions and process steps are ordered lists, compared whole.
 * - Other fields are single values. Changes come in the order of the item's fields.
 */

export type ItemFieldValue = ItemDraft[ItemField] | Material | Fee;

export interface ItemChange {
  /** JSON pointer of what changed, e.g. `/promisedDays`, `/materials/营业执照` */
  path: string;
  field: ItemField;
  kind: 'added' | 'removed' | 'changed';
  /** 字段名称，材料与收费带上名称：“申请材料：营业执照” */
  label: LocalizedText;
  before?: ItemFieldValue;
  after?: ItemFieldValue;
}

type Comparison = 'value' | 'list' | 'set' | 'keyed';

const COMPARISON: Readonly<Record<ItemField, Comparison>> = {
  code: 'value',
  name: 'value',
  type: 'value',
  departmentId: 'value',
  legalBasis: 'list',
  legalDays: 'value',
  promisedDays: 'value',
  maxVisits: 'value',
  channels: 'set',
  agencyAllowed: 'value',
  conditions: 'list',
  materials: 'keyed',
  fees: 'keyed',
  steps: 'list',
  result: 'value',
  windowIds: 'set',
};

/** 两个版本之间的改动；相同时为空数组。 */
export function diffItemVersions(before: ItemDraft, after: ItemDraft): ItemChange[] {
  return (Object.keys(COMPARISON) as ItemField[]).flatMap((field) => {
    if (field === 'materials' || field === 'fees') return keyedChanges(field, before, after);
    const comparison = COMPARISON[field];
    const [a, b] = [before[field], after[field]];
    const same = comparison === 'set' ? canonical(sorted(a)) === canonical(sorted(b)) : canonical(a) === canonical(b);
    if (same) return [];
    const change: ItemChange = { path: `/${field}`, field, kind: kindOf(a, b), label: ITEM_FIELD_LABELS[field] };
    if (a !== undefined) change.before = a;
    if (b !== undefined) change.after = b;
    return [change];
  });
}

function keyedChanges(field: 'materials' | 'fees', before: ItemDraft, after: ItemDraft): ItemChange[] {
  const older = new Map<string, Material | Fee>(before[field].map((entry) => [entry.name, entry]));
  const newer = new Map<string, Material | Fee>(after[field].map((entry) => [entry.name, entry]));
  const names = [...new Set([...older.keys(), ...newer.keys()])];
  return names.flatMap((name) => {
    const [a, b] = [older.get(name), newer.get(name)];
    if (canonical(a) === canonical(b)) return [];
    const fieldLabel = ITEM_FIELD_LABELS[field];
    const change: ItemChange = {
      path: `/${field}/${escapePointer(name)}`,
      field,
      kind: kindOf(a, b),
      label: { 'zh-CN': `${fieldLabel['zh-CN']}：${name}`, 'en-US': `${fieldLabel['en-US']}: ${name}` },
    };
    if (a !== undefined) change.before = a;
    if (b !== undefined) change.after = b;
    return [change];
  });
}

function kindOf(before: unknown, after: unknown): ItemChange['kind'] {
  if (before === undefined) return 'added';
  if (after === undefined) return 'removed';
  return 'changed';
}

function sorted(value: unknown): unknown {
  return Array.isArray(value) ? [...(value as unknown[])].map((v) => String(v)).sort() : value;
}

/** JSON with object keys sorted and undefined members dropped: equal values, equal text. */
function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    ) ?? 'undefined'
  );
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
