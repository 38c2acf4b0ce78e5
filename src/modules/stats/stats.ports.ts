import type { Center } from '../org/org.domain.js';

/** What the stats module needs from other modules (wired in app.ts through their services). */
export interface StatsDirectory {
  /** Every center, department and window, active or not. */
  directory(): Promise<{
    centers: Pick<Center, 'id' | 'name' | 'level' | 'parentId'>[];
    departments: { id: string; centerId: string; name: string }[];
    windows: { id: string; centerId: string; number: string; name: string }[];
  }>;
  /** Names of the items that exist (active or not), by id; unknown ids are absent. */
  itemNames(ids: readonly string[]): Promise<Map<string, string>>;
  /** Display names of staff members, by id; unknown ids are absent. */
  staffNames(ids: readonly string[]): Promise<Map<string, string>>;
}
