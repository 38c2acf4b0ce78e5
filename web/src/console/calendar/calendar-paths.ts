import { pathOf } from '../nav.js';

export type CalendarTab = 'month' | 'years' | 'closures' | 'hours' | 'calculator';
export const CALENDAR_TABS: readonly CalendarTab[] = ['month', 'years', 'closures', 'hours', 'calculator'];

/** Each tab has its own address, so it can be linked to; the month view is the page itself. */
export function calendarPath(tab: CalendarTab): string {
  return tab === 'month' ? pathOf('calendar') : `${pathOf('calendar')}/${tab}`;
}

/** The addresses of the forms that change the calendar (guarded by calendar.manage in console-app). */
export const CALENDAR_FORMS = {
  import: `${calendarPath('years')}/import`,
  newClosure: `${calendarPath('closures')}/new`,
  editHours: `${calendarPath('hours')}/edit`,
} as const;
