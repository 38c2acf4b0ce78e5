import type SQLite from 'better-sqlite3';
import {
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import { AsyncLock } from '../kernel/async-lock.js';

/**
 * SQLite with group commit (DESIGN: every acknowledged write survives a power cut).
 *
 * With synchronous=FULL every COMMIT waits for an fsync, and better-sqlite3 waits on the event
 * loop: one fsync per write caps the server at the disk's fsync rate however fast the code is.
 * Here the transactions (units) started in the same turn of the event loop run one after
 * another, each inside a SAVEPOINT of one shared SQLite transaction (a group), and the group is
 * committed once, with one fsync, when the turn ends. A unit's commit resolves only after its
 * group's COMMIT returned: nothing is acknowledged before it is durable. A unit that fails is
 * rolled back to its savepoint alone; a group whose COMMIT fails fails every unit in it.
 *
 * Reads outside transactions run on a second, query-only connection, so they see committed
 * (durable) data only and never wait for the writer. Transactions and every other statement run
 * on the writer connection, one unit at a time. Units of a group see each other's changes, as
 * successive transactions would; they commit together or not at all.
 */

/** A connection with the statements it has prepared, kept by their SQL text (preparing costs more than running a small query). */
class StatementCache {
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

  run(query: CompiledQuery): QueryResult<unknown> {
    const statement = this.prepare(query.sql);
    if (statement.reader) return { rows: statement.all(query.parameters as unknown[]) };
    const { changes, lastInsertRowid } = statement.run(query.parameters as unknown[]);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }
}

interface Group {
  durable: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

function newGroup(): Group {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const durable = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  durable.catch(() => undefined); // reported to each unit by commitTransaction
  return { durable, resolve, reject };
}

const UNIT = 'ow_unit';

/** What Kysely gets from acquireConnection: a unit on the writer once a transaction begins, else the router. */
class GroupConnection implements DatabaseConnection {
  /** Inside a transaction: the group it belongs to. */
  group: Group | null = null;

  constructor(private readonly driver: GroupCommitDriver) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.execute(this, query) as Promise<QueryResult<R>>;
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported on SQLite');
  }
}

export class GroupCommitDriver implements Driver {
  private readonly lock = new AsyncLock();
  private group: Group | null = null;
  private commitScheduled = false;
  /** Groups committed so far (for tests and diagnostics). */
  commits = 0;

  private readonly writer: StatementCache;
  private readonly reader: StatementCache;

  /** `writer`: the connection with the pragmas (WAL, synchronous=FULL…); `reader`: another connection to the same file. */
  constructor(writer: SQLite.Database, reader: SQLite.Database) {
    this.writer = new StatementCache(writer);
    this.reader = new StatementCache(reader);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new GroupConnection(this);
  }

  async releaseConnection(): Promise<void> {}

  /** Begins a unit: joins the open group (or opens one) and sets the unit's savepoint. */
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await this.lock.acquire();
    try {
      if (!this.group) {
        this.writer.sqlite.exec('begin immediate');
        this.group = newGroup();
      }
      this.writer.sqlite.exec(`savepoint ${UNIT}`);
      (connection as GroupConnection).group = this.group;
    } catch (error) {
      this.abandonGroup(error);
      this.lock.release();
      throw error;
    }
  }

  /** Ends a unit: its changes join the group; resolves once the group is committed (durable). */
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = connection as GroupConnection;
    const group = unit.group!;
    this.writer.sqlite.exec(`release ${UNIT}`); // a failure here leaves the unit open: Kysely rolls it back
    unit.group = null;
    this.endUnit();
    await group.durable;
  }

  /**
   * Rolls a unit back to its savepoint; resolves once its group is settled, so that what the unit
   * saw of the group's other units (a retry finding the first attempt's key, say) is durable
   * before the unit's caller answers.
   */
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = connection as GroupConnection;
    const group = unit.group;
    if (!group) return; // the unit had ended: its group's failure was reported by commitTransaction
    unit.group = null;
    try {
      if (!this.writer.sqlite.inTransaction) throw new Error('SQLite rolled back the whole transaction');
      this.writer.sqlite.exec(`rollback to ${UNIT}; release ${UNIT}`);
    } catch (error) {
      this.abandonGroup(error);
    }
    this.endUnit();
    await group.durable.catch(() => undefined);
  }

  /** Runs a statement: a unit's on the writer; a read outside transactions on the reader; any other as a unit of its own. */
  async execute(connection: GroupConnection, query: CompiledQuery): Promise<QueryResult<unknown>> {
    if (connection.group) return this.writer.run(query);
    if (SelectQueryNode.is(query.query) && this.reader.prepare(query.sql).readonly) return this.reader.run(query);
    await this.beginTransaction(connection);
    let result: QueryResult<unknown>;
    try {
      result = this.writer.run(query);
    } catch (error) {
      await this.rollbackTransaction(connection);
      throw error;
    }
    await this.commitTransaction(connection);
    return result;
  }

  /** Hands the writer to the next unit; the group is committed when the current turn of the event loop ends. */
  private endUnit(): void {
    this.lock.release();
    if (this.group && !this.commitScheduled) {
      this.commitScheduled = true;
      setImmediate(() => void this.commitGroup());
    }
  }

  private async commitGroup(): Promise<void> {
    await this.lock.acquire();
    this.commitScheduled = false;
    const group = this.group;
    this.group = null;
    try {
      if (group) {
        this.writer.sqlite.exec('commit');
        this.commits++;
        group.resolve();
      }
    } catch (error) {
      if (this.writer.sqlite.inTransaction) this.writer.sqlite.exec('rollback');
      group?.reject(error);
    } finally {
      this.lock.release();
    }
  }

  /** The shared transaction is gone (SQLite rolled it back, or it cannot begin): every unit of the group fails. */
  private abandonGroup(error: unknown): void {
    const group = this.group;
    this.group = null;
    if (this.writer.sqlite.inTransaction) this.writer.sqlite.exec('rollback');
    group?.reject(error);
  }

  /** Commits what is pending, then closes both connections. */
  async destroy(): Promise<void> {
    await this.lock.acquire();
    if (this.group) {
      const group = this.group;
      this.group = null;
      this.writer.sqlite.exec('commit');
      group.resolve();
    }
    this.reader.sqlite.close();
    this.writer.sqlite.close();
  }
}

/** The Kysely dialect: SQLite's adapter and compiler with the group-commit driver. */
export function groupCommitDialect(driver: GroupCommitDriver): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => driver,
    createIntrospector: (db: Kysely<unknown>) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}
