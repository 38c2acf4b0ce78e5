import { requireAll } from './checked.js';
import { checkDayCount, checkRatio } from './validate.js';

/**
 * The warning light of a case (预警): green while time is ample, yellow near the deadline,
 * red once overdue (超期). Yellow comes when at most `yellowWithinDays` working days remain,
 * or at most `yellowWithinRatio` of the limit — whichever comes first. The deadline day itself
 * (0 remaining) is yellow, and so is a 即办件 on its day of acceptance.
 */
export type WarningLevel = 'green' | 'yellow' | 'red';

export interface WarningThresholds {
  /** Yellow when at most this many working days remain (default 1). */
  yellowWithinDays: number;
  /** Yellow when at most this share of the limit remains (default 0.2). */
  yellowWithinRatio: number;
}

export const DEFAULT_WARNING_THRESHOLDS: Readonly<WarningThresholds> = Object.freeze({
  yellowWithinDays: 1,
  yellowWithinRatio: 0.2,
});

/** The thresholds with defaults filled in; throws `invalid` for a negative count or a ratio outside 0..1. */
export function warningThresholds(partial: Partial<WarningThresholds> = {}): WarningThresholds {
  if (partial.yellowWithinDays === undefined && partial.yellowWithinRatio === undefined) return DEFAULT_WARNING_THRESHOLDS;
  return requireAll({
    yellowWithinDays: checkDayCount(partial.yellowWithinDays ?? DEFAULT_WARNING_THRESHOLDS.yellowWithinDays, '/yellowWithinDays'),
    yellowWithinRatio: checkRatio(partial.yellowWithinRatio ?? DEFAULT_WARNING_THRESHOLDS.yellowWithinRatio, '/yellowWithinRatio'),
  });
}

export function warningLevel(
  clock: { remainingWorkdays: number; limitDays: number; overdue: boolean },
  thresholds?: Partial<WarningThresholds>,
): WarningLevel {
  if (clock.overdue) return 'red';
  const { yellowWithinDays, yellowWithinRatio } = warningThresholds(thresholds);
  const near = clock.remainingWorkdays <= yellowWithinDays || clock.remainingWorkdays <= yellowWithinRatio * clock.limitDays;
  return near ? 'yellow' : 'green';
}
