import { hash } from 'node:crypto';

/** Rules of the rating pad (评价器), a tablet on a window's counter. */
export const PAD_POLICY = {
  /** A case completed or delivered at the window this recently is shown on its pad. */
  servedWithinMinutes: 30,
  /** The pad's last-seen time is written at most this often (it polls every few seconds). */
  touchEverySeconds: 60,
} as const;

/** The pad's secret is stored only as its hash: a leaked table does not pair a pad. */
export function padTokenHash(token: string): string {
  return hash('sha256', token, 'hex');
}

/** The states of a case served at the counter (a pad may show and rate it). */
export const SERVED_STATES = ['completed', 'delivered'] as const;

/** When a case was last served at the counter: delivered, else completed (the store orders by the same coalesce). */
export function servedAt(c: { completed_at: string | null; delivered_at: string | null }): string | null {
  return c.delivered_at ?? c.completed_at;
}

/** The earliest serving time a pad still shows at `now`. */
export function servedSince(now: Date): string {
  return new Date(now.getTime() - PAD_POLICY.servedWithinMinutes * 60_000).toISOString();
}

export type PadRefusal = 'other_window' | 'too_late' | 'not_served';

/**
 * Whether a pad bound to `padWindowId` may rate the case at `now`: the case was served at that
 * window (its window), completed or delivered, within the last `servedWithinMinutes`.
 */
export function padMayRate(
  c: { window_id: string | null; state: string; completed_at: string | null; delivered_at: string | null },
  padWindowId: string,
  now: Date,
): PadRefusal | null {
  if (c.window_id !== padWindowId) return 'other_window';
  const at = servedAt(c);
  if (!(SERVED_STATES as readonly string[]).includes(c.state) || !at) return 'not_served';
  if (at < servedSince(now)) return 'too_late';
  return null;
}

/** Whether the last-seen time is old enough to write again. */
export function shouldTouch(lastSeenAt: string | null, now: Date): boolean {
  return !lastSeenAt || now.getTime() - new Date(lastSeenAt).getTime() >= PAD_POLICY.touchEverySeconds * 1000;
}
