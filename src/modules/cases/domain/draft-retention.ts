/** How long an online draft is kept after its last change (an edit or a file): then it is deleted with its files. */
export const DRAFT_KEEP_DAYS = 90;

/** The instant before which a draft's last change makes it abandoned, at `now`. */
export function draftsAbandonedBefore(now: Date): string {
  return new Date(now.getTime() - DRAFT_KEEP_DAYS * 86_400_000).toISOString();
}
