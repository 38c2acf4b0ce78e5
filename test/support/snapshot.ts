import { sql } from 'kysely';
import type { OpenDatabase } from '../../src/db/database.js';

const TABLES = [
  'regions',
  'centers',
  'departments',
  'windows',
  'window_departments',
  'staff',
  'staff_roles',
  'authorizations',
  'audit_events',
  'items',
  'item_versions',
  'bundles',
  'cleanup_rounds',
  'fees',
  'calendar_notices',
  'calendar_closures',
  'center_service_hours',
  'cases',
  'case_requests',
  'case_sequences',
  'case_events',
  'case_suspensions',
  'case_materials',
  'case_uploads',
  'case_bill_lines',
  'case_ratings',
  'rating_pads',
] as const;

/**
 * A fingerprint of every business table: row counts plus each table's rows as text. Two equal
 * snapshots mean a rejected request changed nothing.
 */
export async function snapshot(database: OpenDatabase): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(database.db);
    const lines = rows.rows.map((r) => JSON.stringify(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)))).sort();
    result[table] = `${lines.length}:${lines.join('\n')}`;
  }
  return result;
}
