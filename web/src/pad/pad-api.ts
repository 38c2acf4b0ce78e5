import { api } from '../shared/api.js';
import type { PadCurrent, RatingLevel } from '../shared/progress-labels.js';

const STORAGE_KEY = 'onewindow.padToken';

/**
 * The pad's token: taken from the pairing link (/pad?token=…) once, kept in this browser, and
 * removed from the address bar so that it is not on screen.
 */
export function padToken(): string | null {
  const fromLink = new URLSearchParams(window.location.search).get('token');
  try {
    if (fromLink) {
      window.localStorage.setItem(STORAGE_KEY, fromLink);
      window.history.replaceState(null, '', window.location.pathname);
    }
    return fromLink ?? window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return fromLink;
  }
}

/** The pad's two calls, authenticated by its token in a header (a pad has no staff session). */
export function padApi(token: string) {
  const client = api.withHeaders({ 'X-Pad-Token': token });
  return {
    current: () => client.get<PadCurrent>('/api/pad/current'),
    rate: (caseId: string, level: RatingLevel, comment?: string) => client.post<{ ok: boolean }>('/api/pad/ratings', { caseId, level, ...(comment ? { comment } : {}) }),
  };
}
