import type { caseView } from '../../../../src/modules/cases/cases.presenter.js';
import type { MaterialProblem } from '../../../../src/modules/cases/domain/lifecycle.js';
import { api } from '../../shared/api.js';

/** A submitted online application as the pre-review queue gives it (the server's case view, type-only). */
export type QueuedApplication = ReturnType<typeof caseView> & { uploads: { id: string; material: string; fileName: string; type: string; bytes: number }[] };
export type { MaterialProblem };

export const preReviewApi = {
  queue: () => api.get<{ items: QueuedApplication[] }>('/api/online/pre-review'),
  pass: (id: string, version: number) => api.post<{ caseNo: string; state: string }>(`/api/cases/${id}/pre-review`, { version, outcome: 'pass' }),
  giveBack: (id: string, version: number, problems: MaterialProblem[], note?: string) =>
    api.post<{ state: string }>(`/api/cases/${id}/pre-review`, { version, outcome: 'return', problems, ...(note ? { note } : {}) }),
  fileUrl: (caseId: string, uploadId: string) => `/api/cases/${caseId}/uploads/${uploadId}`,
};
