import { MASK_CHARACTER } from './mask.js';

/**
 * 姓名遮盖，长度不变。
 *
 * - 中文姓名：一字全遮；两字留姓（张三 → 张*）；三字及以上留首尾（张小三 → 张*三，欧阳小明 → 欧**明）。
 *   间隔号（阿卜杜拉·买买提 → 阿***·**提）和空格原样保留。
 * - 拉丁字母姓名：每个词只留首字母（John Smith → J*** S****）；只有一个字母时全遮。
 */
export function maskName(value: string): string {
  const chars = Array.from(value);
  return chars.some((ch) => HAN.test(ch)) ? maskChineseName(chars) : maskLatinName(chars);
}

const HAN = /\p{Script=Han}/u;
/** 间隔号、空格、连字符、撇号、点：不算姓名的字，原样保留。 */
const SEPARATOR = /[\s·•・.\-'’]/u;

function maskChineseName(chars: string[]): string {
  const letters = chars.flatMap((ch, i) => (SEPARATOR.test(ch) ? [] : [i]));
  const first = letters[0];
  const last = letters.length >= 3 ? letters[letters.length - 1] : undefined;
  const visible = new Set(letters.length >= 2 ? [first, last] : []);
  return chars.map((ch, i) => (SEPARATOR.test(ch) || visible.has(i) ? ch : MASK_CHARACTER)).join('');
}

function maskLatinName(chars: string[]): string {
  const letterCount = chars.filter((ch) => !SEPARATOR.test(ch)).length;
  let atWordStart = true;
  return chars
    .map((ch) => {
      if (SEPARATOR.test(ch)) {
        atWordStart = true;
        return ch;
      }
      const visible = atWordStart && letterCount > 1;
      atWordStart = false;
      return visible ? ch : MASK_CHARACTER;
    })
    .join('');
}
