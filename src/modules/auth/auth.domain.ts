import { hash } from 'node:crypto';

/** Sign-in rules, in one place. */
export const AUTH_POLICY = {
  /** Failed passwords in a row before the account locks. */
  maxFailedLogins: 5,
  lockMinutes: 15,
  /** A session ends after this much inactivity… */
  idleMinutes: 120,
  /** …and in any case this long after sign-in. */
  absoluteHours: 12,
  /** Sign-in attempts per client address in a sliding window (see AttemptLimiter). */
  attemptsPerWindow: 20,
  attemptWindowSeconds: 300,
} as const;

/** The session id stored in the database is a hash of the cookie's token. */
export function sessionIdOf(token: string): string {
  return hash('sha256', token, 'hex');
}

export interface SessionTimes {
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export function newSessionTimes(now: Date): SessionTimes {
  const at = now.toISOString();
  return { createdAt: at, lastSeenAt: at, expiresAt: nextExpiry(now, now) };
}

/** The end of a session: idle timeout from now, never past the absolute limit. */
export function nextExpiry(createdAt: Date, now: Date): string {
  const idle = now.getTime() + AUTH_POLICY.idleMinutes * 60_000;
  const absolute = createdAt.getTime() + AUTH_POLICY.absoluteHours * 3_600_000;
  return new Date(Math.min(idle, absolute)).toISOString();
}

export function isExpired(expiresAt: string, now: Date): boolean {
  return expiresAt <= now.toISOString();
}

/** After a failed password: the new count and, when it reaches the limit, the lock's end. */
export function afterFailedLogin(failedLogins: number, now: Date): { failedLogins: number; lockedUntil: string | null } {
  const count = failedLogins + 1;
  if (count >= AUTH_POLICY.maxFailedLogins) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + AUTH_POLICY.lockMinutes * 60_000).toISOString() };
  }
  return { failedLogins: count, lockedUntil: null };
}

export function lockSecondsLeft(lockedUntil: string | null, now: Date): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Math.ceil((new Date(lockedUntil).getTime() - now.getTime()) / 1000));
}
