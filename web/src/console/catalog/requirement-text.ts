import { MATERIAL_REQUIREMENT_LABELS, type Material } from '../../shared/catalog-labels.js';
import type { Locale } from '../../shared/i18n/index.js';

/** “必需” or “依情形：委托他人办理的”, as the service guide writes it. */
export function requirementText(m: Pick<Material, 'requirement' | 'condition'>, locale: Locale): string {
  const label = MATERIAL_REQUIREMENT_LABELS[m.requirement][locale];
  if (m.requirement === 'required' || !m.condition) return label;
  return locale === 'zh-CN' ? `${label}：${m.condition}` : `${label}: ${m.condition}`;
}
