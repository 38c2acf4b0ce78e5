import type { CaseRow } from './cases.store.js';

/**
 * The case rows this process committed last (近期办件), so that a transition asked for at the
 * version a client saw starts from the row as committed instead of reading it again.
 *
 * Sound because a case row changes only through casesStore.updateAtVersion, which applies at the
 * version read and moves the version on: a row kept here at version v is the stored row for as
 * long as the stored version is v. A transition started from a kept row after another instance
 * moved the case on matches no row at its update, and gives 409 and changes nothing, exactly as
 * one started from a fresh read of the old version would.
 *
 * Kept rows are frozen and shared: callers must not change them.
 */
export class RecentCases {
  private readonly rows = new Map<string, CaseRow>();

  constructor(private readonly capacity = 10_000) {}

  /** The committed row of case `id` at exactly `version`, if kept. */
  at(id: string, version: number): CaseRow | undefined {
    const row = this.rows.get(id);
    return row?.version === version ? row : undefined;
  }

  /** Keeps a committed row; a row older than the one kept is ignored. The least recently committed goes first when full. */
  committed(row: CaseRow): void {
    const kept = this.rows.get(row.id);
    if (kept && kept.version >= row.version) return;
    this.rows.delete(row.id);
    if (this.rows.size >= this.capacity) this.rows.delete(this.rows.keys().next().value!);
    this.rows.set(row.id, Object.freeze(row));
  }

  get size(): number {
    return this.rows.size;
  }
}
