import { Migrator } from 'kysely';
import type { Db } from './database.js';
import { migrationProvider, migrations } from './migrations/index.js';

export interface MigrationState {
  applied: string[];
  pending: string[];
  latest: string;
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function migrationState(db: Db): Promise<MigrationState> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const list = await migrator.getMigrations();
  return {
    applied: list.filter((m) => m.executedAt).map((m) => m.name),
    pending: list.filter((m) => !m.executedAt).map((m) => m.name),
    latest: Object.keys(migrations).at(-1) ?? '',
  };
}
