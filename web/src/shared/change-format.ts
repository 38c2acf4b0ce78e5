import { CHANNEL_LABELS, ITEM_TYPE_LABELS, LIST_SEPARATOR, MATERIAL_REQUIREMENT_LABELS, STEP_ROLE_LABELS, type Channel, type Fee, type ItemType, type Material, type ProcessStep, type StepRole } from './catalog-labels.js';
import type { ItemChange } from './catalog-types.js';
import type { Locale } from './i18n/index.js';

/** Names the caller knows for ids (departments, windows), to show instead of the ids. */
export interface ChangeNames {
  department?: (id: string) => string | undefined;
  window?: (id: string) => string | undefined;
}

const SEP: Record<Locale, string> = { 'zh-CN': '；', 'en-US': '; ' };
const YES_NO: Record<Locale, [string, string]> = { 'zh-CN': ['是', '否'], 'en-US': ['Yes', 'No'] };
const DAYS: Record<Locale, (n: number) => string> = { 'zh-CN': (n) => `${n} 个工作日`, 'en-US': (n) => `${n} working day${n === 1 ? '' : 's'}` };

function material(m: Material, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const parts = [
    zh ? `原件 ${m.originals} 份，复印件 ${m.copies} 份` : `${m.originals} original(s), ${m.copies} cop${m.copies === 1 ? 'y' : 'ies'}`,
    MATERIAL_REQUIREMENT_LABELS[m.requirement]?.[locale] + (m.condition ? `${zh ? '：' : ': '}${m.condition}` : ''),
    m.issuingBody ? (zh ? `出具单位：${m.issuingBody}` : `issued by ${m.issuingBody}`) : '',
  ];
  return parts.filter(Boolean).join(zh ? '，' : ', ');
}

function fee(f: Fee, locale: Locale): string {
  const zh = locale === 'zh-CN';
  return [f.standard, f.legalBasis, f.waivable ? (zh ? '可减免' : 'waivable') : ''].filter(Boolean).join(zh ? '，' : ', ');
}

function step(s: ProcessStep, locale: Locale): string {
  return `${s.name}（${STEP_ROLE_LABELS[s.role as StepRole]?.[locale] ?? s.role}，${s.sharePercent}%）`;
}

/**
 * One side of an item change (before or after) in words: labels for code values, names for ids,
 * a material, fee or step as one line. Used by the version history and the cleanup announcement.
 */
export function formatChangeValue(change: Pick<ItemChange, 'field'>, value: unknown, locale: Locale, names: ChangeNames = {}): string {
  if (value === undefined || value === null || value === '') return '—';
  switch (change.field) {
    case 'type':
      return ITEM_TYPE_LABELS[value as ItemType]?.[locale] ?? String(value);
    case 'channels':
      return (value as Channel[]).map((c) => CHANNEL_LABELS[c]?.[locale] ?? c).join(LIST_SEPARATOR[locale]);
    case 'agencyAllowed':
      return YES_NO[locale][value ? 0 : 1];
    case 'legalDays':
    case 'promisedDays':
      return DAYS[locale](Number(value));
    case 'departmentId':
      return names.department?.(String(value)) ?? String(value);
    case 'windowIds':
      return (value as string[]).map((id) => names.window?.(id) ?? id).join(LIST_SEPARATOR[locale]);
    case 'materials':
      return material(value as Material, locale);
    case 'fees':
      return fee(value as Fee, locale);
    case 'steps':
      return (value as ProcessStep[]).map((s) => step(s, locale)).join(' → ');
    default:
      return Array.isArray(value) ? value.map(String).join(SEP[locale]) : String(value);
  }
}
