import { describe, expect, it } from 'vitest';
import { padMayRate, padTokenHash, servedAt, servedSince, shouldTouch } from './rating-pad.js';

const now = new Date('2026-03-02T02:00:00.000Z');
const served = (minutesAgo: number, extra: Partial<{ window_id: string | null; state: string; delivered: boolean }> = {}) => {
  const at = new Date(now.getTime() - minutesAgo * 60_000).toISOString();
  return {
    window_id: extra.window_id === undefined ? 'w1' : extra.window_id,
    state: extra.state ?? 'completed',
    completed_at: extra.delivered ? '2026-03-01T01:00:00.000Z' : at,
    delivered_at: extra.delivered ? at : null,
  };
};

describe('rating pad rules', () => {
  it('stores a hash, not the token, and the same token always gives the same hash', () => {
    expect(padTokenHash('abc')).toMatch(/^[0-9a-f]{64}$/);
    expect(padTokenHash('abc')).toBe(padTokenHash('abc'));
    expect(padTokenHash('abc')).not.toBe(padTokenHash('abd'));
  });

  it('takes the delivery as the serving time when there is one', () => {
    expect(servedAt({ completed_at: 'c', delivered_at: 'd' })).toBe('d');
    expect(servedAt({ completed_at: 'c', delivered_at: null })).toBe('c');
    expect(servedSince(now)).toBe('2026-03-02T01:30:00.000Z');
  });

  it('lets the pad rate a case served at its window within 30 minutes', () => {
    expect(padMayRate(served(5), 'w1', now)).toBeNull();
    expect(padMayRate(served(30), 'w1', now)).toBeNull();
    expect(padMayRate(served(5, { delivered: true, state: 'delivered' }), 'w1', now)).toBeNull();
  });

  it('refuses other windows, old cases and unfinished ones', () => {
    expect(padMayRate(served(5), 'w2', now)).toBe('other_window');
    expect(padMayRate(served(5, { window_id: null }), 'w1', now)).toBe('other_window');
    expect(padMayRate(served(31), 'w1', now)).toBe('too_late');
    expect(padMayRate(served(120), 'w1', now)).toBe('too_late');
    expect(padMayRate({ window_id: 'w1', state: 'decided', completed_at: null, delivered_at: null }, 'w1', now)).toBe('not_served');
  });

  it('writes the heartbeat at most once a minute', () => {
    expect(shouldTouch(null, now)).toBe(true);
    expect(shouldTouch('2026-03-02T01:59:30.000Z', now)).toBe(false);
    expect(shouldTouch('2026-03-02T01:59:00.000Z', now)).toBe(true);
  });
});
