import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from './config.js';
import { PipelinedTransactions } from './pg-pool-client.js';
import type { Database } from './schema.js';
import { GroupCommitDriver, groupCommitDialect } from './sqlite-group-commit.js';

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** Either the database or a transaction on it: what a store method runs its queries on. */
export type Executor = Db | Trx;

export interface OpenDatabase {
  db: Db;
  dialect: DatabaseConfig['dialect'];
  close(): Promise<void>;
}

/**
 * Opens the database. SQLite: WAL journal, synchronous=FULL (an acknowledged write survives a
 * power cut), foreign keys on, a busy timeout for the CLI running beside the server; writes are
 * group-committed on a writer thread and reads run on a second, query-only connection
 * (sqlite-group-commit.ts).
 * PostgreSQL: a pool whose type parsers keep every value as the application wrote it —
 * dates and instants are text columns anyway, and 64-bit integers (count(*)) come back as numbers.
 */
export function openDatabase(config: DatabaseConfig): OpenDatabase {
  if (config.dialect === 'sqlite') {
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
    const db = new Kysely<Database>({ dialect: groupCommitDialect(new GroupCommitDriver(config.file)) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === pg.types.builtins.INT8) return (value: string) => Number(value);
      if (oid === pg.types.builtins.NUMERIC) return (value: string) => Number(value);
      // Never let the driver turn a date or timestamp into a JS Date (local-midnight shifts).
      if (
        oid === pg.types.builtins.DATE ||
        oid === pg.types.builtins.TIMESTAMP ||
        oid === pg.types.builtins.TIMESTAMPTZ
      ) {
        return (value: string) => value;
      }
      return pg.types.getTypeParser(oid, format);
    },
  } as pg.CustomTypesConfig;
  // Pipeline mode: several statements of a transaction can be on the wire at once (pg-pool-client.ts).
  const pool = new pg.Pool({ connectionString: config.url, max: 10, types, pipeline: true });
  // An idle connection that the server closes (restart, failover) must not crash the process:
  // the pool drops it and opens a new one on the next query.
  pool.on('error', (error) => console.error(`PostgreSQL idle connection error: ${error.message}`));
  pool.on('connect', (client) => PipelinedTransactions.install(client));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
