import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { ErrorResponse, Id, IdParams, ListOf, Strict } from '../../http/schema-helpers.js';
import { DocumentSchema, DocumentSummarySchema } from './cases.views.js';
import type { CasesService } from './cases.service.js';

const tags = ['cases 办件'];
const errorsOf = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const DocumentParams = Strict({ id: Id, documentId: Id });

/**
 * The workbench's reads of a case beyond its detail: 文书 (receipt, acceptance, correction,
 * refusal and result notices, for reprints) and the actions the user may take on it now.
 */
export function caseDocumentsRoutes(app: FastifyInstance, cases: CasesService): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get(
    '/api/cases/:id/allowed-actions',
    { config: { permission: 'case.read' }, schema: { tags, summary: '可办理的操作 The lifecycle actions the user may take on the case now', params: IdParams, response: { 200: Type.Object({ actions: Type.Array(Type.String()) }), ...errorsOf } } },
    async (q) => ({ actions: await cases.allowedActions(q.ctx, await cases.get(q.ctx, q.params.id)) }),
  );
  r.get(
    '/api/cases/:id/documents',
    { config: { permission: 'case.read' }, schema: { tags, summary: '文书列表 The documents a case\'s transitions issued', params: IdParams, response: { 200: ListOf(DocumentSummarySchema), ...errorsOf } } },
    async (q) => ({ items: await cases.documents.list(await cases.get(q.ctx, q.params.id)) }),
  );
  r.get(
    '/api/cases/:id/documents/:documentId',
    { config: { permission: 'case.read' }, schema: { tags, summary: '文书 One document with its content snapshot (reprints never change its number)', params: DocumentParams, response: { 200: DocumentSchema, ...errorsOf } } },
    async (q) => cases.documents.get(await cases.get(q.ctx, q.params.id), q.params.documentId),
  );
}
