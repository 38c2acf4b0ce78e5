import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../src/db/database.js';
import { ident, pgUrlFor, withPgAdmin } from './pg-admin.js';

export type Dialect = 'sqlite' | 'postgres';

/** A database of its own for one test file (or one describe block), cloned from the migrated template. */
export async function cloneTestDatabase(dialect: Dialect): Promise<OpenDatabase> {
  if (dialect === 'sqlite') {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-db-')), 'test.sqlite');
    fs.copyFileSync(inject('sqliteTemplate'), file);
    const database = openDatabase({ dialect: 'sqlite', file });
    return { ...database, close: async () => { await database.close(); fs.rmSync(path.dirname(file), { recursive: true, force: true }); } };
  }
  const name = `${inject('runId')}_${randomBytes(4).toString('hex')}`;
  await withPgAdmin((c) => c.query(`CREATE DATABASE ${ident(name)} TEMPLATE ${ident(inject('pgTemplate'))}`));
  const database = openDatabase({ dialect: 'postgres', url: pgUrlFor(name) });
  return {
    ...database,
    close: async () => {
      await database.close();
      await withPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
    },
  };
}

/**
 * Runs the same test body against every available dialect (Kysely's own style): SQLite always,
 * PostgreSQL when reachable (always on CI). `use()` gives the block's database.
 */
export function describeEachDialect(name: string, body: (use: () => OpenDatabase, dialect: Dialect) => void): void {
  for (const dialect of inject('dialects')) {
    describe(`${name} [${dialect}]`, () => {
      let database: OpenDatabase | undefined;
      beforeAll(async () => {
        database = await cloneTestDatabase(dialect);
      });
      afterAll(async () => {
        await database?.close();
      });
      body(() => {
        if (!database) throw new Error('database not ready');
        return database;
      }, dialect);
    });
  }
}
