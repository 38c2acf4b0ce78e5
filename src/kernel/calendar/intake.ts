import type { Instant } from '../time/clock.js';
import { ok, requireAll } from './checked.js';
import { checkInstantMs, chinaDayNumberOfMs } from './china-time.js';
import { formatDayNumber, type IsoDate } from './dates.js';
import { checkDayCount } from './validate.js';
import type { Provisional, WorkCalendar } from './work-calendar.js';

/**
 * Deemed acceptance (视为受理, 行政许可法 Art. 32): a window that neither accepts, refuses nor
 * asks for correction within 5 working days of receiving the materials (收件) has accepted the
 * application on the day of receipt. The receipt day is not counted, so materials received on
 * Monday 2025-09-29 may be decided up to and including Monday 2025-10-13 (National Day in
 * between); from 2025-10-14 the application counts as accepted on 2025-09-29.
 */
export const INTAKE_DECISION_DAYS = 5;

export interface DeemedAcceptanceInput {
  /** When the materials were received (收件), ISO 8601. */
  receivedAt: Instant;
  /** Now, ISO 8601 (from the request's Clock). */
  now: Instant;
  /** When the window accepted, refused or asked for correction, if it has. */
  decidedAt?: Instant | null;
  /** Working days the window has to decide; INTAKE_DECISION_DAYS when absent. */
  decisionDays?: number;
}

/**
 * - `pending`: no decision yet and still time to make one;
 * - `decided`: decided in time, nothing is deemed;
 * - `deemedAccepted`: the time passed without a decision (or the decision came after it).
 */
export type IntakeStatus = 'pending' | 'decided' | 'deemedAccepted';

export interface DeemedAcceptance extends Provisional {
  receivedOn: IsoDate;
  /** The last day on which the window may still decide. */
  decideBy: IsoDate;
  status: IntakeStatus;
  /** Deemed acceptance is due: record the case as accepted on `acceptedOn`. */
  due: boolean;
  /** The date the application counts as accepted (the receipt day) when due, else null. */
  acceptedOn: IsoDate | null;
  /** Working days left to decide, strictly after today up to `decideBy`; 0 unless pending. */
  remainingWorkdays: number;
}

export function deemedAcceptance(calendar: WorkCalendar, input: DeemedAcceptanceInput): DeemedAcceptance {
  const v = requireAll({
    receivedAt: checkInstantMs(input.receivedAt, '/receivedAt'),
    now: checkInstantMs(input.now, '/now'),
    decidedAt: input.decidedAt ? checkInstantMs(input.decidedAt, '/decidedAt') : ok<number | null>(null),
    decisionDays: checkDayCount(input.decisionDays ?? INTAKE_DECISION_DAYS, '/decisionDays', { min: 1 }),
  });
  const received = chinaDayNumberOfMs(v.receivedAt);
  const today = chinaDayNumberOfMs(v.now);
  const decideBy = calendar.addAfter(received, v.decisionDays);
  const decidedOn = v.decidedAt === null ? null : chinaDayNumberOfMs(v.decidedAt);

  const status: IntakeStatus =
    decidedOn !== null && decidedOn <= decideBy ? 'decided' : decidedOn !== null || today > decideBy ? 'deemedAccepted' : 'pending';
  const due = status === 'deemedAccepted';
  return {
    receivedOn: formatDayNumber(received),
    decideBy: formatDayNumber(decideBy),
    status,
    due,
    acceptedOn: due ? formatDayNumber(received) : null,
    remainingWorkdays: status === 'pending' ? Math.max(0, calendar.countAfter(today, decideBy)) : 0,
    ...calendar.reach(received, decideBy),
  };
}
