import { normalizeCreditCode } from '../validators/credit-code.js';
import { normalizeIdNumber } from '../validators/id-number.js';
import { parseLandline, phoneKind } from '../validators/phone.js';
import { maskAll, maskInPlace } from './mask.js';

/**
 * 证件号码与电话的遮盖。Only the parts that do not identify a person stay visible: the region
 * at the start and a few digits at the end for telling records apart.
 */

const isDigit = (ch: string): boolean => /\d/.test(ch);

/**
 * 身份证号：保留前 4 位（省市）和后 4 位，遮盖出生日期等中间 10 位。
 * `330102199001011234` → `3301**********1234`. Anything not 15 or 18 characters long is masked
 * entirely, since its parts cannot be told apart.
 */
export function maskIdNumber(value: string): string {
  const length = normalizeIdNumber(value).length;
  return length === 18 || length === 15 ? maskInPlace(value, { keepStart: 4, keepEnd: 4 }) : maskAll(value);
}

/**
 * 统一社会信用代码：登记管理部门、机构类别和区划码（前 8 位）与校验码可见，主体标识码（第 9–17 位）遮盖。
 * `91350100M000100Y43` → `91350100*********3`.
 */
export function maskCreditCode(value: string): string {
  return normalizeCreditCode(value).length === 18 ? maskInPlace(value, { keepStart: 8, keepEnd: 1 }) : maskAll(value);
}

/**
 * 电话：手机号保留前 3 位和后 4 位（`138****5678`）；固定电话保留区号、分机和号码后 4 位
 * （`0551-****3456`）；12345 等公共服务号码不遮盖；其他号码只留后 4 位（不足 8 位全遮）。
 * Formatting characters (+, spaces, hyphens, brackets) stay where they are.
 */
export function maskPhone(value: string): string {
  const kind = phoneKind(value);
  if (kind === 'service') return value;
  const digits = Array.from(value).filter(isDigit).length;
  if (kind === 'mobile') {
    // the local number is the last 11 digits; a +86 prefix stays visible
    return maskInPlace(value, { keepStart: digits - 8, keepEnd: 4, counts: isDigit });
  }
  const landline = kind === 'landline' ? parseLandline(value) : undefined;
  if (landline) {
    const extension = landline.extension?.length ?? 0;
    return maskInPlace(value, { keepStart: landline.areaCode.length, keepEnd: 4 + extension, counts: isDigit });
  }
  return digits >= 8 ? maskInPlace(value, { keepStart: 0, keepEnd: 4, counts: isDigit }) : maskAll(value, isDigit);
}
