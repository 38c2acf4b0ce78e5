import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, errors, isAppError, text, type ErrorKind } from '../kernel/errors/index.js';
import { localeFromAcceptLanguage } from '../kernel/i18n/locale.js';
import { readableSize } from '../kernel/i18n/readable-size.js';
import { issuesFromAjv } from './validation.js';

/** The one mapping from error kinds to HTTP status codes. */
export const STATUS_OF: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_type: 415,
  unprocessable: 422,
  throttled: 429,
  internal: 500,
};

/** A body over the route's limit: 413, naming the limit. */
function bodyTooLarge(request: FastifyRequest): AppError {
  const limitBytes = request.routeOptions.config.largestBodyBytes ?? request.routeOptions.bodyLimit ?? request.server.initialConfig.bodyLimit ?? 0;
  const size = readableSize(limitBytes);
  return new AppError(
    'too_large',
    'body_too_large',
    text('请求内容过大：此处最多接受 {size}，请缩小后重试。', 'The request body is too large: at most {size} is accepted here. Make it smaller and retry.', { size }),
    { details: { limitBytes } },
  );
}

/** Fastify's own client errors, in the user's language. */
function fromFastifyError(error: FastifyError, request: FastifyRequest): AppError | null {
  if (error.validation) {
    return errors.invalid(issuesFromAjv(error.validation as never, error.validationContext ?? 'body'));
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('invalid', 'malformed_json', text('请求内容不是有效的 JSON，请检查格式。', 'The request body is not valid JSON.'));
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return bodyTooLarge(request);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_type', 'unsupported_media_type', text('不支持的内容类型（Content-Type），请以 JSON 发送。', 'Unsupported content type; send JSON.'));
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('invalid', 'bad_content_length', text('请求内容长度与 Content-Length 不符。', 'The request body does not match its Content-Length.'));
    default:
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return new AppError('invalid', (error.code ?? 'bad_request').toLowerCase(), text('请求无效：{m}', 'Bad request: {m}', { m: error.message }));
      }
      return null;
  }
}

export function sendError(request: FastifyRequest, reply: FastifyReply, appError: AppError) {
  const locale = localeFromAcceptLanguage(request.headers['accept-language']);
  const status = STATUS_OF[appError.kind];
  const retryAfter = appError.details.retryAfterSeconds;
  if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
  const details =
    appError.issues.length > 0
      ? { ...appError.details, issues: appError.issues.map((i) => ({ path: i.path, code: i.code, message: i.message[locale] })) }
      : appError.details;
  return reply.status(status).send({ error: { code: appError.code, message: appError.messageIn(locale), details } });
}

export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const appError = isAppError(error) ? error : fromFastifyError(error as FastifyError, request);
  if (appError) {
    if (appError.kind === 'internal') request.log.error({ err: error }, 'internal error');
    return sendError(request, reply, appError);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendError(
    request,
    reply,
    new AppError('internal', 'internal_error', text('服务器内部错误，已记录，请稍后重试。', 'Internal server error; it has been logged. Please retry later.')),
  );
}
