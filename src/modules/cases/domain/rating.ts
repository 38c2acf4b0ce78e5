import { errors, issue, text, type Issue } from '../../../kernel/errors/index.js';
import type { LocalizedText } from '../../../kernel/i18n/locale.js';
import type { CaseState } from './lifecycle.js';

/** 好差评: five levels, 5 = 非常满意 … 1 = 非常不满意. */
export type RatingLevel = 1 | 2 | 3 | 4 | 5;

export const RATING_LABELS: Record<RatingLevel, LocalizedText> = {
  5: { 'zh-CN': '非常满意', 'en-US': 'Very satisfied' },
  4: { 'zh-CN': '满意', 'en-US': 'Satisfied' },
  3: { 'zh-CN': '基本满意', 'en-US': 'Fairly satisfied' },
  2: { 'zh-CN': '不满意', 'en-US': 'Dissatisfied' },
  1: { 'zh-CN': '非常不满意', 'en-US': 'Very dissatisfied' },
};

/** Where the rating was given. */
export type RatingChannel = 'portal' | 'qr' | 'pad';

/** 满意 for the satisfaction rate: 非常满意, 满意, 基本满意. 不满意 and 非常不满意 are 差评 and open a rectification. */
export function isSatisfied(level: RatingLevel): boolean {
  return level >= 3;
}

/** A case can be rated once, after completion. */
export function checkRatable(state: CaseState, alreadyRated: boolean): void {
  if (!['completed', 'delivered'].includes(state)) {
    throw errors.rule('rating.not_completed', text('办结后才能评价。', 'A case can be rated once it is completed.'));
  }
  if (alreadyRated) throw errors.conflict('rating.duplicate', text('该办件已评价过，每件只能评价一次。', 'This case has been rated already; one rating per case.'));
}

/** Shortest reason accepted with a 差评 (不满意, 非常不满意), in characters. */
export const BAD_RATING_REASON_MIN = 2;

/**
 * Like the national 好差评 system, a 差评 must say why (it opens a rectification, and the
 * department answers the reason); good ratings may add a comment. Returns the issues, if any.
 */
export function ratingCommentIssues(level: RatingLevel, comment: string | undefined): Issue[] {
  if (isSatisfied(level)) return [];
  if ((comment ?? '').trim().length >= BAD_RATING_REASON_MIN) return [];
  return [issue('/comment', 'rating.reason_required', text('选择“不满意”或“非常不满意”时，请写明原因，以便整改。', 'Please say why you are dissatisfied, so that it can be put right.'))];
}
