import { issue, text, type Issue } from '../errors/index.js';
import { isProvinceCode } from './provinces.js';

/**
 * 行政区划代码（GB/T 2260 的 6 位；统计用区划代码的 9 位乡级、12 位村级）。
 *
 * `PP CC DD` province, city (地级), county (县级); then `TTT` township (乡镇街道) and `VVV` village
 * (村居委会). A level coded zero is absent, so everything below it is zero too — with one
 * exception: cities without counties (东莞 441900, 中山 442000, 儋州 460400 …) number their
 * townships directly, with county `00`. The 12-digit statistical form pads higher levels with
 * zeros (`330102000000` is the county 330102).
 */

export type RegionCodeLevel = 'province' | 'city' | 'county' | 'township' | 'village';
export type RegionCodeLength = 6 | 9 | 12;

export interface RegionCodeOptions {
  /** Where the code sits in the input, for the issues; default `/regionCode`. */
  path?: string;
  /** Accepted lengths; default all of 6, 9 and 12. */
  lengths?: readonly RegionCodeLength[];
}

const LENGTH_NAMES: Record<RegionCodeLength, { zh: string; en: string }> = {
  6: { zh: '6 位（县级及以上）', en: '6 (county and above)' },
  9: { zh: '9 位（乡镇街道）', en: '9 (township)' },
  12: { zh: '12 位（村居）', en: '12 (village)' },
};

function parts(code: string): { province: string; city: string; county: string; township: string; village: string } {
  return {
    province: code.slice(0, 2),
    city: code.slice(2, 4),
    county: code.slice(4, 6),
    township: code.slice(6, 9).padEnd(3, '0'),
    village: code.slice(9, 12).padEnd(3, '0'),
  };
}

/** Every problem of a region code at once; empty when valid. */
export function regionCodeIssues(value: string, options: RegionCodeOptions = {}): Issue[] {
  const path = options.path ?? '/regionCode';
  const lengths = options.lengths ?? [6, 9, 12];
  const code = value.normalize('NFKC').trim();
  if (code === '') {
    return [issue(path, 'regionCode.required', text('请填写行政区划代码。', 'Enter the administrative region code.'))];
  }
  if (!/^\d+$/.test(code) || !lengths.some((n) => n === code.length)) {
    return [
      issue(
        path,
        'regionCode.format',
        text(
          '行政区划代码“{code}”格式不对：应为 {zh}数字。',
          'The region code "{code}" is malformed: it has {en} digits.',
          {
            code,
            zh: lengths.map((n) => LENGTH_NAMES[n].zh).join('或'),
            en: lengths.map((n) => LENGTH_NAMES[n].en).join(' or '),
          },
        ),
      ),
    ];
  }
  const problems: Issue[] = [];
  const p = parts(code);
  if (!isProvinceCode(p.province)) {
    problems.push(
      issue(
        path,
        'regionCode.province',
        text(
          '行政区划代码“{code}”的前两位“{province}”不是省级代码，请核对。',
          'The first two digits "{province}" of region code "{code}" are not a province code; please check them.',
          { code, province: p.province },
        ),
      ),
    );
  }
  const cityAbsentButLowerPresent = p.city === '00' && /[1-9]/.test(code.slice(4));
  const townshipAbsentButVillagePresent = p.township === '000' && p.village !== '000';
  if (cityAbsentButLowerPresent || townshipAbsentButVillagePresent) {
    problems.push(
      issue(
        path,
        'regionCode.structure',
        text(
          '行政区划代码“{code}”的层级不连贯：{zh}为 0 时，其下各级也应为 0，请核对。',
          'Region code "{code}" skips a level: where the {en} part is zero, every part below it must be zero too.',
          {
            code,
            zh: cityAbsentButLowerPresent ? '第 3–4 位（地市级）' : '第 7–9 位（乡镇级）',
            en: cityAbsentButLowerPresent ? 'city (digits 3–4)' : 'township (digits 7–9)',
          },
        ),
      ),
    );
  }
  return problems;
}

export function isValidRegionCode(value: string, options: Omit<RegionCodeOptions, 'path'> = {}): boolean {
  return regionCodeIssues(value, options).length === 0;
}

/** 区划代码表示的层级（按非零部分判断）；无效代码返回 undefined。 */
export function regionCodeLevel(code: string): RegionCodeLevel | undefined {
  if (!isValidRegionCode(code)) return undefined;
  const p = parts(code);
  if (p.village !== '000') return 'village';
  if (p.township !== '000') return 'township';
  if (p.county !== '00') return 'county';
  if (p.city !== '00') return 'city';
  return 'province';
}
