/**
 * 代码类输入的统一清洗：全角转半角（NFKC），去掉所有空白，字母转大写。
 * Codes are typed by hand and pasted from documents; this removes what a person would not count
 * as part of the code.
 */
export function compactCode(value: string): string {
  return value.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
}
