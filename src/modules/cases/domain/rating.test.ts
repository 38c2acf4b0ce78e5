import { describe, expect, it } from 'vitest';
import { AppError } from '../../../kernel/errors/index.js';
import { checkRatable, isSatisfied, ratingCommentIssues } from './rating.js';

describe('好差评 rules', () => {
  it('counts 基本满意 and better as satisfied', () => {
    expect([5, 4, 3, 2, 1].map((l) => isSatisfied(l as 1 | 2 | 3 | 4 | 5))).toEqual([true, true, true, false, false]);
  });

  it('asks for the reason of a 差评 only', () => {
    expect(ratingCommentIssues(5, undefined)).toEqual([]);
    expect(ratingCommentIssues(3, '')).toEqual([]);
    expect(ratingCommentIssues(2, '  ').map((i) => i.path)).toEqual(['/comment']);
    expect(ratingCommentIssues(1, undefined)[0]?.code).toBe('rating.reason_required');
    expect(ratingCommentIssues(1, '等候时间太长')).toEqual([]);
  });

  it('rates only completed cases, once', () => {
    expect(() => checkRatable('accepted', false)).toThrow(expect.objectContaining({ code: 'rating.not_completed' }) as AppError);
    expect(() => checkRatable('delivered', true)).toThrow(expect.objectContaining({ code: 'rating.duplicate' }) as AppError);
    expect(() => checkRatable('completed', false)).not.toThrow();
  });
});
