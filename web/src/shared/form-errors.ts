import type { FormInstance } from 'antd';
import { ApiError } from './api.js';

/**
 * Puts a server error onto a form: each issue goes to the field its JSON pointer names
 * ("/number" → number, "/departmentIds/0" → departmentIds; for a form sent as a query string,
 * "querystring:/from" → from), all at once. Returns what could not
 * be placed on a field, to be shown above the form (null when everything found its field).
 *
 * `conflicts` maps the codes of 409 answers to the field they are about (e.g. a taken window
 * number), since a conflict carries no issue path.
 *
 * `lists` names the fields that are antd Form.Lists whose entries are fields of their own (an
 * editable table): "/materials/2/name" goes to ['materials', 2, 'name'], "/legalBasis/0" to
 * ['legalBasis', 0], while "/materials" stays on the list. Such a list must render a field for
 * every property of every entry, or the message would have nowhere to show.
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
  conflicts: Record<string, string> = {},
  lists: readonly string[] = [],
): { message: string; placed: number } {
  if (!(error instanceof ApiError)) return { message: error instanceof Error ? error.message : String(error), placed: 0 };
  const byField = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const issue of error.issues) {
    const field = /^(?:querystring:)?\/([^/]+)/.exec(issue.path)?.[1];
    const key = field && lists.includes(field) ? listEntryKey(issue.path) : field;
    if (field && key && fields.includes(field)) byField.set(key, [...(byField.get(key) ?? []), issue.message]);
    else unplaced.push(issue.message);
  }
  const conflictField = conflicts[error.code];
  if (conflictField && fields.includes(conflictField)) byField.set(conflictField, [error.message]);
  form.setFields([...byField].map(([key, errors]) => ({ name: key.startsWith('[') ? (JSON.parse(key) as (string | number)[]) : key, errors: [...new Set(errors)] })));
  const message = byField.size === 0 ? error.message : unplaced.join(' ');
  return { message, placed: byField.size };
}

/** The form name of an issue inside a list entry, as JSON ("/steps/1/name" → '["steps",1,"name"]'); the list's own name otherwise. */
function listEntryKey(path: string): string {
  const segments = path.replace(/^querystring:/, '').split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (segments.length < 2 || !/^\d+$/.test(segments[1] ?? '')) return segments[0] ?? '';
  return JSON.stringify(segments.map((s, i) => (i === 1 ? Number(s) : s)));
}
