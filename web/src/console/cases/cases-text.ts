import { useI18n } from '../../shared/i18n/index.js';
import { casesEnUS } from './cases-text.en-US.js';
import { casesZhCN, type CasesDictionary } from './cases-text.zh-CN.js';

const TEXTS: Record<'zh-CN' | 'en-US', CasesDictionary> = { 'zh-CN': casesZhCN, 'en-US': casesEnUS };

/** The cases pages' texts in the user's language (with the shared dictionary beside them). */
export function useCasesText() {
  const i18n = useI18n();
  return { ...i18n, c: TEXTS[i18n.locale] };
}
