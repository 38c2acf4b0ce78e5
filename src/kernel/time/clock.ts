/**
 * Time enters OneWindow only through a Clock, so that tests can travel in time.
 *
 * Representation (identical on SQLite and PostgreSQL, see docs/architecture.md):
 * - an *instant* is an ISO 8601 UTC string with milliseconds, `2025-09-30T01:30:00.000Z`
 *   (fixed width, so text order is time order);
 * - a *calendar date* is `YYYY-MM-DD` text, always meant in China time.
 */
export interface Clock {
  now(): Date;
}

export type Instant = string;

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still at `instant` until moved; for tests and replays. */
export class ManualClock implements Clock {
  private current: number;
  constructor(instant: string | Date) {
    this.current = new Date(instant).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(instant: string | Date): void {
    this.current = new Date(instant).getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

export function instantOf(clock: Clock): Instant {
  return clock.now().toISOString();
}
