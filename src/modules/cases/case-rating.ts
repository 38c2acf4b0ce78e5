import type { Executor, Trx } from '../../db/database.js';
import type { AuditLog } from '../../kernel/audit/audit.writer.js';
import type { RequestContext } from '../../kernel/context.js';
import { errors } from '../../kernel/errors/index.js';
import { instantOf } from '../../kernel/time/clock.js';
import type { CaseRollups } from './cases.ports.js';
import { checkRatable, ratingCommentIssues, type RatingChannel, type RatingLevel } from './domain/rating.js';
import type { CaseState } from './domain/lifecycle.js';
import { casesStore, type CaseRow } from './cases.store.js';

export interface RatingInput {
  level: RatingLevel;
  comment?: string | undefined;
  channel: RatingChannel;
  /** The pad that took the rating, for the audit trail. */
  padId?: string;
}

/** Checks a rating before any write: completed and not yet rated, then the comment rule. */
export async function checkRating(db: Executor, row: CaseRow, input: RatingInput): Promise<void> {
  checkRatable(row.state as CaseState, (await casesStore.rating(db, row.id)) !== null);
  const problems = ratingCommentIssues(input.level, input.comment);
  if (problems.length > 0) throw errors.invalid(problems);
}

/**
 * Writes the case's one rating (好差评) and its audit record inside the caller's transaction.
 * A second rating, even one racing the first, changes nothing and gives 409. The statistics'
 * rollups learn of it in the same transaction.
 */
export async function recordRating(ctx: RequestContext, trx: Trx, audit: AuditLog, row: CaseRow, input: RatingInput, rollups: CaseRollups): Promise<void> {
  await checkRating(trx, row, input);
  const at = instantOf(ctx.clock);
  const inserted = await casesStore.insertRating(trx, {
    case_id: row.id,
    level: input.level,
    channel: input.channel,
    comment: (input.comment ?? '').trim(),
    window_id: row.window_id,
    rated_at: at,
  });
  if (!inserted) checkRatable(row.state as CaseState, true);
  await rollups.caseChanged(ctx, trx, { row, ratingLevel: null }, { row, ratingLevel: input.level });
  await audit.record({
    action: 'case.rate',
    entityType: 'case',
    entityId: row.id,
    centerId: row.center_id,
    after: { caseNo: row.case_no, level: input.level, channel: input.channel, ...(input.padId ? { padId: input.padId } : {}) },
  });
}
