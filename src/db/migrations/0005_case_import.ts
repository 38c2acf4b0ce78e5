import type { Kysely } from 'kysely';

/**
 * History import of cases (历史办件导入): centers, departments and items that an imported file
 * names but the database does not know are created as placeholders (占位), flagged here. A
 * placeholder center or department is inactive; a placeholder item is out of the catalog
 * (status cancelled, with the reason), so none of them shows on the public portal.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['centers', 'departments', 'items']) {
    await db.schema.alterTable(table).addColumn('placeholder', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  }
}

export async function down(): Promise<void> {
  throw new Error('OneWindow migrations only go forward.');
}
