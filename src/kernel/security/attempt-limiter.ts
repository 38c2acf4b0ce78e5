/** Default: sign-in attempts per client address in a sliding window of five minutes. */
const DEFAULT_LIMIT = 20;
const DEFAULT_WINDOW_MS = 300_000;

/**
 * A sliding-window counter of attempts per key (a client address), kept in memory: it slows a
 * guessing client down on this instance (passwords, query codes); lockouts that must hold across
 * instances live in the database.
 */
export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit: number = DEFAULT_LIMIT,
    private readonly windowMs: number = DEFAULT_WINDOW_MS,
  ) {}

  /**
   * Seconds to wait while `key` has used up its attempts in the window, else 0; records nothing.
   * Checked before an attempt is even looked at, so a right answer is refused too while blocked
   * (a guesser learns nothing from it).
   */
  retryAfter(key: string, now: Date): number {
    const t = now.getTime();
    const recent = (this.attempts.get(key) ?? []).filter((at) => at > t - this.windowMs);
    return recent.length >= this.limit ? Math.ceil((recent[0]! + this.windowMs - t) / 1000) : 0;
  }

  /** Records an attempt (a failed one, where only failures count); returns seconds to wait when over the limit, else 0. */
  hit(key: string, now: Date): number {
    const t = now.getTime();
    const recent = (this.attempts.get(key) ?? []).filter((at) => at > t - this.windowMs);
    if (recent.length >= this.limit) {
      this.attempts.set(key, recent);
      return Math.ceil((recent[0]! + this.windowMs - t) / 1000);
    }
    recent.push(t);
    this.attempts.set(key, recent);
    if (this.attempts.size > 10_000) this.prune(t);
    return 0;
  }

  private prune(t: number): void {
    for (const [key, list] of this.attempts) if (list.every((at) => at <= t - this.windowMs)) this.attempts.delete(key);
  }
}
