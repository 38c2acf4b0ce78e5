import { errors, type Issue } from '../errors/index.js';

/**
 * The outcome of checking one input: its parsed value, or the issues found. Checks never
 * throw, so a caller can check every field and report all problems at once (see requireAll).
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export function ok<T>(value: T): Checked<T> {
  return { ok: true, value };
}

export function fail<T = never>(...issues: Issue[]): Checked<T> {
  return { ok: false, issues };
}

/** The value, or throws `invalid` with the issues. */
export function requireValid<T>(checked: Checked<T>): T {
  if (!checked.ok) throw errors.invalid(checked.issues);
  return checked.value;
}

type Values<R> = { [K in keyof R]: R[K] extends Checked<infer T> ? T : never };

/**
 * All values of a record of checks, or throws one `invalid` error listing every issue of every
 * field: `const { from, days } = requireAll({ from: checkDate(b.from, '/from'), days: … })`.
 */
export function requireAll<R extends Record<string, Checked<unknown>>>(checks: R): Values<R> {
  const issues: Issue[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, checked] of Object.entries(checks)) {
    if (checked.ok) values[key] = checked.value;
    else issues.push(...checked.issues);
  }
  if (issues.length > 0) throw errors.invalid(issues);
  return values as Values<R>;
}

/**
 * Throws the `invalid` error of a record of checks. For hot paths that parse optimistically and
 * only run the checks (which build messages) once something failed.
 */
export function explain(checks: Record<string, Checked<unknown>>): never {
  requireAll(checks);
  throw new Error('explain: called although every check passed');
}
