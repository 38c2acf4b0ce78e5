import { issue, text, type Issue } from '../../kernel/errors/index.js';
import type { LocalizedText } from '../../kernel/i18n/locale.js';

/**
 * 主题分类（人生事件 / 企业生命周期）：how the portal groups items for citizens and enterprises.
 * Classification, not an element of the item: changing it does not make a new version.
 */
export const LIFE_EVENTS = [
  { id: 'birth', audience: 'person', label: { 'zh-CN': '出生', 'en-US': 'Birth' } },
  { id: 'residence', audience: 'person', label: { 'zh-CN': '户籍', 'en-US': 'Household registration' } },
  { id: 'education', audience: 'person', label: { 'zh-CN': '上学', 'en-US': 'Education' } },
  { id: 'employment', audience: 'person', label: { 'zh-CN': '就业', 'en-US': 'Employment' } },
  { id: 'marriage', audience: 'person', label: { 'zh-CN': '结婚', 'en-US': 'Marriage' } },
  { id: 'housing', audience: 'person', label: { 'zh-CN': '置业', 'en-US': 'Housing' } },
  { id: 'transport', audience: 'person', label: { 'zh-CN': '交通出行', 'en-US': 'Transport' } },
  { id: 'medical', audience: 'person', label: { 'zh-CN': '医疗', 'en-US': 'Medical care' } },
  { id: 'retirement', audience: 'person', label: { 'zh-CN': '养老', 'en-US': 'Retirement' } },
  { id: 'socialAssistance', audience: 'person', label: { 'zh-CN': '社会救助', 'en-US': 'Social assistance' } },
  { id: 'startBusiness', audience: 'enterprise', label: { 'zh-CN': '开办企业', 'en-US': 'Starting a business' } },
  { id: 'businessOperation', audience: 'enterprise', label: { 'zh-CN': '经营许可', 'en-US': 'Operating licences' } },
  { id: 'construction', audience: 'enterprise', label: { 'zh-CN': '工程建设', 'en-US': 'Construction projects' } },
  { id: 'closeBusiness', audience: 'enterprise', label: { 'zh-CN': '企业注销', 'en-US': 'Closing a business' } },
] as const satisfies readonly { id: string; audience: 'person' | 'enterprise'; label: LocalizedText }[];

export type LifeEvent = (typeof LIFE_EVENTS)[number]['id'];
export const LIFE_EVENT_IDS: readonly LifeEvent[] = LIFE_EVENTS.map((e) => e.id);

/** Unknown or repeated life events, at `{path}/{index}`. */
export function lifeEventIssues(values: readonly string[], path = '/lifeEvents'): Issue[] {
  const known: readonly string[] = LIFE_EVENT_IDS;
  return values.flatMap((value, index) => {
    if (!known.includes(value)) {
      return [
        issue(
          `${path}/${index}`,
          'item.life_event_unknown',
          text('主题分类“{value}”无效，应为：{allowed}。', 'Life event "{value}" is not valid; use one of: {allowed}.', {
            value,
            allowed: LIFE_EVENT_IDS.join(', '),
          }),
        ),
      ];
    }
    return values.indexOf(value) < index
      ? [issue(`${path}/${index}`, 'item.life_event_duplicate', text('主题分类“{value}”重复。', 'Life event "{value}" is listed twice.', { value }))]
      : [];
  });
}
