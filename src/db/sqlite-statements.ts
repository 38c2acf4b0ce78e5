import type SQLite from 'better-sqlite3';
import type { StepResult } from './sqlite-writer-protocol.js';

/** A connection with the statements it has prepared, kept by their SQL text (preparing costs more than running a small query). */
export class StatementCache {
  private readonly cache = new Map<string, SQLite.Statement>();

  constructor(
    readonly sqlite: SQLite.Database,
    private readonly size = 500,
  ) {}

  prepare(sql: string): SQLite.Statement {
    let statement = this.cache.get(sql);
    if (statement) {
      this.cache.delete(sql);
    } else {
      statement = this.sqlite.prepare(sql);
      if (this.cache.size >= this.size) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(sql, statement);
    return statement;
  }

  run(sql: string, parameters: readonly unknown[]): StepResult {
    const statement = this.prepare(sql);
    if (statement.reader) return { rows: statement.all(parameters as unknown[]) };
    const { changes, lastInsertRowid } = statement.run(parameters as unknown[]);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }
}
