import type { Db, Executor } from '../../db/database.js';
import {
  addWorkdays,
  chinaCalendar,
  checkChinaDateTime,
  checkDate,
  checkDateRange,
  checkDayCount,
  countWorkdays,
  formatSessions,
  parseCalendarImport,
  parseServiceHours,
  requireAll,
  SHIPPED_NOTICES,
  DEFAULT_SERVICE_HOURS,
  type CalendarWarning,
  type ServiceHoursText,
  type WorkCalendar,
  type YearNotice,
} from '../../kernel/calendar/index.js';
import type { RequestContext } from '../../kernel/context.js';
import { errors, text, type Issue } from '../../kernel/errors/index.js';
import type { Locale } from '../../kernel/i18n/locale.js';
import { newId } from '../../kernel/ids/ids.js';
import { authorize } from '../../kernel/permissions/policy.js';
import { instantOf } from '../../kernel/time/clock.js';
import type { UnitOfWork } from '../../kernel/unit-of-work.js';
import { calendarStore, type StoredClosure } from './calendar.store.js';

/** How long an instance trusts its cached calendar before re-reading the entered notices. */
const CACHE_MS = 30_000;

export interface WarningView {
  code: string;
  years: number[];
  message: string;
}

export interface YearView {
  year: number;
  origin: 'shipped' | 'entered';
  documents: string[];
  holidays: number;
  makeUpWorkdays: number;
  days: Array<{ date: string; kind: string; name: string }>;
}

function warningsIn(locale: Locale, warnings: readonly CalendarWarning[]): WarningView[] {
  return warnings.map((w) => ({ code: w.code, years: [...w.years], message: w.message[locale] }));
}

/**
 * The working-day calendar as the center keeps it: the shipped State Council notices, the
 * notices the center enters (next year's, amendments), and each center's local closures.
 */
export class CalendarService {
  private cache: { at: number; base: WorkCalendar; closures: StoredClosure[] } | null = null;

  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
  ) {}

  /** The calendar for a center (its closures included), or the national one. Inside a transaction pass it as `db` (SQLite has one connection). */
  async calendarFor(centerId: string | null, now: Date, db: Executor = this.db): Promise<WorkCalendar> {
    if (!this.cache || now.getTime() - this.cache.at > CACHE_MS || now.getTime() < this.cache.at) {
      const entered = await calendarStore.notices(db);
      this.cache = { at: now.getTime(), base: chinaCalendar({ notices: entered }), closures: await calendarStore.closures(db) };
    }
    const closures = centerId ? this.cache.closures.filter((c) => c.centerId === centerId) : [];
    return closures.length > 0 ? this.cache.base.withClosures(closures) : this.cache.base;
  }

  private invalidate(): void {
    this.cache = null;
  }

  /** The deadline of a period of `days` working days from `start` ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm', China time). */
  async deadline(ctx: RequestContext, input: { start: unknown; days: unknown; centerId?: string | null }) {
    const { start, days } = requireAll({ start: checkChinaDateTime(input.start, '/start'), days: checkDayCount(input.days, '/days') });
    const calendar = await this.calendarFor(input.centerId ?? null, ctx.clock.now());
    const result = addWorkdays(calendar, start.date, days);
    return { deadline: result.date, provisional: result.provisional, warnings: warningsIn(ctx.locale, result.warnings) };
  }

  /** Working days strictly after `from` up to and including `to`. */
  async workdays(ctx: RequestContext, input: { from: unknown; to: unknown; centerId?: string | null }) {
    const checked = checkDateRange(input.from, input.to, '');
    // Problems of the range as a whole (reversed, too long) belong to its end.
    const { range } = requireAll({ range: checked.ok ? checked : { ok: false as const, issues: checked.issues.map((i) => (i.path ? i : { ...i, path: '/to' })) } });
    const calendar = await this.calendarFor(input.centerId ?? null, ctx.clock.now());
    const result = countWorkdays(calendar, range.from, range.to);
    return { workdays: result.workdays, provisional: result.provisional, warnings: warningsIn(ctx.locale, result.warnings) };
  }

  /** What each day of a month is (for the console's calendar page). */
  async month(ctx: RequestContext, input: { month: unknown; centerId?: string | null }) {
    const first = requireAll({ first: checkDate(`${String(input.month)}-01`, '/month') }).first;
    const calendar = await this.calendarFor(input.centerId ?? null, ctx.clock.now());
    const [y, m] = first.split('-').map(Number) as [number, number];
    const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return Array.from({ length: daysInMonth }, (_, i) => calendar.dayInfo(`${first.slice(0, 8)}${String(i + 1).padStart(2, '0')}`));
  }

  /** The years the calendar knows, shipped or entered. */
  async years(ctx: RequestContext): Promise<YearView[]> {
    authorize(ctx.actor, 'calendar.read');
    const entered = await calendarStore.notices(this.db);
    const enteredYears = new Set(entered.map((n) => n.year));
    const view = (n: YearNotice, origin: YearView['origin']): YearView => ({
      year: n.year,
      origin,
      documents: [...n.documents],
      holidays: n.days.filter((d) => d.kind === 'holiday').length,
      makeUpWorkdays: n.days.filter((d) => d.kind === 'workday').length,
      days: n.days.map((d) => ({ ...d })),
    });
    return [...SHIPPED_NOTICES.filter((n) => !enteredYears.has(n.year)).map((n) => view(n, 'shipped')), ...entered.map((n) => view(n, 'entered'))].sort(
      (a, b) => a.year - b.year,
    );
  }

  /**
   * Enters year notices from the documented text format (src/kernel/calendar/README.md). Every
   * wrong line is reported at once and nothing is saved; a notice replaces the one of its year.
   */
  async importNotices(ctx: RequestContext, source: string): Promise<{ years: number[]; warnings: Issue[] }> {
    authorize(ctx.actor, 'calendar.manage');
    const parsed = parseCalendarImport(source);
    // Building the calendar checks the notices against each other (throws invalid on conflict).
    chinaCalendar({ notices: [...(await calendarStore.notices(this.db)), ...parsed.years] });
    await this.uow.write(ctx, async (trx, audit) => {
      for (const notice of parsed.years) {
        const before = await calendarStore.notice(trx, notice.year);
        await calendarStore.saveNotice(trx, notice, ctx.actor.id, instantOf(ctx.clock));
        await audit.record({ action: 'calendar.notice_import', entityType: 'calendar_notice', entityId: String(notice.year), before: before ?? undefined, after: notice });
      }
    });
    this.invalidate();
    return { years: parsed.years.map((n) => n.year), warnings: parsed.warnings };
  }

  /** Removes a notice the center entered: the year falls back to the shipped notice, or to unknown. */
  async removeNotice(ctx: RequestContext, year: number): Promise<void> {
    authorize(ctx.actor, 'calendar.manage');
    await this.uow.write(ctx, async (trx, audit) => {
      const before = await calendarStore.notice(trx, year);
      if (!before) throw errors.notFound('中心录入的放假通知', String(year));
      await calendarStore.deleteNotice(trx, year);
      await audit.record({ action: 'calendar.notice_remove', entityType: 'calendar_notice', entityId: String(year), before });
    });
    this.invalidate();
  }

  async closures(ctx: RequestContext, centerId: string): Promise<StoredClosure[]> {
    authorize(ctx.actor, 'calendar.read', { centerId });
    return calendarStore.closures(this.db, centerId);
  }

  async addClosure(ctx: RequestContext, input: { centerId: string; date: unknown; reason: string }): Promise<StoredClosure> {
    authorize(ctx.actor, 'calendar.manage', { centerId: input.centerId });
    const { date } = requireAll({ date: checkDate(input.date, '/date') });
    const closure: StoredClosure = { id: newId(ctx.clock), centerId: input.centerId, date, reason: input.reason.trim() };
    (await this.calendarFor(null, ctx.clock.now())).withClosures([closure]);
    const created = await this.uow.write(ctx, async (trx, audit) => {
      if ((await calendarStore.closures(trx, input.centerId)).some((c) => c.date === date)) {
        throw errors.conflict('closure.duplicate', text('{date} 已设为停办日。', '{date} is already a closure.', { date }));
      }
      await calendarStore.insertClosure(trx, closure, instantOf(ctx.clock));
      await audit.record({ action: 'calendar.closure_add', entityType: 'calendar_closure', entityId: closure.id, centerId: closure.centerId, after: closure });
      return closure;
    });
    this.invalidate();
    return created;
  }

  async removeClosure(ctx: RequestContext, id: string): Promise<void> {
    await this.uow.write(ctx, async (trx, audit) => {
      const closure = await calendarStore.findClosure(trx, id);
      if (!closure) throw errors.notFound('停办日', id);
      authorize(ctx.actor, 'calendar.manage', { centerId: closure.centerId });
      await calendarStore.deleteClosure(trx, id);
      await audit.record({ action: 'calendar.closure_remove', entityType: 'calendar_closure', entityId: id, centerId: closure.centerId, before: closure });
    });
    this.invalidate();
  }

  /** A center's service hours (the default 08:30–12:00, 14:00–17:30 until set). */
  async serviceHours(centerId: string): Promise<{ workday: string; saturday: string | null }> {
    const stored = await calendarStore.serviceHours(this.db, centerId);
    return stored ? { workday: stored.workday, saturday: stored.saturday ?? null } : { workday: formatSessions(DEFAULT_SERVICE_HOURS.workday), saturday: null };
  }

  async setServiceHours(ctx: RequestContext, centerId: string, hours: ServiceHoursText): Promise<{ workday: string; saturday: string | null }> {
    authorize(ctx.actor, 'calendar.manage', { centerId });
    const parsed = parseServiceHours(hours);
    const normal = { workday: formatSessions(parsed.workday), saturday: parsed.saturday.length ? formatSessions(parsed.saturday) : null };
    await this.uow.write(ctx, async (trx, audit) => {
      const before = await calendarStore.serviceHours(trx, centerId);
      await calendarStore.saveServiceHours(trx, centerId, normal, instantOf(ctx.clock));
      await audit.record({ action: 'calendar.service_hours', entityType: 'center', entityId: centerId, centerId, before: before ?? undefined, after: normal });
    });
    return normal;
  }
}
