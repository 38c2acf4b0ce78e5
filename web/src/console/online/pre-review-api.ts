import type { PreReviewQueueItem } from '../../../../src/modules/cases/cases-online.schema.js';
import { api } from '../../shared/api.js';
import type { CaseDomain } from '../../shared/case-domain-types.js';

/** A submitted online application as the pre-review queue gives it (the server's schema, type-only). */
export type QueuedApplication = PreReviewQueueItem;
export type MaterialProblem = CaseDomain['MaterialProblem'];

export const preReviewApi = {
  queue: () => api.get<{ items: QueuedApplication[] }>('/api/online/pre-review'),
  pass: (id: string, version: number) => api.post<{ caseNo: string; state: string }>(`/api/cases/${id}/pre-review`, { version, outcome: 'pass' }),
  giveBack: (id: string, version: number, problems: MaterialProblem[], note?: string) =>
    api.post<{ state: string }>(`/api/cases/${id}/pre-review`, { version, outcome: 'return', problems, ...(note ? { note } : {}) }),
  fileUrl: (caseId: string, uploadId: string) => `/api/cases/${caseId}/uploads/${uploadId}`,
};
