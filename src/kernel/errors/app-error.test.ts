import { describe, expect, it } from 'vitest';
import { isConflict, text } from './app-error.js';
import { errors } from './factories.js';

describe('isConflict', () => {
  it('is true for a 409 application error only', () => {
    expect(isConflict(errors.conflict('case.version_conflict', text('已被他人更新。', 'Updated by someone else.')))).toBe(true);
    expect(isConflict(errors.notFound('办件', 'x'))).toBe(false);
    expect(isConflict(Object.assign(new Error('conflict'), { kind: 'conflict' }))).toBe(false);
    expect(isConflict(null)).toBe(false);
  });
});
