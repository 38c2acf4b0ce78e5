import { issue, text, type Issue } from '../errors/index.js';
import { compactCode } from './normalize.js';
import { isProvinceCode } from './provinces.js';

/**
 * 统一社会信用代码（GB 32100-2015）。
 *
 * | position | meaning |
 * |---|---|
 * | 1 | 登记管理部门代码 registration authority |
 * | 2 | 机构类别代码 type of organisation, per authority |
 * | 3–8 | 登记管理机关行政区划码 (`100000` for central-level registrations) |
 * | 9–17 | 主体标识码 = 组织机构代码 (GB 11714): 8 characters and a check character at 17 |
 * | 18 | 校验码, MOD 31 over positions 1–17 |
 *
 * The alphabet is 0–9 and the capital letters without I O Z S V (31 characters).
 */

/** 代码字符集，字符的值即其下标。 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 前 17 位的加权因子 Wi = 3^(i−1) mod 31. */
const WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);
/** GB 11714 组织机构代码本体 8 位的加权因子。 */
const ORG_WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

/** 登记管理部门及其机构类别（GB 32100-2015 附录 A，含其后增设的 A 军队、N 农业）。 */
export const CREDIT_CODE_AUTHORITIES: Readonly<Record<string, { name: string; types: Readonly<Record<string, string>> }>> = {
  '1': { name: '机构编制', types: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' } },
  '2': { name: '外交', types: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    name: '司法行政',
    types: { '1': '律师执业机构', '2': '公证处', '3': '基层法律服务所', '4': '司法鉴定机构', '5': '仲裁委员会', '9': '其他' },
  },
  '4': { name: '文化', types: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { name: '民政', types: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': { name: '旅游', types: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' } },
  '7': { name: '宗教', types: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { name: '工会', types: { '1': '基层工会', '9': '其他' } },
  '9': { name: '工商（市场监管）', types: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { name: '中央军委改革和编制办公室', types: { '1': '军队事业单位', '9': '其他' } },
  N: { name: '农业', types: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' } },
  Y: { name: '其他', types: { '1': '其他' } },
};

export interface CreditCodeOptions {
  /** Where the code sits in the input, for the issues; default `/creditCode`. */
  path?: string;
}

/** 清洗：全角转半角、去空白、转大写。 */
export function normalizeCreditCode(value: string): string {
  return compactCode(value);
}

function alphabetValue(ch: string): number {
  return CREDIT_CODE_ALPHABET.indexOf(ch);
}

/** GB 11714 的字符值：数字取其值，字母 A=10 … Z=35。 */
function orgValue(ch: string): number {
  return /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
}

function assertAlphabet(value: string, length: number, what: string): void {
  if (value.length !== length || [...value].some((ch) => alphabetValue(ch) < 0)) {
    throw new TypeError(`${what} needs ${length} characters from the credit code alphabet, got "${value}"`);
  }
}

/** 组织机构代码校验码（GB 11714）：`body8` 为主体标识码前 8 位。 */
export function orgCodeCheckCharacter(body8: string): string {
  assertAlphabet(body8, 8, 'orgCodeCheckCharacter');
  const sum = [...body8].reduce((acc, ch, i) => acc + orgValue(ch) * (ORG_WEIGHTS[i] ?? 0), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** 统一社会信用代码校验码（第 18 位）：`first17` 为前 17 位。 */
export function creditCodeCheckCharacter(first17: string): string {
  assertAlphabet(first17, 17, 'creditCodeCheckCharacter');
  const sum = [...first17].reduce((acc, ch, i) => acc + alphabetValue(ch) * (WEIGHTS[i] ?? 0), 0);
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * 由前 16 位（登记管理部门、机构类别、区划码、主体标识码本体 8 位）补齐两个校验字符，
 * 得到完整代码（用于测试数据和演示数据）。
 */
export function completeCreditCode(first16: string): string {
  assertAlphabet(first16, 16, 'completeCreditCode');
  const first17 = first16 + orgCodeCheckCharacter(first16.slice(8, 16));
  return first17 + creditCodeCheckCharacter(first17);
}

const CONFUSABLE: Readonly<Record<string, string>> = { I: '1', O: '0', Z: '2', S: '5', V: 'U' };

/** Every problem of a unified social credit code at once; empty when valid. */
export function creditCodeIssues(value: string, options: CreditCodeOptions = {}): Issue[] {
  const path = options.path ?? '/creditCode';
  const code = normalizeCreditCode(value);
  if (code === '') {
    return [issue(path, 'creditCode.required', text('请填写统一社会信用代码。', 'Enter the unified social credit code.'))];
  }
  if (code.length !== 18) {
    return [
      issue(
        path,
        'creditCode.length',
        text(
          '统一社会信用代码应为 18 位，现为 {n} 位，请对照营业执照或登记证书核对。',
          'A unified social credit code has 18 characters; this one has {n}. Please compare it with the licence or registration certificate.',
          { n: code.length },
        ),
      ),
    ];
  }
  const problems: Issue[] = [];
  const bad = [...code].flatMap((ch, i) => (alphabetValue(ch) < 0 ? [{ ch, position: i + 1 }] : []));
  if (bad.length > 0) {
    const guesses = bad.flatMap(({ ch, position }) => {
      const likely = CONFUSABLE[ch];
      return likely ? [{ position, likely }] : [];
    });
    const zhGuess = guesses.map((g) => `第 ${g.position} 位可能应为 ${g.likely}`).join('，');
    const enGuess = guesses.map((g) => `position ${g.position} is probably ${g.likely}`).join(', ');
    problems.push(
      issue(
        path,
        'creditCode.characters',
        text(
          '统一社会信用代码第 {zh} 位有不允许的字符：代码只用数字和除 I、O、Z、S、V 以外的大写字母{zhGuess}。',
          'The credit code has a character that is not allowed at position {en}: only digits and capital letters other than I, O, Z, S, V are used{enGuess}.',
          {
            zh: bad.map((b) => b.position).join('、'),
            en: bad.map((b) => b.position).join(', '),
            zhGuess: zhGuess ? `（${zhGuess}）` : '',
            enGuess: enGuess ? ` (${enGuess})` : '',
          },
        ),
      ),
    );
  }
  const valid = (from: number, to: number): boolean => !bad.some((b) => b.position >= from && b.position <= to);

  const authority = CREDIT_CODE_AUTHORITIES[code.charAt(0)];
  if (valid(1, 1) && !authority) {
    problems.push(
      issue(
        path,
        'creditCode.authority',
        text(
          '统一社会信用代码第 1 位“{ch}”不是登记管理部门代码（应为 1–9、A、N 或 Y），请核对。',
          'The 1st character "{ch}" of the credit code is not a registration-authority code (1–9, A, N or Y); please check it.',
          { ch: code.charAt(0) },
        ),
      ),
    );
  } else if (authority && valid(2, 2) && !Object.hasOwn(authority.types, code.charAt(1))) {
    problems.push(
      issue(
        path,
        'creditCode.type',
        text(
          '统一社会信用代码第 2 位“{ch}”不是{authority}登记的机构类别（可为 {allowed}），请核对。',
          'The 2nd character "{ch}" of the credit code is not an organisation type of its registration authority (allowed: {allowed}); please check it.',
          { ch: code.charAt(1), authority: authority.name, allowed: Object.keys(authority.types).join('/') },
        ),
      ),
    );
  }

  const region = code.slice(2, 8);
  if (valid(3, 8) && !(/^\d{6}$/.test(region) && (isProvinceCode(region.slice(0, 2)) || region === '100000'))) {
    problems.push(
      issue(
        path,
        'creditCode.region',
        text(
          '统一社会信用代码第 3–8 位“{region}”不是有效的行政区划码，请核对。',
          'Positions 3–8 of the credit code, "{region}", are not a valid administrative region code; please check them.',
          { region },
        ),
      ),
    );
  }

  if (valid(9, 17) && orgCodeCheckCharacter(code.slice(8, 16)) !== code.charAt(16)) {
    problems.push(
      issue(
        path,
        'creditCode.org_check',
        text(
          '统一社会信用代码第 9–17 位（组织机构代码）的校验位不符，其中可能有字符抄错，请与证照逐位核对。',
          'The organisation code in positions 9–17 of the credit code fails its check: a character may have been mistyped. Please compare it with the licence.',
        ),
      ),
    );
  }
  if (bad.length === 0 && creditCodeCheckCharacter(code.slice(0, 17)) !== code.charAt(17)) {
    problems.push(
      issue(
        path,
        'creditCode.check_character',
        text(
          '统一社会信用代码的校验码（第 18 位）不符，代码中可能有字符抄错，请与证照逐位核对。',
          'The check character (18th) of the credit code does not match: a character may have been mistyped. Please compare it with the licence.',
        ),
      ),
    );
  }
  return problems;
}

/** 是否为有效的统一社会信用代码。 */
export function isValidCreditCode(value: string): boolean {
  return creditCodeIssues(value).length === 0;
}
