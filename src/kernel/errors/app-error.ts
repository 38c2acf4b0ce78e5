import { interpolate, type Locale, type LocalizedText } from '../i18n/locale.js';

/**
 * What went wrong, in kinds that the HTTP layer maps to status codes in one place
 * (src/http/error-handler.ts). Domain code never speaks HTTP.
 */
export type ErrorKind =
  | 'invalid' // the input is wrong: 400
  | 'unauthenticated' // no valid session: 401
  | 'forbidden' // signed in, not allowed: 403
  | 'not_found' // 404
  | 'conflict' // the state changed underneath, or a duplicate: 409
  | 'unprocessable' // well-formed, but the rules of the domain refuse it: 422
  | 'too_large' // 413
  | 'unsupported_type' // the body is sent in a form the route does not take: 415
  | 'throttled' // 429
  | 'internal'; // 500

/** One problem with one field or row of an input. All of them are reported at once. */
export interface Issue {
  /** Where: a JSON path ("/promisedDays"), "row 12 column C", or "line 4". */
  path: string;
  /** Stable machine code of the problem, e.g. "required", "date.invalid". */
  code: string;
  /** The message in the caller's language, filled in when the error is presented. */
  message: LocalizedText;
}

/**
 * The one error type of OneWindow. `code` is stable and documented; `message` exists in every
 * locale; `details` carries the issues (for `invalid`) or other structured facts.
 */
export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly text: LocalizedText;
  readonly issues: Issue[];
  readonly details: Record<string, unknown>;

  constructor(
    kind: ErrorKind,
    code: string,
    text: LocalizedText,
    options: { issues?: Issue[]; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(text['en-US'], { cause: options.cause });
    this.name = 'AppError';
    this.kind = kind;
    this.code = code;
    this.text = text;
    this.issues = options.issues ?? [];
    this.details = options.details ?? {};
  }

  messageIn(locale: Locale): string {
    return this.text[locale];
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** A conflict (409): the loser of a race, e.g. a version check that no longer matches. */
export function isConflict(value: unknown): value is AppError {
  return isAppError(value) && value.kind === 'conflict';
}

/** Builds a localized text from two templates and their parameters. */
export function text(zh: string, en: string, params: Record<string, unknown> = {}): LocalizedText {
  return { 'zh-CN': interpolate(zh, params), 'en-US': interpolate(en, params) };
}

/** Builds one issue. */
export function issue(path: string, code: string, message: LocalizedText): Issue {
  return { path, code, message };
}
