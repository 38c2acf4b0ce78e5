import { addCalendarDays } from '../../../kernel/calendar/dates.js';
import type { WorkCalendar } from '../../../kernel/calendar/index.js';
import { SATISFIED_FROM_LEVEL, closedOn, completedEarly, completedWithin, daysToAccept, daysUsed, refusedOn, type CaseFacts } from './case-facts.js';
import { addMeasures, isZero, keyString, zeroMeasures, type Dimensions, type Measure, type Measures, type RollupKey } from './measures.js';

export interface RollupDelta {
  key: RollupKey;
  measures: Measures;
}

export function dimensionsOf(c: CaseFacts): Dimensions {
  return { centerId: c.center_id, departmentId: c.department_id, windowId: c.window_id ?? '', itemId: c.item_id, staffId: c.created_by ?? '' };
}

/**
 * What one case contributes to the rollups: a pure function of the case row and its rating.
 * Each measure lands on the day of the event it counts (measures.ts). The rollups are exactly
 * Σ contribution(case) over all cases; a change of a case applies contribution(after) −
 * contribution(before) (see `contributionDelta`), and a rebuild sums it afresh.
 */
export function contribution(c: CaseFacts, calendar: WorkCalendar): RollupDelta[] {
  const dims = dimensionsOf(c);
  const byDay = new Map<string, Measures>();
  const add = (day: string, measure: Measure, value = 1) => {
    if (value === 0) return;
    let m = byDay.get(day);
    if (!m) byDay.set(day, (m = zeroMeasures()));
    m[measure] += value;
  };
  const promised = c.case_type === 'promised';

  if (c.received_on) add(c.received_on, 'received');
  const refused = refusedOn(c);
  if (refused) add(refused, 'refused');

  if (c.accepted_on) {
    const a = c.accepted_on;
    add(a, 'accepted');
    add(a, 'acceptDays', daysToAccept(calendar, c));
    add(a, 'promisedSumAll', c.promised_days);
    add(a, 'legalSumAll', c.legal_days);
    if (promised) {
      add(a, 'promisedSumPromised', c.promised_days);
      add(a, 'legalSumPromised', c.legal_days);
    }
    if (c.completed_on?.slice(0, 7) === a.slice(0, 7)) add(a, 'sameMonth');
    if (c.completed_on === a) add(a, 'sameDay');

    const closed = closedOn(c);
    add(a, 'openDelta');
    if (closed) add(closed, 'openDelta', -1);
    if (c.deadline && (closed === null || closed > c.deadline)) {
      add(addCalendarDays(c.deadline, 1), 'overdueDelta');
      if (closed) add(closed, 'overdueDelta', -1);
    }

    if (c.completed_on) {
      const d = c.completed_on;
      const within = completedWithin(c);
      add(d, 'completed');
      add(d, within ? 'onTime' : 'late');
      if (promised) {
        add(d, 'promisedCompleted');
        if (completedEarly(c)) add(d, 'promisedEarly');
        if (within) add(d, 'promisedWithin');
      }
      if (d === a) add(d, 'onSpot');
      add(d, 'completeDays', daysUsed(calendar, c));
      add(d, 'legalCompleted', c.legal_days);
      if (c.ratingLevel !== null) {
        add(d, 'evaluated');
        if (c.ratingLevel >= SATISFIED_FROM_LEVEL) add(d, 'satisfied');
      }
    }
  }
  return [...byDay].filter(([, m]) => !isZero(m)).map(([day, measures]) => ({ key: { day, ...dims }, measures }));
}

/** contribution(after) − contribution(before): what a change of a case does to the rollups. */
export function contributionDelta(before: CaseFacts | null, after: CaseFacts | null, calendar: WorkCalendar): RollupDelta[] {
  const sum = new Map<string, RollupDelta>();
  const apply = (deltas: RollupDelta[], sign: number) => {
    for (const d of deltas) {
      const k = keyString(d.key);
      const prev = sum.get(k);
      sum.set(k, { key: d.key, measures: addMeasures(prev?.measures ?? zeroMeasures(), d.measures, sign) });
    }
  };
  if (before) apply(contribution(before, calendar), -1);
  if (after) apply(contribution(after, calendar), 1);
  return [...sum.values()].filter((d) => !isZero(d.measures));
}
