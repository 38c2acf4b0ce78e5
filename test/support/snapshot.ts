import { sql } from 'kysely';
import type { OpenDatabase } from '../../src/db/database.js';
import type { Database } from '../../src/db/schema.js';

/**
 * Every table of the Database type, and whether a snapshot compares it. A new table must be
 * listed here (the type demands it), so "nothing changed" always means every business table.
 */
const COMPARED: Record<keyof Database, boolean> = {
  applicant_accounts: true,
  applicant_sessions: false, // as sessions
  audit_events: true,
  audit_head: false, // follows audit_events
  authorizations: true,
  bundles: true,
  calendar_closures: true,
  calendar_notices: true,
  case_bill_lines: true,
  case_document_sequences: true,
  case_documents: true,
  case_events: true,
  case_materials: true,
  case_ratings: true,
  case_requests: true,
  case_sequences: true,
  case_suspensions: true,
  case_uploads: true,
  cases: true,
  center_service_hours: true,
  centers: true,
  cleanup_rounds: true,
  departments: true,
  fees: true,
  item_versions: true,
  items: true,
  online_applications: true,
  rating_pads: true,
  regions: true,
  sessions: false, // sign-ins are not business data; a rejected request may still touch last-seen
  staff: true,
  staff_roles: true,
  stats_daily: true,
  stats_daily_w: true,
  stats_journal: true,
  stats_totals: true,
  stats_totals_w: true,
  window_departments: true,
  windows: true,
};
const TABLES = (Object.keys(COMPARED) as (keyof Database)[]).filter((table) => COMPARED[table]);

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
