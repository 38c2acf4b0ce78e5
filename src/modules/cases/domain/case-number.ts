import { randomInt } from 'node:crypto';
import { issue, text, type Issue } from '../../../kernel/errors/index.js';

/**
 * Case numbers (办件编号) are readable and unique per center:
 *   `{regionCode}{centerNo}-{yyyymmdd}-{sequence}`, e.g. `33109901-20250930-00042`
 * - regionCode: the center's 行政区划代码 (6, 9 or 12 digits);
 * - centerNo: two digits telling apart centers in the same region (county center 01, branch hall 02 …);
 * - yyyymmdd: the China date of receipt; sequence: that center's count of the day, 5 digits.
 */
export function formatCaseNumber(parts: { regionCode: string; centerNo: number; date: string; sequence: number }): string {
  return `${parts.regionCode}${String(parts.centerNo).padStart(2, '0')}-${parts.date.replaceAll('-', '')}-${String(parts.sequence).padStart(5, '0')}`;
}

const CASE_NUMBER = /^(\d{6}|\d{9}|\d{12})(\d{2})-(\d{8})-(\d{5,})$/;

export function parseCaseNumber(value: string): { regionCode: string; centerNo: number; date: string; sequence: number } | null {
  const m = CASE_NUMBER.exec(value.trim());
  if (!m) return null;
  const [, regionCode, centerNo, ymd, sequence] = m as unknown as [string, string, string, string, string];
  return { regionCode, centerNo: Number(centerNo), date: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6)}`, sequence: Number(sequence) };
}

export function caseNumberIssues(value: string, path = '/caseNo'): Issue[] {
  return parseCaseNumber(value)
    ? []
    : [
        issue(
          path,
          'case_no.format',
          text('办件编号格式不对，应如 33109901-20250930-00042（见受理回执）。', 'Malformed case number; it looks like 33109901-20250930-00042 (see the receipt).'),
        ),
      ];
}

/**
 * The query code (查询码) printed on the receipt: 6 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), so it can be read out on the phone. With the case number it opens the progress page.
 */
const QUERY_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function newQueryCode(random: (max: number) => number = randomInt): string {
  return Array.from({ length: 6 }, () => QUERY_ALPHABET[random(QUERY_ALPHABET.length)]).join('');
}

export function normalizeQueryCode(value: string): string {
  return value.trim().toUpperCase().replace(/\s+/g, '');
}
