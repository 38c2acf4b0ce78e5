/**
 * JSON with object keys sorted at every level: one byte sequence per value, for what is hashed
 * or compared as text (the audit records' before and after, a receipt's fingerprint). Exactly
 * JSON.stringify of the value with every object's entries re-created in sorted order (the
 * definition, kept in canonical-json.test.ts, that the stored records were written with): so
 * array-index keys ("2", "10") come first in numeric order, as JavaScript orders them in any
 * object, then the other keys in code-unit order. Written out by hand because it runs on every
 * audited write: a replacer called back for every value, and a copy of every object, cost
 * several times more.
 */
export function canonicalJson(value: unknown): string {
  return canonicalOf(value, '') as string;
}

/** A character JSON.stringify writes escaped: a control character, quote, backslash or surrogate (paired or lone: the slow path then decides). */
const NEEDS_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An own key that JavaScript orders as an array index: first, in numeric order (Object.keys already lists them so). */
const isArrayIndex = (key: string) => {
  const n = Number(key);
  return n >>> 0 === n && n !== 4294967295 && String(n) === key;
};

/** The keys of an object in canonical order: array indexes as Object.keys lists them, then the rest sorted. */
function sortedKeys(object: object): string[] {
  const keys = Object.keys(object);
  let indexes = 0;
  while (indexes < keys.length && isArrayIndex(keys[indexes]!)) indexes++;
  if (indexes === 0) return keys.sort(byCodeUnits);
  return [...keys.slice(0, indexes), ...keys.slice(indexes).sort(byCodeUnits)];
}

/** The canonical JSON of a value under `key`, or undefined where JSON.stringify leaves it out (undefined, a function, a symbol). */
function canonicalOf(input: unknown, key: string): string | undefined {
  let value = input;
  if (value !== null && (typeof value === 'object' || typeof value === 'bigint') && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON(key: string): unknown }).toJSON(key);
  }
  switch (typeof value) {
    case 'string':
      // Most strings need no escapes (none of: control characters, quote, backslash, surrogates): quoted as they are, as JSON.stringify would.
      return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
    case 'number':
    case 'boolean':
    case 'bigint': // JSON.stringify's own answer: a number's text, or its TypeError for a bigint
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += `${i ? ',' : ''}${canonicalOf(value[i], String(i)) ?? 'null'}`;
        return `${out}]`;
      }
      let out = '{';
      for (const k of sortedKeys(value)) {
        const text = canonicalOf((value as Record<string, unknown>)[k], k);
        if (text !== undefined) out += `${out.length > 1 ? ',' : ''}${JSON.stringify(k)}:${text}`;
      }
      return `${out}}`;
    }
    default:
      return undefined;
  }
}
