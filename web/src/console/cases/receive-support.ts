import type { FormInstance } from 'antd';
import type { ApiError } from '../../shared/api.js';

/** A key made once per receive form: a retry (double click, lost answer) gives the same case. */
export function idempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return `receive-${crypto.randomUUID()}`;
  return `receive-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** A JSON pointer as a form field name: "/applicant/idNumber" → ['applicant', 'idNumber'], "/materials/2/status" → ['materials', 2, 'status']. */
export function fieldNameOf(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replaceAll('~1', '/').replaceAll('~0', '~')));
}

const FORM_ROOTS = ['itemId', 'applicant', 'materials'];

/** Puts the server's issues on the receive form's fields (all at once); returns the messages with no field. */
export function placeIssues(form: FormInstance, error: ApiError): string[] {
  const placed = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: string[] = [];
  for (const issue of error.issues) {
    const name = fieldNameOf(issue.path);
    if (!FORM_ROOTS.includes(String(name[0]))) {
      unplaced.push(issue.message);
      continue;
    }
    // A material's name is hidden: its issue goes to the row's status.
    if (name[0] === 'materials' && name[2] === 'name') name[2] = 'status';
    const key = JSON.stringify(name);
    placed.set(key, { name, errors: [...(placed.get(key)?.errors ?? []), issue.message] });
  }
  form.setFields([...placed.values()]);
  if (error.issues.length === 0) unplaced.push(error.message);
  return unplaced;
}
