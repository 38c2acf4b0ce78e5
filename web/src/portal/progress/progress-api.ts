import { api } from '../../shared/api.js';
import type { Progress, RatingLevel } from '../../shared/progress-labels.js';

/** Where the progress and rating pages live; the QR code on receipts and notices points to `progress`. */
export const PROGRESS_PATHS = {
  progress: (caseNo?: string, code?: string) => (caseNo && code ? `/progress?${new URLSearchParams({ caseNo, code }).toString()}` : '/progress'),
  rate: (caseNo: string, code: string) => `/rate?${new URLSearchParams({ caseNo, code }).toString()}`,
};

export const progressApi = {
  progress: (caseNo: string, queryCode: string) => api.get<Progress>('/api/public/progress', { caseNo, queryCode }),
  rate: (body: { caseNo: string; queryCode: string; level: RatingLevel; comment?: string; channel: 'portal' | 'qr' }) => api.post<{ ok: boolean; level: number }>('/api/public/ratings', body),
};
