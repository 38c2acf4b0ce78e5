import { errors, text } from '../../kernel/errors/index.js';
import { itemUnknownIssue } from './domain/receipt.js';

/** The errors the cases module's services raise in more than one place, with their stable codes. */
export const caseErrors = {
  /** The item named is not in the catalog, or is no longer offered (cancelled). */
  itemUnknown: () => errors.invalid([itemUnknownIssue()]),
  /** The item may be applied for only at a window. */
  /** A receipt's idempotency key sent again with another request. */
  keyReused: () =>
    errors.conflict('case.key_reused', text('该请求编号（idempotencyKey）已用于另一份内容不同的收件；新的收件请使用新的编号。', 'This idempotency key was used for a different receipt; use a new key for a new receipt.')),
  notOfferedOnline: () => errors.rule('online.not_offered', text('该事项不提供网上申请，请到窗口办理。', 'This item cannot be applied for online; apply at a window.')),
};
