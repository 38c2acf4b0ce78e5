import { issue, text, type Issue } from '../errors/index.js';

/**
 * 电话号码：手机号（11 位，1[3-9] 开头）、固定电话（区号-号码[-分机]）、服务号码（12345 等）。
 *
 * 区号 (area code) is `010`, `02x` (3 digits) or `0` followed by 3 digits (`0551`); the local
 * number has 7 or 8 digits and does not begin with 0 or 1; an extension of 1–6 digits may follow
 * `-`, `转`, `#` or `ext`. Parentheses around the area code and spaces are tolerated.
 */

export interface PhoneOptions {
  /** Where the number sits in the input, for the issues; default `/phone`. */
  path?: string;
}

export interface Landline {
  areaCode: string;
  number: string;
  extension?: string;
}

export type PhoneKind = 'mobile' | 'landline' | 'service';

const MOBILE = /^1[3-9]\d{9}$/;
const AREA = '01\\d|02\\d|0[3-9]\\d{2}';
const LANDLINE = new RegExp(`^(?:\\((${AREA})\\)|(${AREA})-?)([2-9]\\d{6,7})(?:(?:-|转|#|ext\\.?|x)(\\d{1,6}))?$`, 'i');
/** 政务服务热线与特服号：12345、12315、110，95xxx，400/800。 */
const SERVICE = /^(?:1\d{2,4}|95\d{3,4}|[48]00-?\d{3}-?\d{4})$/;

function squeeze(value: string): string {
  return value.normalize('NFKC').replace(/\s+/gu, '');
}

/** 手机号清洗：全角转半角，去空白和连字符，去掉 +86 / 0086 前缀。 */
export function normalizeMobilePhone(value: string): string {
  const digits = squeeze(value).replace(/-/g, '');
  const local = /^(?:\+86|0086|86)(1\d{10})$/.exec(digits);
  return local?.[1] ?? digits;
}

/** 解析固定电话；不是固定电话时返回 undefined。 */
export function parseLandline(value: string): Landline | undefined {
  const match = LANDLINE.exec(squeeze(value));
  if (!match) return undefined;
  const [, bracketed, plain, number = '', extension] = match;
  const areaCode = bracketed ?? plain ?? '';
  return extension === undefined ? { areaCode, number } : { areaCode, number, extension };
}

/** 号码类别；都不是时返回 undefined。 */
export function phoneKind(value: string): PhoneKind | undefined {
  if (MOBILE.test(normalizeMobilePhone(value))) return 'mobile';
  if (parseLandline(value)) return 'landline';
  if (SERVICE.test(squeeze(value))) return 'service';
  return undefined;
}

function required(value: string, path: string, zh: string, en: string): Issue[] {
  return squeeze(value) === '' ? [issue(path, 'phone.required', text(`请填写${zh}。`, `Enter the ${en}.`))] : [];
}

/** 手机号的问题；空数组表示有效。 */
export function mobilePhoneIssues(value: string, options: PhoneOptions = {}): Issue[] {
  const path = options.path ?? '/phone';
  const missing = required(value, path, '手机号', 'mobile phone number');
  if (missing.length > 0) return missing;
  const phone = normalizeMobilePhone(value);
  if (MOBILE.test(phone)) return [];
  return [
    issue(
      path,
      'phone.mobile_format',
      text(
        '手机号“{phone}”格式不对：应为 11 位数字，以 13–19 开头，如 13812345678。',
        'The mobile number "{phone}" is malformed: it has 11 digits beginning with 13–19, e.g. 13812345678.',
        { phone },
      ),
    ),
  ];
}

/** 固定电话的问题；空数组表示有效。 */
export function landlinePhoneIssues(value: string, options: PhoneOptions = {}): Issue[] {
  const path = options.path ?? '/phone';
  const missing = required(value, path, '固定电话', 'landline number');
  if (missing.length > 0) return missing;
  if (parseLandline(value)) return [];
  return [
    issue(
      path,
      'phone.landline_format',
      text(
        '固定电话“{phone}”格式不对：应写成“区号-号码”，分机号可接在后面，如 0551-65123456 或 010-65123456-123。',
        'The landline number "{phone}" is malformed: write "area code-number", optionally followed by an extension, e.g. 0551-65123456 or 010-65123456-123.',
        { phone: squeeze(value) },
      ),
    ),
  ];
}

/** 联系电话（手机、固定电话或 12345 等服务号码）的问题；空数组表示有效。 */
export function contactPhoneIssues(value: string, options: PhoneOptions = {}): Issue[] {
  const path = options.path ?? '/phone';
  const missing = required(value, path, '联系电话', 'contact phone number');
  if (missing.length > 0) return missing;
  if (phoneKind(value)) return [];
  return [
    issue(
      path,
      'phone.contact_format',
      text(
        '联系电话“{phone}”格式不对：请填写 11 位手机号、带区号的固定电话（如 0551-65123456）或 12345 等服务号码。',
        'The contact number "{phone}" is malformed: enter an 11-digit mobile number, a landline with its area code (e.g. 0551-65123456) or a service number such as 12345.',
        { phone: squeeze(value) },
      ),
    ),
  ];
}

export function isValidMobilePhone(value: string): boolean {
  return mobilePhoneIssues(value).length === 0;
}

export function isValidLandlinePhone(value: string): boolean {
  return landlinePhoneIssues(value).length === 0;
}

export function isValidContactPhone(value: string): boolean {
  return contactPhoneIssues(value).length === 0;
}
