import type { Flag } from './schema.js';

/** The tables of online application (网上申请) and applicant accounts; conventions as in schema.ts. */
export interface ApplicantAccountTable {
  id: string;
  kind: 'person' | 'enterprise';
  /** The ID number (person) or unified social credit code (enterprise), canonical form: signs in with it. */
  login_name: string;
  /** The applicant as a case records it (cases/domain/applicant.ts). */
  applicant_json: string;
  display_name: string;
  phone: string;
  password_hash: string;
  failed_logins: number;
  locked_until: string | null;
  active: Flag;
  created_at: string;
  updated_at: string;
}

export interface ApplicantSessionTable {
  /** sha256 of the cookie's token. */
  id: string;
  account_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string;
  user_agent: string;
}

export interface OnlineApplicationTable {
  /** Also the case's id once submitted, so uploads made on the draft stay with the case. */
  id: string;
  account_id: string;
  item_id: string;
  /** The catalog version the draft was started under (a submitted case keeps the version it was submitted under). */
  item_version: number;
  item_name: string;
  department_id: string;
  applicant_json: string;
  state: 'draft' | 'submitted';
  case_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
}

export interface OnlineTables {
  applicant_accounts: ApplicantAccountTable;
  applicant_sessions: ApplicantSessionTable;
  online_applications: OnlineApplicationTable;
}
