import { parseDayNumber } from '../../../kernel/calendar/dates.js';
import { chinaDateOf, type WorkCalendar } from '../../../kernel/calendar/index.js';

/** What the figures read of a case: a subset of the case row and its rating level. */
export interface CaseFacts {
  id: string;
  center_id: string;
  department_id: string;
  item_id: string;
  window_id: string | null;
  created_by: string | null;
  case_type: 'onTheSpot' | 'promised';
  legal_days: number;
  promised_days: number;
  state: string;
  received_on: string | null;
  accepted_on: string | null;
  completed_on: string | null;
  deadline: string | null;
  suspended_days: number;
  updated_at: string;
  /** 1 (非常不满意) … 5 (非常满意); null when not rated. */
  ratingLevel: number | null;
}

/** Ratings of 基本满意 (3) or better are satisfied; 不满意 and 非常不满意 are 差评. */
export const SATISFIED_FROM_LEVEL = 3;

/** States that close an accepted case without completion (on the day of the last change). */
const CLOSED_WITHOUT_COMPLETION = ['withdrawn', 'terminated'];

/** The day the case was refused (不予受理): the day of its last change, refusal being final. */
export function refusedOn(c: CaseFacts): string | null {
  return c.state === 'refused' ? chinaDateOf(c.updated_at) : null;
}

/** The day an accepted case stopped being open: completion, or withdrawal/termination. */
export function closedOn(c: CaseFacts): string | null {
  if (!c.accepted_on) return null;
  if (c.completed_on) return c.completed_on;
  return CLOSED_WITHOUT_COMPLETION.includes(c.state) ? chinaDateOf(c.updated_at) : null;
}

/** Working days strictly after `from` up to and including `to` (the start day not counted). */
export function workdaysBetween(calendar: WorkCalendar, from: string, to: string): number {
  return calendar.countAfter(parseDayNumber(from), parseDayNumber(to));
}

/** Working days actually used from acceptance to completion, suspensions excluded (never negative). */
export function daysUsed(calendar: WorkCalendar, c: CaseFacts): number {
  return Math.max(0, workdaysBetween(calendar, c.accepted_on!, c.completed_on!) - c.suspended_days);
}

/** Working days from receipt to acceptance (0 for deemed acceptance, dated the day of receipt). */
export function daysToAccept(calendar: WorkCalendar, c: CaseFacts): number {
  return Math.max(0, workdaysBetween(calendar, c.received_on ?? c.accepted_on!, c.accepted_on!));
}

/** Completed on or before the deadline day; a case without a deadline (e.g. imported without one) counts as on time. */
export const completedWithin = (c: CaseFacts): boolean => c.deadline === null || c.completed_on! <= c.deadline;
/** Completed before the deadline day (提前办结). */
export const completedEarly = (c: CaseFacts): boolean => c.deadline !== null && c.completed_on! < c.deadline;
