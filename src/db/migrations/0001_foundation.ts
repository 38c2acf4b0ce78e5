import type { CreateTableBuilder, Kysely } from 'kysely';

/** Every mutable table records when a row was created and last changed (instants). */
function withTimestamps<TB extends string, C extends string>(table: CreateTableBuilder<TB, C>) {
  return table
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

/** Organization, staff and sign-in, and the audit chain. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withTimestamps(
    db.schema
      .createTable('regions')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('parent_code', 'text', (c) => c.references('regions.code'))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();

  await withTimestamps(
    db.schema
      .createTable('centers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
      .addColumn('parent_id', 'text', (c) => c.references('centers.id'))
      .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();

  await withTimestamps(
    db.schema
      .createTable('departments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('center_id', 'text', (c) => c.notNull().references('centers.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('short_name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint('departments_center_code_unique', ['center_id', 'code']),
  ).execute();

  await withTimestamps(
    db.schema
      .createTable('windows')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('center_id', 'text', (c) => c.notNull().references('centers.id'))
      .addColumn('number', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('category', 'text')
      .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addUniqueConstraint('windows_center_number_unique', ['center_id', 'number']),
  ).execute();

  await db.schema
    .createTable('window_departments')
    .addColumn('window_id', 'text', (c) => c.notNull().references('windows.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addPrimaryKeyConstraint('window_departments_pk', ['window_id', 'department_id'])
    .execute();

  await withTimestamps(
    db.schema
      .createTable('staff')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('center_id', 'text', (c) => c.notNull().references('centers.id'))
      .addColumn('department_id', 'text', (c) => c.references('departments.id'))
      .addColumn('window_id', 'text', (c) => c.references('windows.id'))
      .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', 'text')
      .addColumn('password_changed_at', 'text', (c) => c.notNull()),
  ).execute();

  await db.schema
    .createTable('staff_roles')
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('staff_roles_pk', ['staff_id', 'role'])
    .execute();

  await withTimestamps(
    db.schema
      .createTable('authorizations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
      .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
      .addColumn('position', 'text', (c) => c.notNull())
      .addColumn('document_no', 'text', (c) => c.notNull())
      .addColumn('power_decide', 'integer', (c) => c.notNull())
      .addColumn('power_review_report', 'integer', (c) => c.notNull())
      .addColumn('power_coordinate', 'integer', (c) => c.notNull())
      .addColumn('power_seal', 'integer', (c) => c.notNull())
      .addColumn('valid_from', 'text', (c) => c.notNull())
      .addColumn('valid_to', 'text')
      .addColumn('revoked_at', 'text'),
  ).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_staff_idx').on('sessions').column('staff_id').execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('center_id', 'text')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('request_id', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_events_entity_idx')
    .on('audit_events')
    .columns(['entity_type', 'entity_id'])
    .execute();

  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('last_seq', 'bigint', (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('audit_head' as never)
    .values({ id: 1, last_seq: 0, last_hash: '0'.repeat(64) } as never)
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('OneWindow migrations only go forward.');
}
