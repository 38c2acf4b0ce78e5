import { api, type QueryValue } from '../../shared/api.js';
import type { CaseDomain } from '../../shared/case-domain-types.js';

export type CaseListItem = CaseDomain['CaseView'];
export type CaseDetail = CaseDomain['CaseDetail'];
export type ClockView = CaseDomain['ClockView'];
export type CaseState = CaseDomain['CaseState'];
export type CaseAction = CaseDomain['CaseAction'];
export type CaseActionType = CaseAction['type'];
export type CaseTask = CaseDomain['CaseTask'];
export type DocumentContent = CaseDomain['DocumentContent'];
export type DocumentKind = CaseDomain['DocumentKind'];
export type MaterialProblem = CaseDomain['MaterialProblem'];
export type SuspensionKind = CaseDomain['SuspensionKind'];
export type Applicant = CaseDomain['Applicant'];

export interface CaseDocument {
  id: string;
  kind: DocumentKind;
  title: string;
  number: string;
  issuedOn: string;
  issuedAt: string;
  issuedBy: string;
  caseVersion: number;
}

export type BillLine = CaseDomain['BillLine'];
export interface Bill {
  lines: BillLine[];
  totalFen: number;
  dueFen: number;
}

export interface ReceiveMaterial {
  name: string;
  status: 'received' | 'missing' | 'defective';
  originals?: number;
  copies?: number;
  note?: string;
}

/** The cases API (src/modules/cases/cases.routes.ts, cases-documents.routes.ts). */
export const casesApi = {
  list: (query: Record<string, QueryValue>) => api.get<{ items: CaseListItem[] }>('/api/cases', query),
  detail: (id: string) => api.get<CaseDetail>(`/api/cases/${id}`),
  allowedActions: (id: string) => api.get<{ actions: CaseActionType[] }>(`/api/cases/${id}/allowed-actions`),
  act: (id: string, version: number, action: CaseAction) => api.post<CaseDetail>(`/api/cases/${id}/actions`, { version, action }),
  receive: (body: { itemId: string; windowId?: string | null; channel: 'window'; applicant: Applicant; materials: ReceiveMaterial[]; idempotencyKey: string }) =>
    api.post<CaseDetail>('/api/cases', body),
  documents: (id: string) => api.get<{ items: CaseDocument[] }>(`/api/cases/${id}/documents`),
  document: (id: string, documentId: string) => api.get<CaseDocument & { content: DocumentContent }>(`/api/cases/${id}/documents/${documentId}`),
  bill: (id: string) => api.get<Bill>(`/api/cases/${id}/bill`),
  waive: (id: string, names: string[], reason: string) => api.post<Bill>(`/api/cases/${id}/bill/waive`, { names, reason }),
  pay: (id: string, invoiceNo: string) => api.post<Bill>(`/api/cases/${id}/bill/pay`, { invoiceNo }),
};
