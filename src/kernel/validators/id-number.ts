import { issue, text, type Issue } from '../errors/index.js';
import { compactCode } from './normalize.js';
import { isProvinceCode } from './provinces.js';

/**
 * 居民身份证号码（GB 11643-1999，公民身份号码）。
 *
 * 18 characters: 6-digit address code (地址码, 行政区划代码 at issue), 8-digit birth date
 * (YYYYMMDD), 3-digit sequence (odd = male, even = female), 1 check character computed with
 * ISO 7064 MOD 11-2 (0–9 or X). Only the 18-character form is accepted; the 15-digit first
 * generation card is no longer valid.
 */

/** 前 17 位的加权因子 Wi = 2^(17−i) mod 11. */
const WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11);
/** 校验码：Σ(ai×Wi) mod 11 → 对应字符。 */
const CHECK_CHARACTERS = '10X98765432';
/** Earliest birth year accepted as plausible (the standard's own example is born in 1880). */
const EARLIEST_BIRTH_YEAR = 1850;
/** 港澳台居民居住证 use 81 / 82 / 83 as their first two digits. */
const RESIDENCE_PERMIT_PREFIXES = new Set(['81', '82', '83']);

export interface IdNumberOptions {
  /** Where the number sits in the input, for the issues; default `/idNumber`. */
  path?: string;
  /** Today as a China calendar date `YYYY-MM-DD`; when given, a birth date after it is refused. */
  today?: string;
}

/** 清洗：全角转半角、去空白、x 转大写 X。 */
export function normalizeIdNumber(value: string): string {
  return compactCode(value);
}

/** 计算校验码：`first17` must be 17 digits. */
export function idNumberCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new TypeError('idNumberCheckCharacter needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/** 补上校验码，得到完整的 18 位号码（用于测试数据和演示数据）。 */
export function completeIdNumber(first17: string): string {
  return first17 + idNumberCheckCharacter(first17);
}

/** `YYYYMMDD` is a real calendar date. */
export function isCompactCalendarDate(yyyymmdd: string): boolean {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function compactToday(today: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !isCompactCalendarDate(today.replaceAll('-', ''))) {
    throw new TypeError(`today must be a calendar date YYYY-MM-DD, got "${today}"`);
  }
  return today.replaceAll('-', '');
}

function dashed(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/** Every problem of an ID number at once; empty when valid. The value is normalised first. */
export function idNumberIssues(value: string, options: IdNumberOptions = {}): Issue[] {
  const path = options.path ?? '/idNumber';
  const id = normalizeIdNumber(value);
  if (id === '') {
    return [issue(path, 'idNumber.required', text('请填写身份证号。', 'Enter the resident ID number.'))];
  }
  const problems: Issue[] = [];
  if (id.length !== 18) {
    problems.push(
      /^\d{15}$/.test(id)
        ? issue(
            path,
            'idNumber.first_generation',
            text(
              '这是已停止使用的 15 位旧身份证号，请填写 18 位的居民身份证号码。',
              'This is a 15-digit first-generation ID number, which is no longer valid; enter the 18-character number of the current card.',
            ),
          )
        : issue(
            path,
            'idNumber.length',
            text(
              '身份证号应为 18 位（17 位数字加 1 位校验码，校验码可为 X），现为 {n} 位，请对照证件核对。',
              'A resident ID number has 18 characters (17 digits and a check character, which may be X); this one has {n}. Please compare it with the card.',
              { n: id.length },
            ),
          ),
    );
    return problems;
  }

  const badPositions = [...id].flatMap((ch, i) => ((i < 17 ? /\d/ : /[\dX]/).test(ch) ? [] : [i + 1]));
  if (badPositions.length > 0) {
    problems.push(
      issue(
        path,
        'idNumber.characters',
        text(
          '身份证号第 {zh} 位有不允许的字符：前 17 位只能是数字，第 18 位只能是数字或 X。',
          'The ID number has a character that is not allowed at position {en}: the first 17 must be digits, the 18th a digit or X.',
          { zh: badPositions.join('、'), en: badPositions.join(', ') },
        ),
      ),
    );
  }

  const province = id.slice(0, 2);
  if (/^\d{2}$/.test(province) && !isProvinceCode(province) && !RESIDENCE_PERMIT_PREFIXES.has(province)) {
    problems.push(
      issue(
        path,
        'idNumber.region',
        text(
          '身份证号前两位“{code}”不是有效的省级行政区划代码，请核对号码开头。',
          'The first two digits "{code}" of the ID number are not a province code; please check the beginning of the number.',
          { code: province },
        ),
      ),
    );
  }

  const birth = id.slice(6, 14);
  if (/^\d{8}$/.test(birth)) {
    if (!isCompactCalendarDate(birth) || Number(birth.slice(0, 4)) < EARLIEST_BIRTH_YEAR) {
      problems.push(
        issue(
          path,
          'idNumber.birth_date',
          text(
            '身份证号第 7–14 位的出生日期“{date}”不是有效日期，请核对。',
            'Positions 7–14 of the ID number, the birth date "{date}", are not a valid date; please check them.',
            { date: birth },
          ),
        ),
      );
    } else if (options.today !== undefined && birth > compactToday(options.today)) {
      problems.push(
        issue(
          path,
          'idNumber.birth_date_future',
          text(
            '身份证号中的出生日期 {date} 晚于今天（{today}），请核对第 7–14 位。',
            'The birth date {date} in the ID number is after today ({today}); please check positions 7–14.',
            { date: dashed(birth), today: options.today },
          ),
        ),
      );
    }
  }

  if (badPositions.length === 0 && idNumberCheckCharacter(id.slice(0, 17)) !== id.charAt(17)) {
    problems.push(
      issue(
        path,
        'idNumber.check_character',
        text(
          '身份证号校验码（第 18 位）不符，号码中可能有数字抄错，请与证件逐位核对。',
          'The check character (18th) of the ID number does not match: a digit may have been mistyped. Please compare it with the card digit by digit.',
        ),
      ),
    );
  }
  return problems;
}

/** 是否为有效的身份证号。 */
export function isValidIdNumber(value: string, options: Omit<IdNumberOptions, 'path'> = {}): boolean {
  return idNumberIssues(value, options).length === 0;
}

/** What a valid ID number says about its holder (for once-only form filling). */
export interface IdNumberFacts {
  /** 地址码（发证时的县级行政区划代码） */
  regionCode: string;
  /** 出生日期 YYYY-MM-DD */
  birthDate: string;
  sex: 'male' | 'female';
}

/** 读出地址码、出生日期、性别；无效号码返回 undefined。 */
export function readIdNumber(value: string): IdNumberFacts | undefined {
  const id = normalizeIdNumber(value);
  if (!isValidIdNumber(id)) return undefined;
  return {
    regionCode: id.slice(0, 6),
    birthDate: dashed(id.slice(6, 14)),
    sex: Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female',
  };
}
