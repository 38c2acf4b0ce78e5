import type { Executor } from '../../db/database.js';
import type { LocalClosure, NoticeDay, YearNotice } from '../../kernel/calendar/index.js';
import type { ServiceHoursText } from '../../kernel/calendar/index.js';

export interface StoredNotice extends YearNotice {
  enteredBy: string | null;
  updatedAt: string;
}

export interface StoredClosure extends LocalClosure {
  id: string;
  centerId: string;
}

/** Storage of the center's calendar entries: notices, closures, service hours. */
export const calendarStore = {
  async notices(db: Executor): Promise<StoredNotice[]> {
    const rows = await db.selectFrom('calendar_notices').selectAll().orderBy('year').execute();
    return rows.map((r) => ({
      year: Number(r.year),
      documents: JSON.parse(r.documents_json) as string[],
      ...(r.source ? { source: r.source } : {}),
      days: JSON.parse(r.days_json) as NoticeDay[],
      enteredBy: r.entered_by,
      updatedAt: r.updated_at,
    }));
  },
  async notice(db: Executor, year: number): Promise<StoredNotice | null> {
    return (await calendarStore.notices(db)).find((n) => n.year === year) ?? null;
  },
  async saveNotice(db: Executor, notice: YearNotice, enteredBy: string | null, at: string): Promise<void> {
    const values = {
      documents_json: JSON.stringify(notice.documents),
      source: notice.source ?? '',
      days_json: JSON.stringify(notice.days),
      entered_by: enteredBy,
      updated_at: at,
    };
    await db
      .insertInto('calendar_notices')
      .values({ year: notice.year, ...values, created_at: at })
      .onConflict((oc) => oc.column('year').doUpdateSet(values))
      .execute();
  },
  async deleteNotice(db: Executor, year: number): Promise<void> {
    await db.deleteFrom('calendar_notices').where('year', '=', year).execute();
  },
  async closures(db: Executor, centerId?: string): Promise<StoredClosure[]> {
    let q = db.selectFrom('calendar_closures').selectAll().orderBy('date');
    if (centerId) q = q.where('center_id', '=', centerId);
    return (await q.execute()).map((r) => ({ id: r.id, centerId: r.center_id, date: r.date, reason: r.reason }));
  },
  async findClosure(db: Executor, id: string): Promise<StoredClosure | null> {
    const r = await db.selectFrom('calendar_closures').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? { id: r.id, centerId: r.center_id, date: r.date, reason: r.reason } : null;
  },
  async insertClosure(db: Executor, closure: StoredClosure, at: string): Promise<void> {
    await db.insertInto('calendar_closures').values({ id: closure.id, center_id: closure.centerId, date: closure.date, reason: closure.reason, created_at: at }).execute();
  },
  async deleteClosure(db: Executor, id: string): Promise<void> {
    await db.deleteFrom('calendar_closures').where('id', '=', id).execute();
  },
  async serviceHours(db: Executor, centerId: string): Promise<ServiceHoursText | null> {
    const r = await db.selectFrom('center_service_hours').selectAll().where('center_id', '=', centerId).executeTakeFirst();
    return r ? { workday: r.workday, saturday: r.saturday || null } : null;
  },
  async saveServiceHours(db: Executor, centerId: string, hours: ServiceHoursText, at: string): Promise<void> {
    const values = { workday: hours.workday, saturday: hours.saturday ?? '', updated_at: at };
    await db
      .insertInto('center_service_hours')
      .values({ center_id: centerId, ...values })
      .onConflict((oc) => oc.column('center_id').doUpdateSet(values))
      .execute();
  },
};
