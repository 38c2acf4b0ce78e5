import { CONSOLE } from '../nav.js';

export const casePath = (id: string) => `${CONSOLE}/cases/${id}`;
export const documentPrintPath = (caseId: string, documentId: string) => `${CONSOLE}/cases/${caseId}/documents/${documentId}/print`;
