import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { ErrorResponse, IdParams, ListOf, Ok } from '../../http/schema-helpers.js';
import type { CalendarService } from './calendar.service.js';
import {
  CenterParams,
  CenterQuery,
  ClosureView,
  CreateClosure,
  DayView,
  DeadlineQuery,
  DeadlineView,
  ImportBody,
  ImportView,
  MonthQuery,
  YearParams,
  ServiceHoursBody,
  ServiceHoursView,
  WorkdaysQuery,
  WorkdaysView,
  YearView,
} from './calendar.schema.js';

const tags = ['calendar 工作日历'];
const errorsOf = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function calendarRoutes(app: FastifyInstance, calendar: CalendarService): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/api/calendar/deadline',
    { config: { public: true }, schema: { tags, summary: '期限到期日 The date N working days after start (start not counted)', querystring: DeadlineQuery, response: { 200: DeadlineView, ...errorsOf } } },
    async (q) => calendar.deadline(q.ctx, { start: q.query.start, days: q.query.days, centerId: q.query.centerId ?? null }),
  );
  r.get(
    '/api/calendar/workdays',
    { config: { public: true }, schema: { tags, summary: '工作日天数 Working days after `from` up to and including `to`', querystring: WorkdaysQuery, response: { 200: WorkdaysView, ...errorsOf } } },
    async (q) => calendar.workdays(q.ctx, { from: q.query.from, to: q.query.to, centerId: q.query.centerId ?? null }),
  );
  r.get(
    '/api/calendar/month',
    { config: { public: true }, schema: { tags, summary: '月历 Each day of a month', querystring: MonthQuery, response: { 200: ListOf(DayView), ...errorsOf } } },
    async (q) => ({ items: await calendar.month(q.ctx, { month: q.query.month, centerId: q.query.centerId ?? null }) }),
  );
  r.get(
    '/api/calendar/years',
    { config: { permission: 'calendar.read' }, schema: { tags, summary: '已知年份的放假通知 The year notices the calendar knows', response: { 200: ListOf(YearView), ...errorsOf } } },
    async (q) => ({ items: await calendar.years(q.ctx) }),
  );
  r.post(
    '/api/calendar/import',
    { config: { permission: 'calendar.manage' }, schema: { tags, summary: '录入年度放假通知 Enter year notices (text format)', body: ImportBody, response: { 200: ImportView, ...errorsOf } } },
    async (q) => {
      const result = await calendar.importNotices(q.ctx, q.body.text);
      return { years: result.years, warnings: result.warnings.map((w) => ({ path: w.path, code: w.code, message: w.message[q.ctx.locale] })) };
    },
  );
  r.delete(
    '/api/calendar/notices/:year',
    {
      config: { permission: 'calendar.manage' },
      schema: { tags, summary: '删除中心录入的通知（恢复内置通知）Remove an entered notice: the year falls back to the shipped one', params: YearParams, response: { 200: Ok, ...errorsOf } },
    },
    async (q) => {
      await calendar.removeNotice(q.ctx, q.params.year);
      return { ok: true };
    },
  );
  r.get(
    '/api/calendar/closures',
    { config: { permission: 'calendar.read' }, schema: { tags, summary: '本地停办日 A center\'s local closures', querystring: CenterQuery, response: { 200: ListOf(ClosureView), ...errorsOf } } },
    async (q) => ({ items: await calendar.closures(q.ctx, q.query.centerId) }),
  );
  r.post(
    '/api/calendar/closures',
    { config: { permission: 'calendar.manage' }, schema: { tags, summary: '新增停办日 Add a local closure', body: CreateClosure, response: { 200: ClosureView, ...errorsOf } } },
    async (q) => calendar.addClosure(q.ctx, q.body),
  );
  r.delete(
    '/api/calendar/closures/:id',
    { config: { permission: 'calendar.manage' }, schema: { tags, summary: '删除停办日 Remove a local closure', params: IdParams, response: { 200: Ok, ...errorsOf } } },
    async (q) => {
      await calendar.removeClosure(q.ctx, q.params.id);
      return { ok: true };
    },
  );
  r.get(
    '/api/calendar/service-hours/:centerId',
    { config: { public: true }, schema: { tags, summary: '办公时间 A center\'s service hours', params: CenterParams, response: { 200: ServiceHoursView, ...errorsOf } } },
    async (q) => calendar.serviceHours(q.params.centerId),
  );
  r.put(
    '/api/calendar/service-hours/:centerId',
    { config: { permission: 'calendar.manage' }, schema: { tags, summary: '设置办公时间 Set a center\'s service hours', params: CenterParams, body: ServiceHoursBody, response: { 200: ServiceHoursView, ...errorsOf } } },
    async (q) => calendar.setServiceHours(q.ctx, q.params.centerId, q.body),
  );
}
