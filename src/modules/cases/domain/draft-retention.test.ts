import { describe, expect, it } from 'vitest';
import { DRAFT_KEEP_DAYS, draftsAbandonedBefore } from './draft-retention.js';

describe('draftsAbandonedBefore', () => {
  it('is the instant DRAFT_KEEP_DAYS whole days before now', () => {
    expect(DRAFT_KEEP_DAYS).toBe(90);
    expect(draftsAbandonedBefore(new Date('2026-11-22T04:00:00.000Z'))).toBe('2026-08-24T04:00:00.000Z');
  });
});
