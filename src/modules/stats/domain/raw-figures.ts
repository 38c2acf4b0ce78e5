import type { WorkCalendar } from '../../../kernel/calendar/index.js';
import { SATISFIED_FROM_LEVEL, closedOn, completedEarly, completedWithin, daysToAccept, daysUsed, refusedOn, type CaseFacts } from './case-facts.js';
import { zeroMeasures, type Measures } from './measures.js';
import type { Period } from './periods.js';
import type { AtEnd } from './figures.js';

export interface CaseFilter {
  centerIds?: readonly string[];
  departmentId?: string;
  windowId?: string;
  itemId?: string;
  staffId?: string;
}

export const matchesFilter = (c: CaseFacts, f: CaseFilter): boolean =>
  (!f.centerIds || f.centerIds.includes(c.center_id)) &&
  (!f.departmentId || c.department_id === f.departmentId) &&
  (!f.windowId || c.window_id === f.windowId) &&
  (!f.itemId || c.item_id === f.itemId) &&
  (!f.staffId || c.created_by === f.staffId);

/**
 * The figures' inputs computed straight from the cases, case by case, from the definitions
 * (no rollups): the oracle the rollups are checked against (property tests) and the "raw"
 * side of the benchmark. Feed the result to figuresOf.
 */
export function rawMeasures(cases: Iterable<CaseFacts>, p: Period, f: CaseFilter, calendarOf: (centerId: string) => WorkCalendar, countDay: string = p.to): { measures: Measures; atEnd: AtEnd } {
  const m = zeroMeasures();
  const atEnd: AtEnd = { open: 0, overdueOpen: 0 };
  const inP = (d: string | null): d is string => d !== null && p.from <= d && d <= p.to;
  for (const c of cases) {
    if (!matchesFilter(c, f)) continue;
    const cal = calendarOf(c.center_id);
    if (inP(c.received_on)) m.received++;
    if (inP(refusedOn(c))) m.refused++;
    if (!c.accepted_on) continue;
    const closed = closedOn(c);
    if (c.accepted_on <= countDay && (closed === null || closed > countDay)) {
      atEnd.open++;
      if (c.deadline !== null && c.deadline < countDay) atEnd.overdueOpen++;
    }
    if (inP(c.accepted_on)) {
      m.accepted++;
      m.acceptDays += daysToAccept(cal, c);
      m.promisedSumAll += c.promised_days;
      m.legalSumAll += c.legal_days;
      if (c.case_type === 'promised') {
        m.promisedSumPromised += c.promised_days;
        m.legalSumPromised += c.legal_days;
      }
      if (c.completed_on !== null && c.completed_on.slice(0, 7) === c.accepted_on.slice(0, 7)) m.sameMonth++;
      if (c.completed_on === c.accepted_on) m.sameDay++;
    }
    if (inP(c.completed_on)) {
      m.completed++;
      if (completedWithin(c)) m.onTime++;
      else m.late++;
      if (c.case_type === 'promised') {
        m.promisedCompleted++;
        if (completedEarly(c)) m.promisedEarly++;
        if (completedWithin(c)) m.promisedWithin++;
      }
      if (c.completed_on === c.accepted_on) m.onSpot++;
      m.completeDays += daysUsed(cal, c);
      m.legalCompleted += c.legal_days;
      if (c.ratingLevel !== null) {
        m.evaluated++;
        if (c.ratingLevel >= SATISFIED_FROM_LEVEL) m.satisfied++;
      }
    }
  }
  return { measures: m, atEnd };
}
