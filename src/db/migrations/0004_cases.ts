import type { Kysely } from 'kysely';

/** Cases (办件): the case row, its events, suspensions, materials, uploads, bill, rating, numbering. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_no', 'text', (c) => c.notNull())
    .addColumn('query_code', 'text', (c) => c.notNull())
    .addColumn('center_id', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('item_version', 'integer', (c) => c.notNull())
    .addColumn('item_name', 'text', (c) => c.notNull())
    .addColumn('window_id', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('case_type', 'text', (c) => c.notNull())
    .addColumn('legal_days', 'integer', (c) => c.notNull())
    .addColumn('promised_days', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('resume_state', 'text')
    .addColumn('corrections_this_submission', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submission_no', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('reviewer_id', 'text')
    .addColumn('approver_id', 'text')
    .addColumn('decision', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('extension_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('extension_on', 'text')
    .addColumn('applicant_json', 'text', (c) => c.notNull())
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text')
    .addColumn('received_on', 'text')
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_on', 'text')
    .addColumn('deemed_accepted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('deadline', 'text')
    .addColumn('suspended_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('decided_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('completed_on', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('delivery_json', 'text')
    .addColumn('flags', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('imported', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('cases_center_case_no_unique', ['center_id', 'case_no'])
    .execute();
  await db.schema.createIndex('cases_state_idx').on('cases').columns(['state', 'received_on']).execute();
  await db.schema.createIndex('cases_department_idx').on('cases').columns(['department_id', 'state']).execute();
  await db.schema.createIndex('cases_case_no_idx').on('cases').column('case_no').execute();

  await db.schema
    .createTable('case_requests')
    .addColumn('idempotency_key', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('case_sequences')
    .addColumn('center_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('last_sequence', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_sequences_pk', ['center_id', 'day'])
    .execute();

  await db.schema
    .createTable('case_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('case_version', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('data_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_events_case_idx').on('case_events').columns(['case_id', 'case_version']).execute();

  await db.schema
    .createTable('case_suspensions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .execute();
  await db.schema.createIndex('case_suspensions_case_idx').on('case_suspensions').column('case_id').execute();

  await db.schema
    .createTable('case_materials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('submission_no', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('originals', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('copies', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('case_materials_case_idx').on('case_materials').column('case_id').execute();

  await db.schema
    .createTable('case_uploads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('material', 'text', (c) => c.notNull())
    .addColumn('stored_name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_uploads_case_idx').on('case_uploads').column('case_id').execute();

  await db.schema
    .createTable('case_bill_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'integer', (c) => c.notNull())
    .addColumn('waivable', 'integer', (c) => c.notNull())
    .addColumn('waiver_reason', 'text')
    .addColumn('invoice_no', 'text')
    .addColumn('paid_at', 'text')
    .execute();
  await db.schema.createIndex('case_bill_lines_case_idx').on('case_bill_lines').column('case_id').execute();

  await db.schema
    .createTable('case_ratings')
    .addColumn('case_id', 'text', (c) => c.primaryKey())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('window_id', 'text')
    .addColumn('rated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('OneWindow migrations only go forward.');
}
