import type { applicationSummary, applicationView } from '../../../../src/modules/cases/cases-online.presenter.js';
import type { UploadView } from '../../../../src/modules/cases/cases-uploads.service.js';
import type { Applicant } from '../../../../src/modules/cases/domain/applicant.js';
import { api } from '../../shared/api.js';

/** The server's shapes (type-only) of an applicant's account and applications. */
export type ApplicationSummary = ReturnType<typeof applicationSummary>;
export type Application = ReturnType<typeof applicationView>;
export type { Applicant, UploadView };

export interface ApplicantMe {
  id: string;
  kind: 'person' | 'enterprise';
  displayName: string;
  applicant: Applicant;
  csrfToken: string;
}

const base = '/api/portal/applications';

/** The portal's calls for applicant accounts and online applications. */
export const onlineApi = {
  me: () => api.get<ApplicantMe>('/api/portal/account/me'),
  login: (loginName: string, password: string) => api.post<ApplicantMe>('/api/portal/account/login', { loginName, password }),
  register: (applicant: Applicant, password: string) => api.post<ApplicantMe>('/api/portal/account/register', { applicant, password }),
  logout: () => api.post<{ ok: boolean }>('/api/portal/account/logout'),
  mine: () => api.get<{ items: ApplicationSummary[] }>(base),
  start: (itemId: string) => api.post<Application>(base, { itemId }),
  get: (id: string) => api.get<Application>(`${base}/${id}`),
  submit: (id: string, idempotencyKey: string) => api.post<Application>(`${base}/${id}/submit`, { idempotencyKey }),
  resubmit: (id: string, version: number) => api.post<Application>(`${base}/${id}/resubmit`, { version }),
  removeUpload: (id: string, uploadId: string) => api.delete<{ ok: boolean }>(`${base}/${id}/uploads/${uploadId}`),
  /** The file as the raw body (application/octet-stream); material and file name in the query string. */
  upload: (id: string, material: string, file: File) =>
    api.upload<UploadView>(`${base}/${id}/uploads?${new URLSearchParams({ material, fileName: file.name })}`, new Blob([file], { type: 'application/octet-stream' })),
  fileUrl: (id: string, uploadId: string) => `${base}/${id}/uploads/${uploadId}`,
};

export const PORTAL_ACCOUNT_PATHS = {
  signIn: '/account/sign-in',
  register: '/account/register',
  mine: '/my/applications',
  application: (id: string) => `/my/applications/${id}`,
  apply: (itemId: string) => `/apply/${encodeURIComponent(itemId)}`,
};
