/**
 * 遮盖的共同规则：逐字符（按码点）替换为 `*`，长度不变；不计入的字符（空格、连字符等）原样保留。
 * Masking never shortens or lengthens a value, so a masked value still lines up in tables and
 * on the public screens.
 */
export const MASK_CHARACTER = '*';

export interface MaskInPlaceOptions {
  /** Significant characters to keep visible at the start. */
  keepStart: number;
  /** Significant characters to keep visible at the end. */
  keepEnd: number;
  /** Which characters count (and may be masked); the others stay as they are. Default: not whitespace. */
  counts?: (ch: string) => boolean;
}

const notWhitespace = (ch: string): boolean => !/\s/u.test(ch);

/**
 * Masks the significant characters between the first `keepStart` and the last `keepEnd`.
 * When there are not more significant characters than that, all of them are masked.
 */
export function maskInPlace(value: string, options: MaskInPlaceOptions): string {
  const counts = options.counts ?? notWhitespace;
  const chars = Array.from(value);
  const total = chars.filter(counts).length;
  const showAll = total <= options.keepStart + options.keepEnd;
  let index = 0;
  return chars
    .map((ch) => {
      if (!counts(ch)) return ch;
      const i = index++;
      const visible = !showAll && (i < options.keepStart || i >= total - options.keepEnd);
      return visible ? ch : MASK_CHARACTER;
    })
    .join('');
}

/** Masks every significant character. */
export function maskAll(value: string, counts: (ch: string) => boolean = notWhitespace): string {
  return Array.from(value)
    .map((ch) => (counts(ch) ? MASK_CHARACTER : ch))
    .join('');
}
