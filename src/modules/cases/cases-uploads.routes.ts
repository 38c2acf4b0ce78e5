import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyContextConfig, FastifyInstance, FastifyReply } from 'fastify';
import { ErrorResponse, IdParams, ListOf } from '../../http/schema-helpers.js';
import { AppError, text } from '../../kernel/errors/index.js';
import { readableSize } from '../../kernel/i18n/readable-size.js';
import type { CaseUploadsService, UploadView as Upload } from './cases-uploads.service.js';
import { UploadParams, UploadQuery, UploadView } from './cases-online.schema.js';
import { UPLOAD_LIMITS } from './domain/upload.js';

const tags = ['cases 办件: files 材料文件'];
export const uploadErrors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse, 422: ErrorResponse };
/** The body limit of an upload route: a file at the limit plus slack, so a slightly larger one gets the clear "too large" issue. */
const UPLOAD_BODY_LIMIT = UPLOAD_LIMITS.maxBytes + 64 * 1024;
const RAW_TYPES = ['application/octet-stream', 'application/pdf', 'image/jpeg', 'image/png'];

export const UPLOAD_DESCRIPTION = `Send the file as the raw request body (Content-Type: application/octet-stream), the material and the file's name in the query string. PDF, JPG or PNG by content, at most ${readableSize(UPLOAD_LIMITS.maxBytes)}, ${UPLOAD_LIMITS.maxFiles} files per case.`;

/** A scope whose routes take a file as the raw body, with the upload body limit (no multipart). */
export function rawUploadScope(app: FastifyInstance, routes: (scope: FastifyInstance) => void): void {
  app.register(async (scope) => {
    for (const type of RAW_TYPES) {
      scope.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT }, (_request, body, done) => done(null, body));
    }
    // Any other type (multipart forms above all): refused before the body is read.
    scope.addContentTypeParser('*', (_request, _payload, done) => done(notRawUpload(), undefined));
    routes(scope);
  });
}

export const uploadRouteOptions = (config: FastifyContextConfig, summary: string) => ({
  config: { ...config, largestBodyBytes: UPLOAD_LIMITS.maxBytes },
  bodyLimit: UPLOAD_BODY_LIMIT,
  schema: { tags, summary, description: UPLOAD_DESCRIPTION, params: IdParams, querystring: UploadQuery, response: { 200: UploadView, ...uploadErrors } },
});

/** A body that is not the raw file (JSON, text, a multipart form): 415, saying how to send one. */
const notRawUpload = () =>
  new AppError(
    'unsupported_type',
    'upload.not_raw',
    text('请以文件原始内容作为请求体上传（Content-Type: application/octet-stream、application/pdf、image/jpeg 或 image/png）。', 'Send the file itself as the request body (Content-Type application/octet-stream, application/pdf, image/jpeg or image/png).'),
  );

/** The uploaded file: the raw body (none: an empty file, which the upload rules report). */
export function bytesOf(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  if (body === undefined || body === null) return Buffer.alloc(0);
  throw notRawUpload();
}

/** Sends a stored file as an attachment with its real type; the browser never sniffs it. */
export function sendUpload(reply: FastifyReply, file: { upload: Upload; contentType: string; bytes: Buffer }) {
  const ascii = file.upload.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.upload.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.bytes);
}

/** Staff: the files of a case (a window case's scans, an online application's uploads). */
export function caseUploadsRoutes(app: FastifyInstance, uploads: CaseUploadsService): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get(
    '/api/cases/:id/uploads',
    { config: { permission: 'case.read' }, schema: { tags, summary: '材料文件 The files of a case', params: IdParams, response: { 200: ListOf(UploadView), ...uploadErrors } } },
    async (q) => ({ items: await uploads.listForStaff(q.ctx, q.params.id) }),
  );
  r.get(
    '/api/cases/:id/uploads/:uploadId',
    { config: { permission: 'case.read' }, schema: { tags, summary: '下载文件 Download a file of a case (attachment)', params: UploadParams, response: uploadErrors } },
    async (q, reply) => sendUpload(reply, await uploads.openForStaff(q.ctx, q.params.id, q.params.uploadId)),
  );
  rawUploadScope(app, (scope) => {
    scope.withTypeProvider<TypeBoxTypeProvider>().post(
      '/api/cases/:id/uploads',
      uploadRouteOptions({ permission: 'case.handle' }, '上传文件 Add a file to a case (a scan at the window)'),
      async (q) => uploads.addForStaff(q.ctx, q.params.id, { material: q.query.material, fileName: q.query.fileName, bytes: bytesOf(q.body) }),
    );
  });
}
