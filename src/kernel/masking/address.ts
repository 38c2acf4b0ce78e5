import { MASK_CHARACTER } from './mask.js';

/**
 * 地址遮盖：行政区划部分（省、市、县区、乡镇街道）可见，其后的村、路、门牌等全部遮盖，长度不变。
 * `浙江省杭州市西湖区文三路100号` → `浙江省杭州市西湖区*******`.
 *
 * The visible prefix is a run of at most four region names, each ending in a region suffix and
 * each of a lower level than the one before (so a 小区 after a 区 does not count). An address
 * without a recognisable region keeps at most its first three characters, and never more than a
 * third of its length.
 */
export function maskAddress(value: string): string {
  const chars = Array.from(value);
  const visible = Array.from(regionPrefix(value)).length || Math.min(3, Math.floor(chars.length / 3));
  return chars.map((ch, i) => (i < visible || /\s/u.test(ch) ? ch : MASK_CHARACTER)).join('');
}

/** 行政区划后缀及其层级：1 省级，2 地级，3 县级，4 乡级。`市` is a city or, after one, a county-level city. */
const SUFFIX_LEVELS: ReadonlyArray<readonly [string, number]> = [
  ['特别行政区', 1],
  ['自治区', 1],
  ['省', 1],
  ['自治州', 2],
  ['地区', 2],
  ['盟', 2],
  ['州', 2],
  ['市', 2],
  ['自治县', 3],
  ['自治旗', 3],
  ['区', 3],
  ['县', 3],
  ['旗', 3],
  ['街道', 4],
  ['苏木', 4],
  ['镇', 4],
  ['乡', 4],
];
/** A region name: up to 10 Han characters, lazily, then a suffix (州 not when 市 or 省 follows: 杭州市, 贵州省). */
const SEGMENT = new RegExp(
  `^\\p{Script=Han}{1,10}?(${SUFFIX_LEVELS.map(([suffix]) => (suffix === '州' ? '州(?![市省])' : suffix)).join('|')})`,
  'u',
);
const LEVEL = new Map(SUFFIX_LEVELS);

/** 地址开头的行政区划部分。 */
export function regionPrefix(address: string): string {
  let rest = address;
  let prefix = '';
  let level = 0;
  for (let segments = 0; segments < 4; segments++) {
    const match = SEGMENT.exec(rest);
    const suffix = match?.[1];
    if (!match || suffix === undefined) break;
    const base = LEVEL.get(suffix) ?? 5;
    const segmentLevel = suffix === '市' && level === 2 ? 3 : base;
    if (segmentLevel <= level) break;
    level = segmentLevel;
    prefix += match[0];
    rest = rest.slice(match[0].length);
  }
  return prefix;
}
