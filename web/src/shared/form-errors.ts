import type { FormInstance } from 'antd';
import { ApiError } from './api.js';

/**
 * Puts a server error onto a form: each issue goes to the field its JSON pointer names
 * ("/number" → number, "/departmentIds/0" → departmentIds), all at once. Returns what could not
 * be placed on a field, to be shown above the form (null when everything found its field).
 *
 * `conflicts` maps the codes of 409 answers to the field they are about (e.g. a taken window
 * number), since a conflict carries no issue path.
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
  conflicts: Record<string, string> = {},
): { message: string; placed: number } {
  if (!(error instanceof ApiError)) return { message: error instanceof Error ? error.message : String(error), placed: 0 };
  const byField = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const issue of error.issues) {
    const field = /^\/([^/]+)/.exec(issue.path)?.[1];
    if (field && fields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
    else unplaced.push(issue.message);
  }
  const conflictField = conflicts[error.code];
  if (conflictField && fields.includes(conflictField)) byField.set(conflictField, [error.message]);
  form.setFields([...byField].map(([name, errors]) => ({ name, errors: [...new Set(errors)] })));
  const message = byField.size === 0 ? error.message : unplaced.join(' ');
  return { message, placed: byField.size };
}
