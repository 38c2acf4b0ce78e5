import { describe, expect, it } from 'vitest';
import { progressBar, progressLine } from './progress.js';

describe('progress', () => {
  it('shows the share, counts, rate and time left', () => {
    expect(progressLine('导入 importing', 250_000, 1_000_000, undefined, 10_000)).toBe(
      '导入 importing  [########----------------------] 25%  250,000/1,000,000 行 rows  25,000 行/秒 rows/s  ETA 00:30',
    );
    expect(progressLine('校验 validating', 10, null, undefined, 500)).toBe('校验 validating  10 行 rows');
  });

  it('prints plain lines at most every interval when not on a terminal, and always the last one', () => {
    let t = 0;
    const out: string[] = [];
    const stream = { isTTY: false, write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream;
    const bar = progressBar(stream, () => t, 5_000);
    bar.update('x', 1, 10);
    t = 1_000;
    bar.update('x', 2, 10);
    t = 6_000;
    bar.update('x', 5, 10);
    t = 7_000;
    bar.update('x', 10, 10);
    expect(out).toHaveLength(3);
    expect(out.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true);
  });
});
