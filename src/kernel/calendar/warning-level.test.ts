import { describe, expect, it } from 'vitest';
import { DEFAULT_WARNING_THRESHOLDS, warningLevel, warningThresholds } from './warning-level.js';

describe('warningLevel', () => {
  it.each([
    [10, 20, false, 'green'],
    [5, 20, false, 'green'],
    [4, 20, false, 'yellow'], // 20% of 20
    [2, 5, false, 'green'],
    [1, 5, false, 'yellow'], // ≤ 1 day
    [0, 5, false, 'yellow'], // the deadline day
    [0, 0, false, 'yellow'], // 即办件 on its day
    [0, 5, true, 'red'],
    [3, 5, true, 'red'],
  ] as const)('%i of %i left, overdue %s → %s', (remainingWorkdays, limitDays, overdue, level) => {
    expect(warningLevel({ remainingWorkdays, limitDays, overdue })).toBe(level);
  });

  it('takes configured thresholds and refuses nonsense ones', () => {
    expect(warningLevel({ remainingWorkdays: 3, limitDays: 20, overdue: false }, { yellowWithinDays: 3 })).toBe('yellow');
    expect(warningLevel({ remainingWorkdays: 4, limitDays: 20, overdue: false }, { yellowWithinRatio: 0 })).toBe('green');
    expect(warningThresholds()).toBe(DEFAULT_WARNING_THRESHOLDS);
    expect(() => warningThresholds({ yellowWithinDays: -1, yellowWithinRatio: 1.5 })).toThrow(
      /yellowWithinDays.*yellowWithinRatio/,
    );
  });
});
