import type { Kysely } from 'kysely';

/** 文书: the notices issued by a case's transitions, numbered per center, kind and year. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('case_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('center_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('case_version', 'integer', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addUniqueConstraint('case_documents_number_unique', ['center_id', 'kind', 'year', 'sequence'])
    .execute();
  await db.schema.createIndex('case_documents_case_idx').on('case_documents').columns(['case_id', 'case_version']).execute();

  await db.schema
    .createTable('case_document_sequences')
    .addColumn('center_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_sequence', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_document_sequences_pk', ['center_id', 'kind', 'year'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('OneWindow migrations only go forward.');
}
