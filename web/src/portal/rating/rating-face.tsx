import type { RatingLevel } from '../../shared/progress-labels.js';

/** Mouth curvature per level: a wide smile for 非常满意 down to a deep frown for 非常不满意. */
const MOUTH: Record<RatingLevel, number> = { 5: 9, 4: 5, 3: 0, 2: -5, 1: -9 };

/** A face for a rating level, drawn inline (no icon font or emoji font needed on the pad). */
export function RatingFace({ level, size = 40 }: { level: RatingLevel; size?: number }) {
  const curve = MOUTH[level];
  return (
    <svg className="ow-rating-face" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true">
      <circle cx="24" cy="24" r="21" fill="currentColor" opacity="0.14" />
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="17" cy="19" r="2.6" fill="currentColor" />
      <circle cx="31" cy="19" r="2.6" fill="currentColor" />
      <path d={`M14 ${31 - curve / 2} Q24 ${31 + curve} 34 ${31 - curve / 2}`} fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
