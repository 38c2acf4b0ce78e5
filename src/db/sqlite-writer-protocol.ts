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

/**
 * A batch as it crosses the threads: one flat array — its id, begin, end and number of steps,
 * then for each step its statement number (−1 for none), its SQL (or null), answer, its number
 * of parameters and the parameters. Structured cloning copies such an array in less than half
 * the time it takes for the same values in an object per step, whose property names it writes
 * each time (26 → 11 µs of the server thread's CPU per batch of a real run, bench/README round 12).
 */
export type EncodedBatch = unknown[];

export type ToWriter = EncodedBatch | Commit | Close;

const NO_STATEMENT = -1;

export function encodeBatch(batch: Batch): EncodedBatch {
  const encoded: unknown[] = [batch.id, batch.begin, batch.end, batch.steps.length];
  for (const step of batch.steps) {
    encoded.push(step.statement ?? NO_STATEMENT, step.sql ?? null, step.answer, step.parameters.length);
    for (const parameter of step.parameters) encoded.push(parameter);
  }
  return encoded;
}

export function decodeBatch(encoded: EncodedBatch): Batch {
  const [id, begin, end, stepCount] = encoded as [number, boolean, Batch['end'], number];
  const steps: Step[] = [];
  let at = 4;
  for (let n = 0; n < stepCount; n++) {
    const statement = encoded[at] as number;
    const sql = encoded[at + 1] as string | null;
    const answer = encoded[at + 2] as boolean;
    const parameterCount = encoded[at + 3] as number;
    at += 4;
    const step: Step = { parameters: encoded.slice(at, at + parameterCount), answer };
    at += parameterCount;
    if (statement !== NO_STATEMENT) step.statement = statement;
    if (sql !== null) step.sql = sql;
    steps.push(step);
  }
  return { id, begin, steps, end };
}

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
