/**
 * The SQLite writer thread (sqlite-group-commit.ts): owns the connection that writes, runs the
 * units of work the server's thread sends, in the order sent, and commits them in the groups it
 * says — so SQLite's work and its fsync no longer take the server's thread. Started as a worker
 * with `workerData: { file }`.
 */
import SQLite from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { auditHashOfRow } from '../kernel/audit/audit.domain.js';
import { StatementCache } from './sqlite-statements.js';
import { carry, decodeBatch, type Answer, type Batch, type FromWriter, type Step, type StepResult, type ToWriter } from './sqlite-writer-protocol.js';
import { expectsOneRow, UNEXPECTED_ROWS_CODE } from './write-behind.js';

const UNIT = 'ow_unit';
/** SQLite ended the shared transaction itself (some errors, a full disk, do): the group's units are lost. */
const groupLost = () => new Error('SQLite rolled back the whole transaction');

const port = parentPort!;
const send = (message: FromWriter) => port.postMessage(message);

/**
 * Opens the writer connection: WAL, synchronous=FULL (every acknowledged write survives a power
 * cut), foreign keys, a busy timeout for the CLI beside the server, and temporary storage in
 * memory: each unit of a group runs in a SAVEPOINT, whose sub-journal (the pages as they were
 * before the unit changed them) SQLite otherwise spills to a temporary file past 64 KiB — about
 * one unit's pages, so two-thirds of the writer's system calls went to a file read only when a
 * unit is rolled back. The sub-journal only ever undoes a unit; durability is the WAL's, unchanged.
 */
function open(file: string): SQLite.Database {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('temp_store = MEMORY');
  // The audit append numbers and hashes records as it writes them (audit.store.ts), as PostgreSQL's onewindow_append_audit does.
  sqlite.function('onewindow_audit_hash', { deterministic: true, varargs: true }, (prevHash, seq, ...fields) => auditHashOfRow(String(prevHash), Number(seq), fields));
  return sqlite;
}

class Writer {
  private readonly statements: StatementCache;
  /** Batches that ended their units in the open group, answered when it is settled. */
  private group: Answer[] | null = null;
  private readonly sqlByNumber: string[] = [];

  constructor(sqlite: SQLite.Database) {
    this.statements = new StatementCache(sqlite);
  }

  private get sqlite(): SQLite.Database {
    return this.statements.sqlite;
  }

  handle(batch: Batch): void {
    if (!batch.begin && !this.group) {
      // The unit's group was abandoned under it (SQLite rolled the whole transaction back).
      const answer = { id: batch.id, error: carry(groupLost()) };
      if (batch.end === 'keep') send({ kind: 'answer', answer });
      else send({ kind: 'settled', answers: [answer] });
      return;
    }
    if (batch.begin) {
      try {
        if (this.group && !this.sqlite.inTransaction) throw groupLost();
        if (!this.group) {
          this.sqlite.exec('begin immediate');
          this.group = [];
        }
        this.sqlite.exec(`savepoint ${UNIT}`);
      } catch (error) {
        this.abandonGroup(error);
        this.group = [{ id: batch.id, error: carry(error) }];
        this.settle();
        return;
      }
    }
    let result: StepResult | undefined;
    let failure: unknown;
    for (const step of batch.steps) {
      try {
        const stepResult = this.run(step);
        if (step.answer) result = stepResult;
      } catch (error) {
        failure = error;
        break;
      }
    }
    if (batch.end === 'keep') {
      send({ kind: 'answer', answer: failure === undefined ? { id: batch.id, result } : { id: batch.id, error: carry(failure) } });
      return;
    }
    if (batch.end === 'release' && failure === undefined) {
      try {
        this.sqlite.exec(`release ${UNIT}`);
        this.group!.push({ id: batch.id, result });
      } catch (error) {
        failure = error;
      }
    }
    if (batch.end === 'rollback' || failure !== undefined) {
      const answer = failure === undefined ? { id: batch.id } : { id: batch.id, error: carry(failure) };
      try {
        if (!this.sqlite.inTransaction) throw groupLost();
        this.sqlite.exec(`rollback to ${UNIT}; release ${UNIT}`);
      } catch (error) {
        this.abandonGroup(error); // the group's other units fail; this one is answered at once
        send({ kind: 'settled', answers: [answer] });
        return;
      }
      // A unit rolled back is answered when its group is settled, so that what it saw of the group's other units is durable before its caller answers.
      this.group!.push(answer);
    }
  }

  private run(step: Step): StepResult {
    const sql = this.sqlOf(step);
    const result = this.statements.run(sql, step.parameters);
    if (expectsOneRow(sql) && result.numAffectedRows !== 1n) {
      throw Object.assign(new Error(`The statement changed ${result.numAffectedRows} rows instead of one: the row was not at the expected version`), { code: UNEXPECTED_ROWS_CODE });
    }
    return result;
  }

  /** The step's SQL: given, and then kept under its number, or known by its number. */
  private sqlOf(step: Step): string {
    if (step.sql !== undefined) {
      if (step.statement !== undefined) this.sqlByNumber[step.statement] = step.sql;
      return step.sql;
    }
    return this.sqlByNumber[step.statement!]!;
  }

  /** Commits the group (one fsync) and answers its units. */
  commit(): void {
    if (!this.group) return send({ kind: 'settled', answers: [], committed: true });
    try {
      this.sqlite.exec('commit');
    } catch (error) {
      if (this.sqlite.inTransaction) this.sqlite.exec('rollback');
      const carried = carry(error);
      this.group = this.group.map((answer) => ({ id: answer.id, error: answer.error ?? carried }));
    }
    this.settle(true);
  }

  private settle(committed = false): void {
    const answers = this.group ?? [];
    this.group = null;
    if (committed) send({ kind: 'settled', answers, committed });
    else if (answers.length > 0) send({ kind: 'settled', answers });
  }

  /** The shared transaction is gone (SQLite rolled it back, or it cannot begin): every unit of the group fails. */
  private abandonGroup(error: unknown): void {
    if (this.sqlite.inTransaction) this.sqlite.exec('rollback');
    const carried = carry(error);
    this.group = (this.group ?? []).map((answer) => ({ id: answer.id, error: answer.error ?? carried }));
    this.settle();
  }

  close(): void {
    this.commit();
    this.sqlite.close();
  }
}

let writer: Writer;
try {
  writer = new Writer(open((workerData as { file: string }).file));
  send({ kind: 'ready' });
} catch (error) {
  send({ kind: 'failed-to-open', error: carry(error) });
  process.exit(1);
}

port.on('message', (message: ToWriter) => {
  if (Array.isArray(message)) return writer.handle(decodeBatch(message));
  if (message.kind === 'commit') return writer.commit();
  writer.close();
  send({ kind: 'closed' });
  port.close();
});
