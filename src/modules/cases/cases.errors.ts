import { errors, text } from '../../kernel/errors/index.js';
import { itemUnknownIssue } from './domain/receipt.js';

/** The errors the cases module's services raise in more than one place, with their stable codes. */
export const caseErrors = {
  /** The item named is not in the catalog, or is no longer offered (cancelled). */
  itemUnknown: () => errors.invalid([itemUnknownIssue()]),
  /** The item may be applied for only at a window. */
  /** A receipt's idempotency key sent again with another request. */
  keyReused: () =>
    errors.conflict('case.key_reused', text(
        '该请求编号（idempotencyKey）已用于另一份内容不同的收件。若这是一份新的收件，请刷新页面后重新填写提交。',
        'This idempotency key was already used for a different receipt. For a new receipt, reload the page and fill in the form again.',
      )),
  notOfferedOnline: () => errors.rule('online.not_offered', text('该事项不提供网上申请，请到窗口办理。', 'This item cannot be applied for online; apply at a window.')),
};
