/** The tables of case documents (文书); conventions as in schema.ts. */
export interface CaseDocumentTable {
  id: string;
  case_id: string;
  center_id: string;
  /** receipt | acceptance | correction | refusal | result (src/modules/cases/domain/documents.ts) */
  kind: string;
  year: number;
  sequence: number;
  /** The formatted number (文号), e.g. 示范县政务服务中心 受字〔2026〕第 00012 号. */
  number: string;
  title: string;
  /** The case's version after the transition that issued it. */
  case_version: number;
  issued_on: string;
  issued_at: string;
  issued_by: string;
  /** The content snapshot (DocumentContent): a reprint shows exactly this. */
  content_json: string;
}

export interface CaseDocumentSequenceTable {
  center_id: string;
  kind: string;
  year: number;
  last_sequence: number;
}

export interface CaseDocumentTables {
  case_documents: CaseDocumentTable;
  case_document_sequences: CaseDocumentSequenceTable;
}
