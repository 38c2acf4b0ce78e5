/**
 * The one way the web app talks to the server: JSON in and out, the session cookie sent by the
 * browser, the CSRF token on every write, the user's language in Accept-Language, and every
 * error turned into an ApiError that carries the server's message and field issues.
 */

export interface ApiIssue {
  /** JSON pointer into the request body, e.g. "/number" or "/departmentIds/0". */
  path: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get forbidden(): boolean {
    return this.status === 403;
  }
}

type Listener = () => void;

let csrfToken: string | null = null;
let language = 'zh-CN';
const unauthorizedListeners = new Set<Listener>();

export const apiSession = {
  setCsrfToken(token: string | null): void {
    csrfToken = token;
  },
  setLanguage(locale: string): void {
    language = locale;
  },
  /** Called when the server says the session is gone (401 outside sign-in). */
  onUnauthorized(listener: Listener): () => void {
    unauthorizedListeners.add(listener);
    return () => unauthorizedListeners.delete(listener);
  },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function issuesOf(details: Record<string, unknown>): ApiIssue[] {
  const raw = details.issues;
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).map((i) => ({ path: String(i.path ?? ''), code: String(i.code ?? ''), message: String(i.message ?? '') }));
}

function errorFrom(status: number, body: unknown, fallback: string): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (!error) return new ApiError(status, 'http_' + status, fallback);
  const details = isRecord(error.details) ? error.details : {};
  return new ApiError(status, String(error.code ?? 'error'), String(error.message ?? fallback), issuesOf(details), details);
}

const NETWORK_MESSAGE: Record<string, string> = {
  'zh-CN': '无法连接服务器，请检查网络后重试。',
  'en-US': 'Cannot reach the server; check the network and retry.',
};

export type QueryValue = string | number | boolean | undefined | null;

function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function request<T>(method: string, path: string, options: { body?: unknown; file?: Blob; query?: Record<string, QueryValue>; headers?: Record<string, string> } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language, ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.file) headers['Content-Type'] = options.file.type || 'application/octet-stream';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.file ?? (options.body === undefined ? null : JSON.stringify(options.body)),
    });
  } catch {
    throw new ApiError(0, 'network', NETWORK_MESSAGE[language] ?? NETWORK_MESSAGE['zh-CN']!);
  }
  const body: unknown = response.headers.get('content-type')?.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const error = errorFrom(response.status, body, response.statusText);
    if (response.status === 401 && path !== '/api/auth/login' && path !== '/api/auth/me') unauthorizedListeners.forEach((l) => l());
    throw error;
  }
  return body as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>) => request<T>('GET', path, query ? { query } : {}),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** A file as the raw request body (e.g. an .xlsx import), with its own content type. */
  upload: <T>(path: string, file: Blob) => request<T>('POST', path, { file }),
  /** Calls with extra headers, e.g. a rating pad's token (X-Pad-Token). */
  withHeaders: (headers: Record<string, string>) => ({
    get: <T>(path: string) => request<T>('GET', path, { headers }),
    post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, { body, headers }),
  }),
};
