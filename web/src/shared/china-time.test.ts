import { describe, expect, it } from 'vitest';
import { chinaDate, chinaTime } from './china-time.js';

describe('China time', () => {
  it('shows an instant on the center\'s clock, whatever the browser\'s zone', () => {
    expect(chinaTime('2026-03-01T17:30:05.000Z')).toBe('2026-03-02 01:30');
    expect(chinaTime('2026-03-01T17:30:05.000Z', { seconds: true })).toBe('2026-03-02 01:30:05');
    expect(chinaDate('2026-12-31T16:00:00.000Z')).toBe('2027-01-01');
  });
});
