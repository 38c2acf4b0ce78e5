/**
 * Case states, rating levels, the shapes of the progress and rating-pad answers and how long
 * online drafts are kept come from the server (src/modules/cases), so the portal, the pad and the
 * console show what the API means.
 */
export { DRAFT_KEEP_DAYS } from '../../../src/modules/cases/domain/draft-retention.js';
export { BAD_RATING_REASON_MIN, isSatisfied, RATING_LABELS, type RatingLevel } from '../../../src/modules/cases/domain/rating.js';
export { STATE_LABELS } from '../../../src/modules/cases/cases.presenter.js';
export { STEP_KEYS, stepBar, type StepBar, type StepKey } from '../../../src/modules/cases/domain/progress-steps.js';
import type { Static } from 'typebox';
import type { progressView } from '../../../src/modules/cases/cases.presenter.js';
import type { PadCurrent as PadCurrentSchema, PadView as PadViewSchema, PairedPad as PairedPadSchema } from '../../../src/modules/cases/rating-pads.schema.js';

/** GET /api/public/progress: the case as the applicant sees it, personal data masked. */
export type Progress = ReturnType<typeof progressView>;
export type PadCurrent = Static<typeof PadCurrentSchema>;
export type PadView = Static<typeof PadViewSchema>;
export type PairedPad = Static<typeof PairedPadSchema>;

/** Rating levels, best first, as the buttons show them. */
export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;

export { chinaDate, chinaTime } from './china-time.js';
