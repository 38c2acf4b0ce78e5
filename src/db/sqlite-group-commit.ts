import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
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
import { StatementCache } from './sqlite-statements.js';
import { encodeBatch, uncarry, type Answer, type Batch, type FromWriter, type Step, type StepResult, type ToWriter } from './sqlite-writer-protocol.js';
import { isWriteBehind } from './write-behind.js';

/**
 * SQLite with group commit, written by a thread of its own (DESIGN: every acknowledged write
 * survives a power cut).
 *
 * With synchronous=FULL every COMMIT waits for an fsync: one per write would cap the server at
 * the disk's fsync rate. So transactions (units) run one after another, each inside a SAVEPOINT of
 * one shared SQLite transaction (a group), and the group is committed once, with one fsync: at
 * once when a unit ends and the writer has no commit pending, else as soon as the pending commit
 * settles, with every unit that ended meanwhile (adaptive group commit: under load the groups grow
 * with the time a commit takes; when idle nothing waits). A unit's commit resolves only
 * after its group's COMMIT returned: nothing is acknowledged before it is durable. A unit that
 * fails is rolled back to its savepoint alone; a group whose COMMIT fails fails every unit in it.
 *
 * The writing connection lives on the writer thread (sqlite-writer-thread.ts), so SQLite's work
 * and the fsync run beside the server's thread instead of on it. A unit's statements are
 * gathered here and sent in one message when it commits; only a statement whose result the
 * caller awaits (a read inside a transaction, a count) makes a round trip, and write-behind
 * statements (write-behind.ts) ride with it. A statement's SQL crosses once; after that, the
 * number the writer knows it by. Units take turns here (one unit's batches at a time) and
 * messages keep their order, so units never interleave on the writer.
 *
 * Reads outside transactions run on this thread on a second, query-only connection, so they see
 * committed (durable) data only and never wait for the writer. Units of a group see each other's
 * changes, as successive transactions would; they commit together or not at all.
 */

/** Statements the writer knows by number at most (SQL texts built with varying list lengths must not grow the map without end). */
const MAX_NUMBERED_STATEMENTS = 10_000;

/** What the driver keeps of a unit (a transaction) on this thread: whether the writer has begun it, and its statements not yet sent. */
interface Unit {
  begun: boolean;
  steps: Step[];
}

/** The answer to a write-behind statement, not waited for: no rows, no count. */
const noAnswer = (): QueryResult<unknown> => ({ rows: [] });

/** What Kysely gets from acquireConnection: a unit once a transaction begins, else the router. */
class GroupConnection implements DatabaseConnection {
  unit: Unit | null = null;

  constructor(private readonly driver: GroupCommitDriver) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.execute(this, query) as Promise<QueryResult<R>>;
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported on SQLite');
  }
}

interface Waiter {
  resolve(result: StepResult | undefined): void;
  reject(error: Error): void;
}

/** Starts the writer thread; from TypeScript sources (tests, the dev server, the benchmarks) through tsx's loader. */
function startWriterThread(file: string): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./sqlite-writer-thread.js', here), { workerData: { file } });
  // tsx's ESM API (its exports map's "./esm/api" import entry), found from its package.json: resolving it here would pick the CommonJS one.
  const tsx = new URL('./dist/esm/api/index.mjs', pathToFileURL(createRequire(here).resolve('tsx/package.json'))).href;
  const entry = new URL('./sqlite-writer-thread.ts', here).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`, { eval: true, workerData: { file } });
}

export class GroupCommitDriver implements Driver {
  private readonly lock = new AsyncLock();
  private writer: Worker | null = null;
  private reader: StatementCache | null = null;
  /** Why the writer thread cannot be used any more (it failed or was closed). */
  private broken: Error | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiter>();
  private whenClosed: (() => void) | null = null;
  /** The statements the writer knows by number. */
  private readonly statementNumbers = new Map<string, number>();
  /** Batches sent so far (for tests and diagnostics). */
  batches = 0;
  /** A unit has ended since the last commit was asked for. */
  private groupOpen = false;
  /** commitGroup is waiting for its turn on the writer (the unit that has it must end first). */
  private commitScheduled = false;
  /** A commit was asked for and the writer has not settled it yet. */
  private commitPending = false;
  /** Commits the writer has settled so far (for tests and diagnostics). */
  commits = 0;

  /** `file`: the database file (created if missing). */
  constructor(private readonly file: string) {}

  /** Starts the writer thread (which sets WAL, synchronous=FULL…), then opens the reader connection. */
  async init(): Promise<void> {
    const writer = startWriterThread(this.file);
    try {
      await new Promise<void>((resolve, reject) => {
        writer.once('message', (message: FromWriter) => (message.kind === 'ready' ? resolve() : reject(message.kind === 'failed-to-open' ? uncarry(message.error) : new Error(`SQLite writer: ${message.kind}`))));
        writer.once('error', reject);
      });
    } catch (error) {
      this.broken = error as Error;
      await writer.terminate();
      throw error;
    }
    this.writer = writer;
    writer.on('message', (message: FromWriter) => this.receive(message));
    writer.on('error', (error) => this.fail(error));
    writer.on('exit', () => this.fail(new Error('The SQLite writer thread has stopped.')));
    writer.unref(); // kept alive only while something waits for it (request)
    const reader = new SQLite(this.file);
    reader.pragma('query_only = ON');
    reader.pragma('busy_timeout = 5000');
    this.reader = new StatementCache(reader);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new GroupConnection(this);
  }

  async releaseConnection(): Promise<void> {}

  /** Begins a unit: it takes its turn; the writer begins it with the first batch sent. */
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await this.lock.acquire();
    if (this.broken) {
      this.lock.release();
      throw this.broken;
    }
    (connection as GroupConnection).unit = { begun: false, steps: [] };
  }

  /** Ends a unit: its statements go to the writer, and the turn to the next unit; resolves once its group is committed (durable). */
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = this.endUnit(connection as GroupConnection);
    if (!unit) return;
    if (!unit.begun && unit.steps.length === 0) return this.lock.release();
    const settled = this.send(unit, 'release');
    this.endTurn();
    await settled;
  }

  /**
   * Rolls a unit back to its savepoint (its statements not yet sent are dropped); resolves once
   * its group is settled, so that what the unit saw of the group's other units (a retry finding
   * the first attempt's key, say) is durable before the unit's caller answers.
   */
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = this.endUnit(connection as GroupConnection);
    if (!unit) return; // the unit had ended: its failure was reported by commitTransaction
    if (!unit.begun) return this.lock.release();
    const settled = this.send({ begun: true, steps: [] }, 'rollback');
    this.endTurn();
    await settled.catch(() => undefined);
  }

  /** Runs a statement: a unit's on the writer (write-behind ones with the next batch); a read outside transactions on the reader; any other as a unit of its own. */
  async execute(connection: GroupConnection, query: CompiledQuery): Promise<QueryResult<unknown>> {
    const unit = connection.unit;
    if (unit) {
      const behind = isWriteBehind(query.sql);
      unit.steps.push(this.step(query, !behind));
      if (behind) return noAnswer();
      return this.send(unit, 'keep') as Promise<QueryResult<unknown>>;
    }
    if (SelectQueryNode.is(query.query) && this.reader!.prepare(query.sql).readonly) return this.reader!.run(query.sql, query.parameters);
    await this.beginTransaction(connection);
    const own = this.endUnit(connection)!;
    own.steps.push(this.step(query, true));
    const settled = this.send(own, 'release');
    this.endTurn();
    return (await settled) as QueryResult<unknown>;
  }

  /**
   * Hands the writer to the next unit. The unit's group is committed at once if the writer has no
   * commit to do; else the units that end meanwhile form the next group, committed when that
   * commit settles (adaptive group commit: no waiting when idle, one fsync for many when busy).
   */
  private endTurn(): void {
    this.groupOpen = true;
    if (!this.commitPending && !this.broken) this.postCommit();
    this.lock.release();
  }

  /** Asks the writer to commit the units ended so far (called between units: their batches are all sent, none of the next unit's). */
  private postCommit(): void {
    this.groupOpen = false;
    this.commitPending = true;
    this.post({ kind: 'commit' });
  }

  /** Commits the units that ended while the last commit was pending, once the unit that has the writer now (if any) has ended. */
  private async commitGroup(): Promise<void> {
    await this.lock.acquire();
    this.commitScheduled = false;
    if (this.groupOpen && !this.commitPending && !this.broken) this.postCommit();
    this.lock.release();
  }

  /** A statement for the writer: its SQL the first time, then the number the writer knows it by. */
  private step(query: CompiledQuery, answer: boolean): Step {
    const known = this.statementNumbers.get(query.sql);
    if (known !== undefined) return { statement: known, parameters: query.parameters, answer };
    if (this.statementNumbers.size >= MAX_NUMBERED_STATEMENTS) return { sql: query.sql, parameters: query.parameters, answer };
    const statement = this.statementNumbers.size;
    this.statementNumbers.set(query.sql, statement);
    return { sql: query.sql, statement, parameters: query.parameters, answer };
  }

  private endUnit(connection: GroupConnection): Unit | null {
    const unit = connection.unit;
    connection.unit = null;
    return unit;
  }

  /** Sends the unit's gathered statements; resolves with the answer (at once for `keep`, else once the group is settled). */
  private send(unit: Unit, end: Batch['end']): Promise<StepResult | undefined> {
    const batch: Batch = { id: this.nextId++, begin: !unit.begun, steps: unit.steps, end };
    unit.begun = true;
    unit.steps = [];
    return this.request(batch);
  }

  private request(batch: Batch): Promise<StepResult | undefined> {
    if (this.broken) return Promise.reject(this.broken);
    this.batches++;
    return new Promise((resolve, reject) => {
      if (this.waiting.size === 0) this.writer!.ref();
      this.waiting.set(batch.id, { resolve, reject });
      this.post(encodeBatch(batch));
    });
  }

  /** Sends at once: the writer runs a unit's statements while this thread goes on with the next request. */
  private post(message: ToWriter): void {
    this.writer!.postMessage(message);
  }

  private receive(message: FromWriter): void {
    if (message.kind === 'answer') this.answer(message.answer);
    else if (message.kind === 'settled') {
      if (message.committed) {
        this.commitPending = false;
        this.commits++;
      }
      if (this.groupOpen && !this.commitPending && !this.commitScheduled) {
        this.commitScheduled = true;
        void this.commitGroup();
      }
      for (const answer of message.answers) this.answer(answer);
    } else if (message.kind === 'closed') this.whenClosed?.();
  }

  private answer({ id, result, error }: Answer): void {
    const waiter = this.waiting.get(id);
    if (!waiter) return;
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.writer?.unref();
    if (error) waiter.reject(uncarry(error));
    else waiter.resolve(result);
  }

  /** The writer thread failed or stopped: everything waiting for it fails, and so does what comes after. */
  private fail(error: Error): void {
    this.broken ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
    this.whenClosed?.();
  }

  /** Commits what is pending, then closes both connections. */
  async destroy(): Promise<void> {
    const writer = this.writer;
    if (!writer) return;
    await this.lock.acquire();
    if (!this.broken) {
      writer.ref();
      await new Promise<void>((resolve) => {
        this.whenClosed = resolve;
        this.post({ kind: 'close' });
      });
    }
    this.broken = new Error('The database is closed.');
    await writer.terminate();
    this.reader?.sqlite.close();
    this.lock.release();
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
