import { issue, text, type Issue } from '../../../kernel/errors/index.js';
import { creditCodeIssues } from '../../../kernel/validators/credit-code.js';
import { regionCodeIssues } from '../../../kernel/validators/region-code.js';

/**
 * 事项编码。
 *
 * - 基本编码 (basic code): 12 digits. Digits 1–9 are the main item number (主项编码), assigned by
 *   the catalog authority and not all zero; digits 10–12 number the sub-item (办理项编码), `000`
 *   being the main item itself. `000101001000` is a main item; `000101001001` its first sub-item.
 * - 实施编码 (implementation code), the key of an item in a center's catalog:
 *   `{basicCode}-{regionCode}-{departmentCode}` where regionCode is the 6-digit region (county
 *   and above) or 9-digit township (乡镇街道) where it is implemented, and departmentCode is the
 *   unified social credit code (统一社会信用代码) of the implementing department.
 *   Example: `000101001000-330102-11330102MB00012309`.
 *
 * A sub-item belongs to the main item with the same region and department whose basic code ends
 * in `000`; moving an item (下放) gives it a new implementation code.
 */

export interface ItemCodeParts {
  basicCode: string;
  regionCode: string;
  departmentCode: string;
}

/** 实施编码示例（用于提示信息）。 */
export const ITEM_CODE_EXAMPLE = '000101001000-330102-11330102MB00012309';

const MAIN_SUFFIX = '000';

/** 组装实施编码。 */
export function formatItemCode(parts: ItemCodeParts): string {
  return `${parts.basicCode}-${parts.regionCode}-${parts.departmentCode}`;
}

/** 拆分实施编码（只看形状：三段）；不成形时返回 undefined。 */
export function parseItemCode(code: string): ItemCodeParts | undefined {
  const segments = code.split('-');
  if (segments.length !== 3) return undefined;
  const [basicCode = '', regionCode = '', departmentCode = ''] = segments;
  return { basicCode, regionCode, departmentCode };
}

/** 是否为办理项（子项）的编码。 */
export function isSubItemCode(code: string): boolean {
  const basic = parseItemCode(code)?.basicCode;
  return basic !== undefined && /^\d{12}$/.test(basic) && !basic.endsWith(MAIN_SUFFIX);
}

/** 办理项所属主项的实施编码；主项或不成形的编码返回 undefined。 */
export function mainItemCodeOf(code: string): string | undefined {
  const parts = parseItemCode(code);
  if (!parts || !isSubItemCode(code)) return undefined;
  return formatItemCode({ ...parts, basicCode: parts.basicCode.slice(0, 9) + MAIN_SUFFIX });
}

/** Every problem of an implementation code at once; empty when valid. */
export function itemCodeIssues(code: string, path = '/code'): Issue[] {
  if (code.trim() === '') {
    return [
      issue(
        path,
        'item.code_required',
        text('请填写实施编码，格式如 {example}。', 'Enter the item code, e.g. {example}.', { example: ITEM_CODE_EXAMPLE }),
      ),
    ];
  }
  const parts = parseItemCode(code);
  if (!parts) {
    return [
      issue(
        path,
        'item.code_format',
        text(
          '实施编码“{code}”格式不对：应为“基本编码-区划代码-实施部门统一社会信用代码”三段，用“-”连接，如 {example}。',
          'The item code "{code}" is malformed: it has three parts joined by "-": basic code, region code and the credit code of the department, e.g. {example}.',
          { code, example: ITEM_CODE_EXAMPLE },
        ),
      ),
    ];
  }
  const problems: Issue[] = [];
  if (!/^\d{12}$/.test(parts.basicCode) || /^0{9}/.test(parts.basicCode)) {
    problems.push(
      issue(
        path,
        'item.basic_code',
        text(
          '实施编码第一段（基本编码）“{basic}”不对：应为 12 位数字，前 9 位为主项编码（不能全为 0），后 3 位为办理项编码（主项为 000）。',
          'The first part of the item code, the basic code "{basic}", is wrong: it has 12 digits, the main item number (not all zero) and a 3-digit sub-item number (000 for the main item).',
          { basic: parts.basicCode },
        ),
      ),
    );
  }
  const within = (found: Issue[], zh: string, en: string): Issue[] =>
    found.map((inner) =>
      issue(path, inner.code, {
        'zh-CN': `实施编码${zh}有误：${inner.message['zh-CN']}`,
        'en-US': `In the ${en} of the item code: ${inner.message['en-US']}`,
      }),
    );
  problems.push(
    ...within(regionCodeIssues(parts.regionCode, { path, lengths: [6, 9] }), '第二段（区划代码）', 'second part (region code)'),
    ...within(creditCodeIssues(parts.departmentCode, { path }), '第三段（实施部门统一社会信用代码）', 'third part (credit code of the department)'),
  );
  if (code !== code.normalize('NFKC').replace(/\s+/gu, '').toUpperCase()) {
    problems.push(
      issue(
        path,
        'item.code_characters',
        text(
          '实施编码中不能有空格、全角字符或小写字母，请改为半角大写。',
          'The item code must not contain spaces, full-width characters or lowercase letters; use half-width capitals.',
        ),
      ),
    );
  }
  return problems;
}
