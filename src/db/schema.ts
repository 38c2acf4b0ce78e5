import type { Generated } from 'kysely';
import type { CaseTables } from './schema-cases.js';
import type { CaseDocumentTables } from './schema-case-documents.js';
import type { OnlineTables } from './schema-online.js';
import type { StatsDailyTable, StatsTotalsTable } from './schema-stats.js';

/**
 * The Database type: one interface per table, as the application sees the rows on both
 * dialects. Conventions (docs/architecture.md § Storage):
 * - ids are UUIDv7 text; region codes are their own keys;
 * - `*_at` columns are instants: ISO 8601 UTC text with milliseconds;
 * - `*_date`, `valid_from`, `valid_to` are calendar dates: 'YYYY-MM-DD' text (China time);
 * - flags are integers 0/1 (SQLite has no boolean);
 * - JSON documents are text.
 */
export type Flag = 0 | 1;

export interface RegionTable {
  /** 行政区划代码: 6 digits for a county, 9 for a township, 12 for a village. */
  code: string;
  name: string;
  level: 'county' | 'township' | 'village';
  parent_code: string | null;
  active: Flag;
  created_at: string;
  updated_at: string;
}

export interface CenterTable {
  id: string;
  name: string;
  /** county center 中心, branch hall 分厅, township center 便民服务中心, village point 代办点. */
  level: 'county_center' | 'branch_hall' | 'township_center' | 'village_point';
  region_code: string;
  parent_id: string | null;
  address: string;
  phone: string;
  active: Flag;
  /** Created by a history import for a center the file named (inactive until set up). */
  placeholder: Generated<Flag>;
  created_at: string;
  updated_at: string;
}

export interface DepartmentTable {
  id: string;
  /** The center the department is stationed in (进驻). */
  center_id: string;
  code: string;
  name: string;
  short_name: string;
  /** A government department, or an organization authorized by law (授权组织). */
  kind: 'department' | 'authorized_org';
  phone: string;
  /** 统一社会信用代码: the third part of the code of every item the department implements. */
  credit_code: string | null;
  active: Flag;
  /** Created by a history import for a department the file named (inactive until set up). */
  placeholder: Generated<Flag>;
  created_at: string;
  updated_at: string;
}

export interface WindowTable {
  id: string;
  center_id: string;
  /** The number shown over the window, e.g. "A03". Unique within a center. */
  number: string;
  name: string;
  kind: 'dedicated' | 'comprehensive' | 'category';
  /** For category windows: 项目投资, 建设许可, 涉农服务, 市场服务, 社会事务 … */
  category: string | null;
  location: string;
  phone: string;
  active: Flag;
  created_at: string;
  updated_at: string;
}

/** Which departments a window serves (one for dedicated, several for comprehensive). */
export interface WindowDepartmentTable {
  window_id: string;
  department_id: string;
}

export interface StaffTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  center_id: string;
  department_id: string | null;
  window_id: string | null;
  phone: string;
  active: Flag;
  failed_logins: number;
  locked_until: string | null;
  password_changed_at: string;
  created_at: string;
  updated_at: string;
}

export interface StaffRoleTable {
  staff_id: string;
  role: string;
}

/** 授权书: a department's written authorization of its chief representative (首席代表). */
export interface AuthorizationTable {
  id: string;
  staff_id: string;
  department_id: string;
  /** A角 (principal) or B角 (deputy). */
  position: 'A' | 'B';
  document_no: string;
  power_decide: Flag;
  power_review_report: Flag;
  power_coordinate: Flag;
  power_seal: Flag;
  valid_from: string;
  valid_to: string | null;
  revoked_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  /** sha256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  staff_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string;
  user_agent: string;
}

/** The append-only, hash-chained audit log. */
export interface AuditEventTable {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  center_id: string | null;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

/** One row: the end of the audit chain. Updating it in every writing transaction serializes appends. */
export interface AuditHeadTable {
  id: number;
  last_seq: number;
  last_hash: string;
}

/** A year notice (年度放假通知) entered by the center: next year's, or an amendment. */
export interface CalendarNoticeTable {
  year: number;
  documents_json: string;
  source: string;
  /** [{date, kind: 'holiday'|'workday', name}] */
  days_json: string;
  entered_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A center's local closure (本地停办): an extra rest day. */
export interface CalendarClosureTable {
  id: string;
  center_id: string;
  date: string;
  reason: string;
  created_at: string;
}

/** A center's service hours, as text: '08:30-12:00,14:00-17:30'; Saturday empty when closed. */
export interface CenterServiceHoursTable {
  center_id: string;
  workday: string;
  saturday: string;
  updated_at: string;
}

// ── catalog 事项目录 ──────────────────────────────────────

/** The head row of an item (事项): what lists and searches need; the elements live in its versions. */
export interface ItemTable {
  id: string;
  /** 实施编码, unique: `{basic12}-{region}-{department credit code}`. */
  code: string;
  /** For a sub-item (办理项): the code of its main item. */
  main_code: string | null;
  name: string;
  type: string;
  department_id: string;
  legal_days: number;
  promised_days: number;
  max_visits: number;
  /** JSON array of channels: ["window","online"]. */
  channels_json: string;
  /** JSON array of life-event ids (portal classification). */
  life_events_json: string;
  /** Lowercased name, code, result and legal basis, for LIKE searches. */
  search: string;
  status: 'active' | 'cancelled' | 'merged';
  status_reason: string | null;
  status_changed_at: string | null;
  merged_into_id: string | null;
  /** The cleanup round that last changed the item's status. */
  cleanup_round_id: string | null;
  current_version: number;
  /** Created by a history import for an item the file named (status cancelled: not in the catalog). */
  placeholder: Generated<Flag>;
  created_at: string;
  updated_at: string;
}

/** One version of an item; never changed once written. Cases keep (item_id, version). */
export interface ItemVersionTable {
  item_id: string;
  version: number;
  code: string;
  name: string;
  /** The full ItemDraft as JSON. */
  doc_json: string;
  /** diffItemVersions against the previous version (empty for version 1). */
  changes_json: string;
  reason: string;
  source: 'create' | 'update' | 'import' | 'cleanup';
  cleanup_round_id: string | null;
  created_by: string;
  created_at: string;
}

/** 一件事: several items offered as one service. */
export interface BundleTable {
  id: string;
  code: string;
  name: string;
  description: string | null;
  /** JSON array of item ids, in the order of handling. */
  item_ids_json: string;
  life_events_json: string;
  active: Flag;
  created_at: string;
  updated_at: string;
}

/** 清理轮次: proposals per item, approved by the center; the announcement is stored on approval. */
export interface CleanupRoundTable {
  id: string;
  title: string;
  document_no: string | null;
  status: 'draft' | 'approved';
  proposals_json: string;
  announcement_json: string | null;
  created_by: string;
  approved_by: string | null;
  approved_at: string | null;
  created_at: string;
  updated_at: string;
}

/** 收费目录. A cancelled fee keeps its row with the date and document number of the cancellation. */
export interface FeeTable {
  id: string;
  name: string;
  department_id: string | null;
  standard: string;
  legal_basis: string;
  amount_fen: number | null;
  waivable: Flag;
  status: 'active' | 'cancelled';
  /** Calendar date from which the fee is no longer charged. */
  cancelled_on: string | null;
  cancel_document_no: string | null;
  cancel_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface Database extends CaseTables, CaseDocumentTables, OnlineTables {
  items: ItemTable;
  item_versions: ItemVersionTable;
  bundles: BundleTable;
  cleanup_rounds: CleanupRoundTable;
  fees: FeeTable;
  calendar_notices: CalendarNoticeTable;
  calendar_closures: CalendarClosureTable;
  center_service_hours: CenterServiceHoursTable;
  regions: RegionTable;
  centers: CenterTable;
  departments: DepartmentTable;
  windows: WindowTable;
  window_departments: WindowDepartmentTable;
  staff: StaffTable;
  staff_roles: StaffRoleTable;
  authorizations: AuthorizationTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
  audit_head: AuditHeadTable;
  stats_daily: StatsDailyTable;
  stats_totals: StatsTotalsTable;
  stats_daily_w: StatsDailyTable;
  stats_totals_w: StatsTotalsTable;
  stats_journal: StatsDailyTable;
}
