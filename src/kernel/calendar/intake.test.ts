import { describe, expect, it } from 'vitest';
import { chinaCalendar } from './china-calendar.js';
import { deemedAcceptance } from './intake.js';

const calendar = chinaCalendar();
/** Received Monday 2025-09-29 at 10:00 China time; 5 working days: 9/30, 10/9, 10/10, 10/11 (worked Saturday), 10/13. */
const RECEIVED = '2025-09-29T02:00:00Z';

describe('deemedAcceptance (Art. 32)', () => {
  it('is pending while the window still has working days to decide', () => {
    expect(deemedAcceptance(calendar, { receivedAt: RECEIVED, now: '2025-10-09T01:00:00Z' })).toEqual({
      receivedOn: '2025-09-29',
      decideBy: '2025-10-13',
      status: 'pending',
      due: false,
      acceptedOn: null,
      remainingWorkdays: 3,
      provisional: false,
      warnings: [],
    });
  });

  it('still allows a decision on the last day, until China midnight', () => {
    const lastMinute = deemedAcceptance(calendar, { receivedAt: RECEIVED, now: '2025-10-13T15:59:00Z' });
    expect(lastMinute).toMatchObject({ status: 'pending', due: false, remainingWorkdays: 0 });
  });

  it('is due the day after, and the application counts as accepted on the day of receipt', () => {
    const due = deemedAcceptance(calendar, { receivedAt: RECEIVED, now: '2025-10-13T16:00:00Z' });
    expect(due).toMatchObject({ status: 'deemedAccepted', due: true, acceptedOn: '2025-09-29', remainingWorkdays: 0 });
  });

  it('is not due once the window decided in time', () => {
    const decided = deemedAcceptance(calendar, {
      receivedAt: RECEIVED,
      decidedAt: '2025-10-13T08:00:00Z',
      now: '2025-11-01T01:00:00Z',
    });
    expect(decided).toMatchObject({ status: 'decided', due: false, acceptedOn: null });
  });

  it('is due when the decision came too late', () => {
    const late = deemedAcceptance(calendar, {
      receivedAt: RECEIVED,
      decidedAt: '2025-10-14T01:00:00Z',
      now: '2025-10-14T02:00:00Z',
    });
    expect(late).toMatchObject({ status: 'deemedAccepted', due: true, acceptedOn: '2025-09-29' });
  });

  it('takes a configured number of days and flags unknown years', () => {
    const r = deemedAcceptance(calendar, { receivedAt: '2026-12-28T02:00:00Z', now: '2026-12-28T03:00:00Z', decisionDays: 3 });
    expect(r).toMatchObject({ decideBy: '2026-12-31', provisional: true });
    expect(() => deemedAcceptance(calendar, { receivedAt: 'x', now: 'y', decisionDays: 0 })).toThrow(/receivedAt.*now.*decisionDays/s);
  });
});
