import { issue, text, type Issue } from '../../../kernel/errors/index.js';
import type { LocalizedText } from '../../../kernel/i18n/locale.js';

/**
 * 通用的字段检查，消息中带字段名称：shared by item validation, cleanup and bundles so that every
 * "required", "one line" and "number out of range" reads the same everywhere.
 */

/** “申请材料第 2 项的原件份数” / "originals of material 2". */
export function nthLabel(collection: LocalizedText, index: number, field?: LocalizedText): LocalizedText {
  const n = index + 1;
  return field
    ? { 'zh-CN': `${collection['zh-CN']}第 ${n} 项的${field['zh-CN']}`, 'en-US': `${field['en-US']} of ${collection['en-US']} ${n}` }
    : { 'zh-CN': `${collection['zh-CN']}第 ${n} 项`, 'en-US': `${collection['en-US']} ${n}` };
}

/** English label as the start of a sentence. */
function sentence(label: LocalizedText): { zh: string; en: string } {
  const en = label['en-US'];
  return { zh: label['zh-CN'], en: en.charAt(0).toUpperCase() + en.slice(1) };
}

export interface TextRule {
  required: boolean;
  /** Maximum length in characters; default 500. */
  maxLength?: number;
}

/** 文字字段：必填时不能为空，只能一行，不能过长。 */
export function textIssues(value: string | undefined, path: string, label: LocalizedText, rule: TextRule): Issue[] {
  const params = sentence(label);
  if (value === undefined || value.trim() === '') {
    return rule.required
      ? [issue(path, 'text.required', text('{zh}不能为空，请填写。', '{en} is required; please fill it in.', params))]
      : [];
  }
  const problems: Issue[] = [];
  if (/[\r\n]/.test(value)) {
    problems.push(
      issue(
        path,
        'text.single_line',
        text('{zh}只能写一行；多条内容请分条填写。', '{en} must be a single line; enter several entries separately.', params),
      ),
    );
  }
  const maxLength = rule.maxLength ?? 500;
  const length = Array.from(value).length;
  if (length > maxLength) {
    problems.push(
      issue(
        path,
        'text.too_long',
        text('{zh}过长（{length} 字），请精简到 {max} 字以内。', '{en} is too long ({length} characters); keep it within {max}.', {
          ...params,
          length,
          max: maxLength,
        }),
      ),
    );
  }
  return problems;
}

/** 每条一行的文字清单：各条都不能为空、只能一行。 */
export function textListIssues(values: readonly string[], path: string, label: LocalizedText): Issue[] {
  return values.flatMap((value, i) => textIssues(value, `${path}/${i}`, nthLabel(label, i), { required: true }));
}

export interface CountRule {
  min: number;
  max?: number;
  /** Unit shown after the number, with its own leading space if it needs one: ' 个工作日' / ' working days', '%'. */
  unit?: LocalizedText;
}

/** 整数字段：必须是整数，且在范围内。 */
export function countIssues(value: number, path: string, label: LocalizedText, rule: CountRule): Issue[] {
  const params = {
    ...sentence(label),
    value: Number.isFinite(value) ? value : String(value),
    min: rule.min,
    max: rule.max ?? '',
    zhUnit: rule.unit?.['zh-CN'] ?? '',
    enUnit: rule.unit?.['en-US'] ?? '',
  };
  if (!Number.isInteger(value)) {
    return [issue(path, 'number.integer', text('{zh}应为整数，现为 {value}。', '{en} must be a whole number; got {value}.', params))];
  }
  if (rule.max !== undefined && (value < rule.min || value > rule.max)) {
    return [
      issue(
        path,
        'number.range',
        text('{zh}应在 {min}–{max}{zhUnit} 之间，现为 {value}。', '{en} must be between {min} and {max}{enUnit}; got {value}.', params),
      ),
    ];
  }
  if (value < rule.min) {
    return [
      issue(
        path,
        rule.min === 0 ? 'number.negative' : 'number.too_small',
        rule.min === 0
          ? text('{zh}不能为负数，现为 {value}。', '{en} cannot be negative; got {value}.', params)
          : text('{zh}至少为 {min}{zhUnit}，现为 {value}。', '{en} must be at least {min}{enUnit}; got {value}.', params),
      ),
    ];
  }
  return [];
}

/** 取值须在给定集合中（枚举字段在运行时的检查）。 */
export function oneOfIssues<K extends string>(
  value: string,
  path: string,
  label: LocalizedText,
  labels: Readonly<Record<K, LocalizedText>>,
): Issue[] {
  if (Object.hasOwn(labels, value)) return [];
  const allowed = Object.values<LocalizedText>(labels);
  return [
    issue(
      path,
      'value.unknown',
      text('{zh}“{value}”无效，应为：{zhAllowed}。', '{en} "{value}" is not valid; use one of: {enAllowed}.', {
        ...sentence(label),
        value,
        zhAllowed: allowed.map((l) => l['zh-CN']).join('、'),
        enAllowed: allowed.map((l) => l['en-US']).join(', '),
      }),
    ),
  ];
}

/** 清单中重复的值：返回每个重复项的下标及其首次出现的下标。 */
export function duplicates<T>(values: readonly T[], keyOf: (value: T) => string): { index: number; firstIndex: number }[] {
  const seen = new Map<string, number>();
  return values.flatMap((value, index) => {
    const key = keyOf(value);
    const firstIndex = seen.get(key);
    if (firstIndex === undefined) {
      seen.set(key, index);
      return [];
    }
    return [{ index, firstIndex }];
  });
}
