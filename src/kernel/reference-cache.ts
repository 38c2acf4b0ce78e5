import type { UnitOfWork } from './unit-of-work.js';

/**
 * How long an instance trusts reference data it has read (the organization, the catalog's items)
 * before reading it again. A change committed in this process drops the cache at once; another
 * instance's change is seen here within this time (as for sessions, AuthService).
 */
export const REFERENCE_TRUST_MS = 2_000;

/** Writes that leave reference data as it was: the cases and what hangs on them. Any other write drops the caches. */
const CASE_ENTITIES = new Set(['case', 'applicant', 'online_application', 'rating_pad', 'stats']);

/**
 * Reference data read on every case transition (letterheads, item versions, numbering) and
 * changed rarely: kept by key for `REFERENCE_TRUST_MS` of real time, dropped whenever this process
 * commits a write to anything but cases. Values are shared: callers must not change them.
 */
export class ReferenceCache<V> {
  private readonly entries = new Map<string, { at: number; value: Promise<V> }>();

  constructor(
    uow: Pick<UnitOfWork, 'onCommitted'>,
    private readonly now: () => number = () => performance.now(),
    private readonly trustMs = REFERENCE_TRUST_MS,
    private readonly maxEntries = 10_000,
  ) {
    uow.onCommitted((entries) => {
      if (entries.some((e) => !CASE_ENTITIES.has(e.entityType))) this.clear();
    });
  }

  /** The value under `key`: the cached one while trusted, else `load()`'s (a failed load is not kept). */
  get(key: string, load: () => Promise<V>): Promise<V> {
    const now = this.now();
    const cached = this.entries.get(key);
    if (cached && now - cached.at >= 0 && now - cached.at < this.trustMs) return cached.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = load();
    const entry = { at: now, value };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
