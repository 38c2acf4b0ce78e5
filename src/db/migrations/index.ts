import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_calendar.js';
import * as m0003 from './0003_catalog.js';
import * as m0004 from './0004_cases.js';
import * as m0005 from './0005_case_import.js';
import * as m0006 from './0006_online_applications.js';
import * as m0007 from './0007_case_documents.js';
import * as m0008 from './0008_rating_pads.js';
import * as m0009 from './0009_stats_rollups.js';
import * as m0010 from './0010_special_procedure_flag.js';
import * as m0011 from './0011_audit_append_function.js';
import * as m0012 from './0012_expect_changed_function.js';
import * as m0013 from './0013_case_request_fingerprint.js';
import * as m0014 from './0014_audit_append_parse_once.js';
import * as m0015 from './0015_stats_journal.js';

/**
 * The one set of migrations for SQLite and PostgreSQL, in order. Rules: only Kysely's schema
 * builder with types both dialects share (text, integer, bigint, real); never alter a column's
 * type (SQLite cannot): add a column or a table instead; never edit a released migration.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_calendar': m0002,
  '0003_catalog': m0003,
  '0004_cases': m0004,
  '0005_case_import': m0005,
  '0006_online_applications': m0006,
  '0007_case_documents': m0007,
  '0008_rating_pads': m0008,
  '0009_stats_rollups': m0009,
  '0010_special_procedure_flag': m0010,
  '0011_audit_append_function': m0011,
  '0012_expect_changed_function': m0012,
  '0013_case_request_fingerprint': m0013,
  '0014_audit_append_parse_once': m0014,
  '0015_stats_journal': m0015,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
