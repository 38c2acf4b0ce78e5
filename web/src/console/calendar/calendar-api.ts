import { api } from '../../shared/api.js';
import type { CalendarDay, CalendarYear, Closure, DeadlineResult, ListOf, NoticeImportResult, ServiceHours, WorkdaysResult } from '../../shared/api-types.js';

/** The working-day calendar API (src/modules/calendar/calendar.routes.ts), one function per call. */
export const calendarApi = {
  month: (month: string, centerId: string | undefined) => api.get<ListOf<CalendarDay>>('/api/calendar/month', { month, centerId }).then((r) => r.items),
  years: () => api.get<ListOf<CalendarYear>>('/api/calendar/years').then((r) => r.items),
  importNotices: (text: string) => api.post<NoticeImportResult>('/api/calendar/import', { text }),
  closures: (centerId: string) => api.get<ListOf<Closure>>('/api/calendar/closures', { centerId }).then((r) => r.items),
  addClosure: (body: { centerId: string; date: string; reason: string }) => api.post<Closure>('/api/calendar/closures', body),
  removeClosure: (id: string) => api.delete(`/api/calendar/closures/${encodeURIComponent(id)}`),
  serviceHours: (centerId: string) => api.get<ServiceHours>(`/api/calendar/service-hours/${encodeURIComponent(centerId)}`),
  setServiceHours: (centerId: string, body: ServiceHours) => api.put<ServiceHours>(`/api/calendar/service-hours/${encodeURIComponent(centerId)}`, body),
  deadline: (query: { start: string; days: number | undefined; centerId: string | undefined }) => api.get<DeadlineResult>('/api/calendar/deadline', query),
  workdays: (query: { from: string; to: string; centerId: string | undefined }) => api.get<WorkdaysResult>('/api/calendar/workdays', query),
};
