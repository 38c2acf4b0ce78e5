import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { ErrorResponse, IdParams, ListOf, Ok } from '../../http/schema-helpers.js';
import { CaseDetailSchema } from './cases.views.js';
import type { OnlineApplicationsService } from './cases-online.service.js';
import { ApplicationSummaryView, ApplicationView, PreReviewBody, PreReviewQueueItem, StartBody, SubmitBody, UpdateDraftBody, UploadParams, VersionBody } from './cases-online.schema.js';
import { bytesOf, rawUploadScope, sendUpload, uploadErrors, uploadRouteOptions } from './cases-uploads.routes.js';

const tags = ['portal 网上办事大厅: online application 网上申请'];
const errorsOf = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };
const read = { applicant: 'application.read' } as const;
const write = { applicant: 'application.write' } as const;

/** 网上申请 for signed-in applicants, and 网上预审 for staff. */
export function onlineRoutes(app: FastifyInstance, online: OnlineApplicationsService): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const base = '/api/portal/applications';

  r.get(base, { config: read, schema: { tags, summary: '我的办件 My applications: drafts and cases, with state and expected completion', response: { 200: ListOf(ApplicationSummaryView), ...errorsOf } } }, async (q) => ({
    items: await online.mine(q.ctx),
  }));
  r.post(base, { config: write, schema: { tags, summary: '在线申请 Start a draft for an item offered online (applicant prefilled)', body: StartBody, response: { 200: ApplicationView, ...errorsOf } } }, async (q) =>
    online.start(q.ctx, q.body.itemId),
  );
  r.get(`${base}/:id`, { config: read, schema: { tags, summary: 'An application of mine, with one slot per material', params: IdParams, response: { 200: ApplicationView, ...errorsOf } } }, async (q) =>
    online.view(q.ctx, q.params.id),
  );
  r.put(`${base}/:id`, { config: write, schema: { tags, summary: 'Change the applicant data of a draft', params: IdParams, body: UpdateDraftBody, response: { 200: ApplicationView, ...errorsOf } } }, async (q) =>
    online.update(q.ctx, q.params.id, q.body),
  );
  r.post(`${base}/:id/submit`, { config: write, schema: { tags, summary: '提交 Submit a draft (idempotent by idempotencyKey)', params: IdParams, body: SubmitBody, response: { 200: ApplicationView, ...errorsOf } } }, async (q) =>
    online.submit(q.ctx, q.params.id, q.body.idempotencyKey),
  );
  r.post(`${base}/:id/resubmit`, { config: write, schema: { tags, summary: '补正后重新提交 Resubmit a returned application', params: IdParams, body: VersionBody, response: { 200: ApplicationView, ...errorsOf } } }, async (q) =>
    online.resubmit(q.ctx, q.params.id, q.body.version),
  );
  r.get(`${base}/:id/uploads/:uploadId`, { config: read, schema: { tags, summary: '下载文件 Download one of my files (attachment)', params: UploadParams, response: uploadErrors } }, async (q, reply) =>
    sendUpload(reply, await online.download(q.ctx, q.params.id, q.params.uploadId)),
  );
  r.delete(`${base}/:id/uploads/:uploadId`, { config: write, schema: { tags, summary: 'Remove a file from a draft or a returned application', params: UploadParams, response: { 200: Ok, ...uploadErrors } } }, async (q) => {
    await online.removeUpload(q.ctx, q.params.id, q.params.uploadId);
    return { ok: true };
  });
  rawUploadScope(app, (scope) => {
    scope.withTypeProvider<TypeBoxTypeProvider>().post(`${base}/:id/uploads`, uploadRouteOptions(write, '上传材料 Upload a material file to my draft'), async (q) =>
      online.upload(q.ctx, q.params.id, { material: q.query.material, fileName: q.query.fileName, bytes: bytesOf(q.body) }),
    );
  });

  const staffTags = ['cases 办件: pre-review 网上预审'];
  r.get('/api/online/pre-review', { config: { permission: 'case.handle' }, schema: { tags: staffTags, summary: '网上预审 Submitted online applications in scope, with their files', response: { 200: ListOf(PreReviewQueueItem), ...errorsOf } } }, async (q) => ({
    items: await online.preReviewQueue(q.ctx),
  }));
  r.post(
    '/api/cases/:id/pre-review',
    { config: { permission: 'case.handle' }, schema: { tags: staffTags, summary: '预审 Pass (received) or return listing every problem at once', params: IdParams, body: PreReviewBody, response: { 200: CaseDetailSchema, ...errorsOf } } },
    async (q) => online.preReview(q.ctx, q.params.id, q.body.version, q.body),
  );
}
