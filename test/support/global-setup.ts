import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { ident, pgReachable, pgUrlFor, withPgAdmin } from './pg-admin.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dialects: Array<'sqlite' | 'postgres'>;
    sqliteTemplate: string;
    pgTemplate: string;
    runId: string;
  }
}

/**
 * Once per test run: a migrated SQLite template file, and — when PostgreSQL is reachable, and
 * always under CI — a migrated PostgreSQL template database. Each test file clones them
 * (file copy / CREATE DATABASE … TEMPLATE), so every file has its own database.
 */
export default async function setup(project: TestProject) {
  const runId = `ow_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-test-'));
  const sqliteTemplate = path.join(dir, 'template.sqlite');
  const sqlite = openDatabase({ dialect: 'sqlite', file: sqliteTemplate });
  await migrateToLatest(sqlite.db);
  await sqlite.close();

  const dialects: Array<'sqlite' | 'postgres'> = ['sqlite'];
  const pgTemplate = `${runId}_tmpl`;
  const havePg = process.env.ONEWINDOW_TEST_SKIP_PG === '1' ? false : await pgReachable();
  if (!havePg && process.env.CI === 'true') {
    throw new Error('CI=true but PostgreSQL is not reachable: the PostgreSQL suite must run on CI.');
  }
  if (havePg) {
    await withPgAdmin((c) => c.query(`CREATE DATABASE ${ident(pgTemplate)}`));
    const pgDb = openDatabase({ dialect: 'postgres', url: pgUrlFor(pgTemplate) });
    await migrateToLatest(pgDb.db);
    await pgDb.close();
    dialects.push('postgres');
  }
  console.log(`[test databases] ${dialects.join(' + ')}${havePg ? ` (PostgreSQL template ${pgTemplate})` : ' (PostgreSQL not reachable: skipped)'}`);

  project.provide('dialects', dialects);
  project.provide('sqliteTemplate', sqliteTemplate);
  project.provide('pgTemplate', pgTemplate);
  project.provide('runId', runId);

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (!havePg) return;
    await withPgAdmin(async (c) => {
      const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${runId}%`]);
      for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${ident(datname)} WITH (FORCE)`);
    });
  };
}
