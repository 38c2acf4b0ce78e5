import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from '../../kernel/security/attempt-limiter.js';
import { afterFailedLogin, AUTH_POLICY, isExpired, lockSecondsLeft, nextExpiry, sessionIdOf } from './auth.domain.js';

const at = (iso: string) => new Date(iso);

describe('sessions', () => {
  it('expire after idling, and never past the absolute limit', () => {
    const created = at('2025-03-03T00:00:00.000Z');
    expect(nextExpiry(created, created)).toBe('2025-03-03T02:00:00.000Z');
    expect(nextExpiry(created, at('2025-03-03T11:00:00.000Z'))).toBe('2025-03-03T12:00:00.000Z');
    expect(isExpired('2025-03-03T02:00:00.000Z', at('2025-03-03T02:00:00.000Z'))).toBe(true);
    expect(isExpired('2025-03-03T02:00:00.000Z', at('2025-03-03T01:59:59.999Z'))).toBe(false);
  });
  it('are stored by a hash of the token', () => {
    expect(sessionIdOf('abc')).toMatch(/^[0-9a-f]{64}$/);
    expect(sessionIdOf('abc')).not.toBe(sessionIdOf('abd'));
  });
});

describe('lockout', () => {
  it('locks after the fifth failure in a row', () => {
    const now = at('2025-03-03T00:00:00.000Z');
    let state = { failedLogins: 0, lockedUntil: null as string | null };
    for (let i = 1; i < AUTH_POLICY.maxFailedLogins; i++) {
      state = afterFailedLogin(state.failedLogins, now);
      expect(state.lockedUntil).toBeNull();
    }
    state = afterFailedLogin(state.failedLogins, now);
    expect(state.lockedUntil).toBe('2025-03-03T00:15:00.000Z');
    expect(lockSecondsLeft(state.lockedUntil, at('2025-03-03T00:14:00.000Z'))).toBe(60);
    expect(lockSecondsLeft(state.lockedUntil, at('2025-03-03T00:16:00.000Z'))).toBe(0);
  });
});

describe('AttemptLimiter', () => {
  it('throttles past the limit and forgets old attempts', () => {
    const limiter = new AttemptLimiter(3, 60_000);
    const t0 = at('2025-03-03T00:00:00.000Z');
    expect([1, 2, 3].map(() => limiter.hit('ip', t0))).toEqual([0, 0, 0]);
    expect(limiter.hit('ip', t0)).toBe(60);
    expect(limiter.hit('other', t0)).toBe(0);
    expect(limiter.hit('ip', at('2025-03-03T00:01:00.001Z'))).toBe(0);
  });
});
