import type { ColumnType } from 'kysely';
import type { Flag } from './schema.js';

/** The tables of the cases module (办件); conventions as in schema.ts. */
export interface CaseTable {
  id: string;
  case_no: string;
  query_code: string;
  center_id: string;
  department_id: string;
  item_id: string;
  /** The catalog version the case was accepted under. */
  item_version: number;
  item_name: string;
  window_id: string | null;
  channel: 'window' | 'online' | 'agency';
  case_type: 'onTheSpot' | 'promised';
  legal_days: number;
  promised_days: number;
  state: string;
  resume_state: string | null;
  /** Correction notices given on this application (the name is historical: it counts across resubmissions). */
  corrections_this_submission: number;
  submission_no: number;
  reviewer_id: string | null;
  approver_id: string | null;
  decision: 'grant' | 'deny' | null;
  decision_reason: string | null;
  extension_days: number;
  extension_on: string | null;
  applicant_json: string;
  applicant_name: string;
  received_at: string | null;
  received_on: string | null;
  accepted_at: string | null;
  accepted_on: string | null;
  deemed_accepted: Flag;
  /** The deadline date as last computed (kept current at each transition; reports recompute). */
  deadline: string | null;
  suspended_days: number;
  decided_at: string | null;
  completed_at: string | null;
  completed_on: string | null;
  delivered_at: string | null;
  delivery_json: string | null;
  /** Comma-separated e-supervision flags: deemed_acceptance, second_correction, special_procedure (suspended at least once) … */
  flags: string;
  imported: Flag;
  /** Optimistic concurrency: every transition checks and increments it. */
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface CaseRequestTable {
  idempotency_key: string;
  case_id: string;
  created_at: string;
  /** The fingerprint of the request the key was first used with (receiptFingerprint); null for online submissions and older keys. */
  request_hash: string | null;
}

export interface CaseSequenceTable {
  center_id: string;
  day: string;
  last_sequence: number;
}

export interface CaseEventTable {
  id: string;
  case_id: string;
  /** The case's version after the event: orders the timeline. */
  case_version: number;
  type: string;
  from_state: string | null;
  to_state: string;
  at: string;
  actor_id: string | null;
  actor_name: string;
  data_json: string;
}

export interface CaseSuspensionTable {
  id: string;
  case_id: string;
  kind: string;
  reason: string;
  from_date: string;
  to_date: string | null;
}

export interface CaseMaterialTable {
  id: string;
  case_id: string;
  submission_no: number;
  name: string;
  status: 'received' | 'missing' | 'defective';
  originals: number;
  copies: number;
  note: string;
}

export interface CaseUploadTable {
  id: string;
  case_id: string;
  material: string;
  stored_name: string;
  type: string;
  bytes: number;
  sha256: string;
  created_at: string;
  /** The uploader's file name, for display and download only (0006); stored_name is generated. */
  file_name: ColumnType<string, string | undefined, string>;
}

export interface CaseBillLineTable {
  id: string;
  case_id: string;
  name: string;
  amount_fen: number;
  waivable: Flag;
  waiver_reason: string | null;
  invoice_no: string | null;
  paid_at: string | null;
}

export interface CaseRatingTable {
  case_id: string;
  level: number;
  channel: string;
  comment: string;
  window_id: string | null;
  rated_at: string;
}

/** A rating pad (评价器) bound to a window; the token is kept only as its SHA-256 hash. */
export interface RatingPadTable {
  id: string;
  window_id: string;
  center_id: string;
  token_hash: string;
  label: string;
  created_by: string | null;
  created_at: string;
  revoked_at: string | null;
  last_seen_at: string | null;
}

export interface CaseTables {
  cases: CaseTable;
  case_requests: CaseRequestTable;
  case_sequences: CaseSequenceTable;
  case_events: CaseEventTable;
  case_suspensions: CaseSuspensionTable;
  case_materials: CaseMaterialTable;
  case_uploads: CaseUploadTable;
  case_bill_lines: CaseBillLineTable;
  case_ratings: CaseRatingTable;
  rating_pads: RatingPadTable;
}
