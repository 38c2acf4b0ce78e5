/**
 * What the server's thread and the SQLite writer thread (sqlite-writer-thread.ts) say to each
 * other. Messages travel in order, so a unit's batches never interleave with another unit's.
 */

/**
 * A statement of a unit: its SQL (sent once with the number the writer will know it by, then the
 * number alone) and parameters; `answer` when the caller waits for its result.
 */
export interface Step {
  sql?: string;
  statement?: number;
  parameters: readonly unknown[];
  answer: boolean;
}

/**
 * A batch of one unit of work (a transaction): `begin` opens the unit (its savepoint in the
 * open group); `end` says what follows the steps — `keep` (the unit stays open and the answer
 * comes at once: the caller waits for a result), `release` (the unit's changes join the group)
 * or `rollback` (they are undone). A batch ending the unit is answered once its group is
 * settled: committed, or failed.
 */
export interface Batch {
  kind: 'batch';
  id: number;
  begin: boolean;
  steps: Step[];
  end: 'keep' | 'release' | 'rollback';
}

/** Commit the open group: the batches sent before it. */
export interface Commit {
  kind: 'commit';
}

/** Commit what is open, then close the connection. */
export interface Close {
  kind: 'close';
}

export type ToWriter = Batch | Commit | Close;

/** A statement's result, as Kysely's QueryResult. */
export interface StepResult {
  rows: unknown[];
  numAffectedRows?: bigint;
  insertId?: bigint;
}

/** An error as it crosses the threads: its message, and the code the application looks at. */
export interface CarriedError {
  name: string;
  message: string;
  code?: string;
}

export interface Answer {
  id: number;
  result?: StepResult;
  error?: CarriedError;
}

export type FromWriter =
  | { kind: 'ready' }
  | { kind: 'failed-to-open'; error: CarriedError }
  /** A `keep` batch's answer. */
  | { kind: 'answer'; answer: Answer }
  /**
   * The answers of the batches that ended their units in one group, once the group's COMMIT
   * returned (or failed). `committed`: the reply to a Commit, sent even when there was nothing to commit.
   */
  | { kind: 'settled'; answers: Answer[]; committed?: boolean }
  | { kind: 'closed' };

export function carry(error: unknown): CarriedError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { name: 'Error', message: String(error) };
}

/** The error again, on the receiving thread: same name, message and code (what isKeyTaken and isUnexpectedRowCount read). */
export function uncarry(carried: CarriedError): Error {
  const error = new Error(carried.message) as Error & { code?: string };
  error.name = carried.name;
  if (carried.code !== undefined) error.code = carried.code;
  return error;
}
