import type { Db, Trx } from '../../db/database.js';
import { chinaDateOf } from '../../kernel/calendar/index.js';
import type { RequestContext } from '../../kernel/context.js';
import { errors } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids/ids.js';
import { instantOf } from '../../kernel/time/clock.js';
import type { Applicant } from './domain/applicant.js';
import { actionFacts, documentContent, documentKindFor, documentNumberFrame, listsMaterials, type DocumentContent, type DocumentKind } from './domain/documents.js';
import type { CaseAction } from './domain/lifecycle.js';
import { caseDocumentsStore, type CaseDocumentRow } from './cases-documents.store.js';
import type { CaseCatalog, CaseOrganization } from './cases.ports.js';
import { casesStore, type CaseMaterialRow, type CaseRow } from './cases.store.js';
import { inMaterialOrder } from './domain/receipt.js';
import type { DocumentSummary } from './cases.views.js';

/** Who issues a case's documents: read before the transaction (the issuer's name, address, phone). */
export interface Letterhead {
  center: { name: string; address: string; phone: string };
  department: { name: string; phone: string };
  itemResult: string | null;
  /** The item's material names, in its list's order (the receipt lists them so). */
  materialOrder: readonly string[];
}

export function documentView(row: CaseDocumentRow): DocumentSummary {
  return { id: row.id, kind: row.kind as DocumentKind, title: row.title, number: row.number, issuedOn: row.issued_on, issuedAt: row.issued_at, issuedBy: row.issued_by, caseVersion: row.case_version };
}

/**
 * 文书: issued by the case's transitions inside their transaction (see domain/documents.ts), read
 * back unchanged for reprints. Access is the case's: callers pass a case they may read.
 */
export class CaseDocumentsService {
  constructor(
    private readonly db: Db,
    private readonly catalog: CaseCatalog,
    private readonly org: CaseOrganization,
  ) {}

  /** The letterhead for the document `action` issues, or null when it issues none (no reads then). */
  async letterheadFor(row: Pick<CaseRow, 'center_id' | 'department_id' | 'item_id' | 'item_version'>, action: CaseAction | { type: 'receive' }): Promise<Letterhead | null> {
    if (!documentKindFor(action)) return null;
    // The item as the case was received under it (a later version, or its cancellation, changes nothing here).
    const [{ centers, departments }, item] = await Promise.all([this.org.directory(), this.catalog.itemVersion(row.item_id, row.item_version)]);
    const center = centers.find((c) => c.id === row.center_id);
    const department = departments.find((d) => d.id === row.department_id);
    return {
      center: { name: center?.name ?? '', address: center?.address ?? '', phone: center?.phone ?? '' },
      department: { name: department?.name ?? '', phone: department?.phone ?? '' },
      itemResult: item?.result ?? null,
      materialOrder: item?.materials.map((m) => m.name) ?? [],
    };
  }

  /**
   * Issues the document `action` calls for on the case as it is after the action (nothing for most
   * actions). `written`: the case's materials when the caller has just written them all (a new
   * case), so they need not be read back.
   */
  async issueFor(
    trx: Trx,
    ctx: RequestContext,
    row: CaseRow,
    action: CaseAction | { type: 'receive' },
    letterhead: Letterhead | null,
    written?: readonly CaseMaterialRow[],
  ): Promise<void> {
    const kind = documentKindFor(action);
    if (!kind || !letterhead) return;
    const issuedAt = instantOf(ctx.clock);
    const issuedOn = chinaDateOf(issuedAt);
    const year = Number(issuedOn.slice(0, 4));
    const materials = listsMaterials(kind) ? inMaterialOrder(written ?? (await casesStore.materials(trx, row.id)), letterhead.materialOrder).filter((m) => m.submission_no === row.submission_no) : [];
    const content: DocumentContent = documentContent(kind, {
      caseNo: row.case_no,
      queryCode: row.query_code,
      applicant: JSON.parse(row.applicant_json) as Applicant,
      itemName: row.item_name,
      itemResult: letterhead.itemResult,
      promisedDays: row.promised_days,
      legalDays: row.legal_days,
      onTheSpot: row.case_type === 'onTheSpot',
      center: letterhead.center,
      department: letterhead.department,
      materials: materials.map((m) => ({ name: m.name, status: m.status, originals: m.originals, copies: m.copies, note: m.note })),
      receivedOn: row.received_on ?? issuedOn,
      acceptedOn: row.accepted_on,
      deemed: row.deemed_accepted === 1,
      deadline: row.deadline,
      issuedOn,
      ...actionFacts(action),
    });
    await caseDocumentsStore.insertNumbered(
      trx,
      {
        id: newId(ctx.clock),
        case_id: row.id,
        center_id: row.center_id,
        kind,
        year,
        title: content.title,
        case_version: row.version,
        issued_on: issuedOn,
        issued_at: issuedAt,
        issued_by: ctx.actor.name,
        content_json: JSON.stringify(content),
      },
      documentNumberFrame({ issuer: letterhead.center.name, kind, year }),
    );
  }

  async list(row: CaseRow) {
    return (await caseDocumentsStore.ofCase(this.db, row.id)).map(documentView);
  }

  async get(row: CaseRow, documentId: string) {
    const document = await caseDocumentsStore.find(this.db, row.id, documentId);
    if (!document) throw errors.notFound('文书', documentId);
    return { ...documentView(document), content: JSON.parse(document.content_json) as DocumentContent };
  }
}
