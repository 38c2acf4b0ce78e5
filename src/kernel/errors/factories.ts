import type { LocalizedText } from '../i18n/locale.js';
import { AppError, text, type Issue } from './app-error.js';

/**
 * Error factories with stable codes. Modules add their own factories beside their domain
 * (e.g. `caseErrors`), built on these.
 */
export const errors = {
  /** The input has one or more problems; every issue is listed. */
  invalid(issues: Issue[], code = 'validation_failed'): AppError {
    const list = issues.map((i) => `${i.path}: ${i.message['zh-CN']}`).join('；');
    const listEn = issues.map((i) => `${i.path}: ${i.message['en-US']}`).join('; ');
    return new AppError(
      'invalid',
      code,
      {
        'zh-CN': `输入有 ${issues.length} 处错误，请修改后重试：${list}`,
        'en-US': `The input has ${issues.length} problem(s); please correct and retry: ${listEn}`,
      },
      { issues },
    );
  },
  /** Who is asking is unknown: not signed in, a wrong password, an unknown token (401). */
  unauthenticated(code = 'not_signed_in', message: LocalizedText = text('未登录或登录已过期，请重新登录。', 'Not signed in, or the session has expired. Please sign in again.')): AppError {
    return new AppError('unauthenticated', code, message);
  },
  /** A known credential that may no longer be used (a revoked pad, a disabled account): 403 with its own code. */
  revoked(code: string, message: LocalizedText): AppError {
    return new AppError('forbidden', code, message);
  },
  /** `action` (the permission or step) goes to details, not into the message people read. */
  forbidden(action: string, reason?: LocalizedText, details: Record<string, unknown> = {}): AppError {
    return new AppError(
      'forbidden',
      'forbidden',
      {
        'zh-CN': `您没有权限执行此操作。${reason?.['zh-CN'] ?? ''}`,
        'en-US': `You are not allowed to do this. ${reason?.['en-US'] ?? ''}`.trim(),
      },
      { details: { action, ...details } },
    );
  },
  notFound(entity: string, id: string): AppError {
    return new AppError(
      'not_found',
      'not_found',
      text('找不到{entity}：{id}。', '{entity} not found: {id}.', { entity, id }),
      { details: { entity, id } },
    );
  },
  conflict(code: string, message: ReturnType<typeof text>, details: Record<string, unknown> = {}): AppError {
    return new AppError('conflict', code, message, { details });
  },
  /** Well-formed input that the rules of the domain refuse (e.g. a transition not allowed now). */
  rule(code: string, message: ReturnType<typeof text>, details: Record<string, unknown> = {}): AppError {
    return new AppError('unprocessable', code, message, { details });
  },
  throttled(retryAfterSeconds: number): AppError {
    return new AppError(
      'throttled',
      'too_many_attempts',
      text('尝试次数过多，请在 {s} 秒后重试。', 'Too many attempts; retry in {s} seconds.', { s: retryAfterSeconds }),
      { details: { retryAfterSeconds } },
    );
  },
};
