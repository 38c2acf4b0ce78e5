import { errors, text } from '../../kernel/errors/index.js';
import { itemUnknownIssue } from './domain/receipt.js';

/** The errors the cases module's services raise in more than one place, with their stable codes. */
export const caseErrors = {
  /** The item named is not in the catalog, or is no longer offered (cancelled). */
  itemUnknown: () => errors.invalid([itemUnknownIssue()]),
  /** The item may be applied for only at a window. */
  notOfferedOnline: () => errors.rule('online.not_offered', text('该事项不提供网上申请，请到窗口办理。', 'This item cannot be applied for online; apply at a window.')),
};
