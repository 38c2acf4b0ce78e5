import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { AuthorizationTable, CenterTable, DepartmentTable, RegionTable, StaffTable, WindowTable } from '../../db/schema.js';
import type { Role } from '../../kernel/permissions/roles.js';
import type { Authorization, Center, ChiefPower, Department, Region, ServiceWindow, StaffMember } from './org.domain.js';

const toRegion = (r: Selectable<RegionTable>): Region => ({
  code: r.code,
  name: r.name,
  level: r.level,
  parentCode: r.parent_code,
  active: r.active === 1,
});

const toCenter = (r: Selectable<CenterTable>): Center => ({
  id: r.id,
  name: r.name,
  level: r.level,
  regionCode: r.region_code,
  parentId: r.parent_id,
  address: r.address,
  phone: r.phone,
  active: r.active === 1,
  placeholder: r.placeholder === 1,
});

const toDepartment = (r: Selectable<DepartmentTable>): Department => ({
  id: r.id,
  centerId: r.center_id,
  code: r.code,
  name: r.name,
  shortName: r.short_name,
  kind: r.kind,
  phone: r.phone,
  creditCode: r.credit_code,
  active: r.active === 1,
  placeholder: r.placeholder === 1,
});

const toWindow = (r: Selectable<WindowTable>, departmentIds: string[]): ServiceWindow => ({
  id: r.id,
  centerId: r.center_id,
  number: r.number,
  name: r.name,
  kind: r.kind,
  category: r.category,
  location: r.location,
  phone: r.phone,
  departmentIds,
  active: r.active === 1,
});

const toStaff = (r: Selectable<StaffTable>, roles: Role[]): StaffMember => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  centerId: r.center_id,
  departmentId: r.department_id,
  windowId: r.window_id,
  phone: r.phone,
  roles,
  active: r.active === 1,
  lockedUntil: r.locked_until,
});

const POWER_COLUMNS = {
  decide: 'power_decide',
  reviewReport: 'power_review_report',
  coordinate: 'power_coordinate',
  seal: 'power_seal',
} as const satisfies Record<ChiefPower, keyof AuthorizationTable>;

const toAuthorization = (r: Selectable<AuthorizationTable>): Authorization => ({
  id: r.id,
  staffId: r.staff_id,
  departmentId: r.department_id,
  position: r.position,
  documentNo: r.document_no,
  powers: (Object.keys(POWER_COLUMNS) as ChiefPower[]).filter((p) => r[POWER_COLUMNS[p]] === 1),
  validFrom: r.valid_from,
  validTo: r.valid_to,
  revokedAt: r.revoked_at,
});

const flag = (value: boolean): 0 | 1 => (value ? 1 : 0);

export interface ListFilter {
  centerIds?: readonly string[];
  departmentId?: string;
  includeInactive?: boolean;
}

/** Storage of the organization: regions, centers, departments, windows, staff, authorizations. */
export const orgStore = {
  // ── regions ─────────────────────────────────────────────
  async listRegions(db: Executor, includeInactive = true): Promise<Region[]> {
    let q = db.selectFrom('regions').selectAll().orderBy('code');
    if (!includeInactive) q = q.where('active', '=', 1);
    return (await q.execute()).map(toRegion);
  },
  async findRegion(db: Executor, code: string): Promise<Region | null> {
    const row = await db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
    return row ? toRegion(row) : null;
  },
  async insertRegion(db: Executor, region: Region, at: string): Promise<void> {
    await db
      .insertInto('regions')
      .values({ code: region.code, name: region.name, level: region.level, parent_code: region.parentCode, active: flag(region.active), created_at: at, updated_at: at })
      .execute();
  },
  async updateRegion(db: Executor, region: Region, at: string): Promise<void> {
    await db.updateTable('regions').set({ name: region.name, active: flag(region.active), updated_at: at }).where('code', '=', region.code).execute();
  },

  // ── centers ─────────────────────────────────────────────
  async listCenters(db: Executor, filter: ListFilter = {}): Promise<Center[]> {
    let q = db.selectFrom('centers').selectAll().orderBy('region_code').orderBy('name');
    if (filter.centerIds) q = q.where('id', 'in', [...filter.centerIds, '']);
    if (!filter.includeInactive) q = q.where('active', '=', 1);
    return (await q.execute()).map(toCenter);
  },
  async allCenterLinks(db: Executor): Promise<Pick<Center, 'id' | 'parentId'>[]> {
    const rows = await db.selectFrom('centers').select(['id', 'parent_id']).execute();
    return rows.map((r) => ({ id: r.id, parentId: r.parent_id }));
  },
  async findCenter(db: Executor, id: string): Promise<Center | null> {
    const row = await db.selectFrom('centers').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toCenter(row) : null;
  },
  /** Ids of the centers in a region, oldest first (their order numbers the case numbers). */
  async centerIdsInRegion(db: Executor, regionCode: string): Promise<string[]> {
    const rows = await db.selectFrom('centers').select('id').where('region_code', '=', regionCode).orderBy('created_at').orderBy('id').execute();
    return rows.map((r) => r.id);
  },
  async findCenterByName(db: Executor, name: string): Promise<Center | null> {
    const row = await db.selectFrom('centers').selectAll().where('name', '=', name).executeTakeFirst();
    return row ? toCenter(row) : null;
  },
  async rootCenter(db: Executor): Promise<Center | null> {
    const row = await db
      .selectFrom('centers')
      .selectAll()
      .where('level', '=', 'county_center')
      .where('active', '=', 1)
      .orderBy('created_at')
      .executeTakeFirst();
    return row ? toCenter(row) : null;
  },
  /** `placeholder`: created by a history import for a center its file named (see cases/import). */
  async insertCenter(db: Executor, c: Center, at: string, placeholder = false): Promise<void> {
    await db
      .insertInto('centers')
      .values({ id: c.id, name: c.name, level: c.level, region_code: c.regionCode, parent_id: c.parentId, address: c.address, phone: c.phone, active: flag(c.active), placeholder: flag(placeholder), created_at: at, updated_at: at })
      .execute();
  },
  async updateCenter(db: Executor, c: Center, at: string): Promise<void> {
    await db
      .updateTable('centers')
      .set({ name: c.name, address: c.address, phone: c.phone, active: flag(c.active), updated_at: at })
      .where('id', '=', c.id)
      .execute();
  },

  // ── departments ─────────────────────────────────────────
  async listDepartments(db: Executor, filter: ListFilter = {}): Promise<Department[]> {
    let q = db.selectFrom('departments').selectAll().orderBy('code');
    if (filter.centerIds) q = q.where('center_id', 'in', [...filter.centerIds, '']);
    if (filter.departmentId) q = q.where('id', '=', filter.departmentId);
    if (!filter.includeInactive) q = q.where('active', '=', 1);
    return (await q.execute()).map(toDepartment);
  },
  async findDepartment(db: Executor, id: string): Promise<Department | null> {
    const row = await db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toDepartment(row) : null;
  },
  async findDepartmentByCode(db: Executor, centerId: string, code: string): Promise<Department | null> {
    const row = await db.selectFrom('departments').selectAll().where('center_id', '=', centerId).where('code', '=', code).executeTakeFirst();
    return row ? toDepartment(row) : null;
  },
  async insertDepartment(db: Executor, d: Department, at: string, placeholder = false): Promise<void> {
    await db
      .insertInto('departments')
      .values({ id: d.id, center_id: d.centerId, code: d.code, name: d.name, short_name: d.shortName, kind: d.kind, phone: d.phone, credit_code: d.creditCode, active: flag(d.active), placeholder: flag(placeholder), created_at: at, updated_at: at })
      .execute();
  },
  async updateDepartment(db: Executor, d: Department, at: string): Promise<void> {
    await db
      .updateTable('departments')
      .set({ name: d.name, short_name: d.shortName, kind: d.kind, phone: d.phone, credit_code: d.creditCode, active: flag(d.active), updated_at: at })
      .where('id', '=', d.id)
      .execute();
  },

  // ── windows ─────────────────────────────────────────────
  async listWindows(db: Executor, filter: ListFilter = {}): Promise<ServiceWindow[]> {
    let q = db.selectFrom('windows').selectAll().orderBy('number');
    if (filter.centerIds) q = q.where('center_id', 'in', [...filter.centerIds, '']);
    if (!filter.includeInactive) q = q.where('active', '=', 1);
    if (filter.departmentId) {
      const departmentId = filter.departmentId;
      q = q.where('id', 'in', (sub) => sub.selectFrom('window_departments').select('window_id').where('department_id', '=', departmentId));
    }
    const rows = await q.execute();
    const links = rows.length
      ? await db.selectFrom('window_departments').selectAll().where('window_id', 'in', rows.map((r) => r.id)).execute()
      : [];
    return rows.map((r) => toWindow(r, links.filter((l) => l.window_id === r.id).map((l) => l.department_id).sort()));
  },
  async findWindow(db: Executor, id: string): Promise<ServiceWindow | null> {
    const row = await db.selectFrom('windows').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const links = await db.selectFrom('window_departments').select('department_id').where('window_id', '=', id).execute();
    return toWindow(row, links.map((l) => l.department_id).sort());
  },
  async findWindowByNumber(db: Executor, centerId: string, number: string): Promise<ServiceWindow | null> {
    const row = await db.selectFrom('windows').select('id').where('center_id', '=', centerId).where('number', '=', number).executeTakeFirst();
    return row ? orgStore.findWindow(db, row.id) : null;
  },
  async insertWindow(db: Executor, w: ServiceWindow, at: string): Promise<void> {
    await db
      .insertInto('windows')
      .values({ id: w.id, center_id: w.centerId, number: w.number, name: w.name, kind: w.kind, category: w.category, location: w.location, phone: w.phone, active: flag(w.active), created_at: at, updated_at: at })
      .execute();
    await orgStore.setWindowDepartments(db, w.id, w.departmentIds);
  },
  async updateWindow(db: Executor, w: ServiceWindow, at: string): Promise<void> {
    await db
      .updateTable('windows')
      .set({ number: w.number, name: w.name, kind: w.kind, category: w.category, location: w.location, phone: w.phone, active: flag(w.active), updated_at: at })
      .where('id', '=', w.id)
      .execute();
    await orgStore.setWindowDepartments(db, w.id, w.departmentIds);
  },
  async setWindowDepartments(db: Executor, windowId: string, departmentIds: string[]): Promise<void> {
    await db.deleteFrom('window_departments').where('window_id', '=', windowId).execute();
    if (departmentIds.length > 0) {
      await db.insertInto('window_departments').values(departmentIds.map((department_id) => ({ window_id: windowId, department_id }))).execute();
    }
  },

  // ── staff ───────────────────────────────────────────────
  async listStaff(db: Executor, filter: ListFilter = {}): Promise<StaffMember[]> {
    let q = db.selectFrom('staff').selectAll().orderBy('username');
    if (filter.centerIds) q = q.where('center_id', 'in', [...filter.centerIds, '']);
    if (filter.departmentId) q = q.where('department_id', '=', filter.departmentId);
    if (!filter.includeInactive) q = q.where('active', '=', 1);
    const rows = await q.execute();
    const roles = rows.length ? await db.selectFrom('staff_roles').selectAll().where('staff_id', 'in', rows.map((r) => r.id)).execute() : [];
    return rows.map((r) => toStaff(r, roles.filter((x) => x.staff_id === r.id).map((x) => x.role as Role).sort()));
  },
  async findStaff(db: Executor, id: string): Promise<StaffMember | null> {
    const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const roles = await db.selectFrom('staff_roles').select('role').where('staff_id', '=', id).execute();
    return toStaff(row, roles.map((r) => r.role as Role).sort());
  },
  async findStaffByUsername(db: Executor, username: string): Promise<StaffMember | null> {
    const row = await db.selectFrom('staff').select('id').where('username', '=', username).executeTakeFirst();
    return row ? orgStore.findStaff(db, row.id) : null;
  },
  async insertStaff(db: Executor, s: StaffMember, passwordHash: string, at: string): Promise<void> {
    await db
      .insertInto('staff')
      .values({
        id: s.id,
        username: s.username,
        display_name: s.displayName,
        password_hash: passwordHash,
        center_id: s.centerId,
        department_id: s.departmentId,
        window_id: s.windowId,
        phone: s.phone,
        active: flag(s.active),
        failed_logins: 0,
        locked_until: null,
        password_changed_at: at,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await orgStore.setStaffRoles(db, s.id, s.roles);
  },
  async updateStaff(db: Executor, s: StaffMember, at: string): Promise<void> {
    await db
      .updateTable('staff')
      .set({ display_name: s.displayName, center_id: s.centerId, department_id: s.departmentId, window_id: s.windowId, phone: s.phone, active: flag(s.active), updated_at: at })
      .where('id', '=', s.id)
      .execute();
    await orgStore.setStaffRoles(db, s.id, s.roles);
  },
  async setStaffRoles(db: Executor, staffId: string, roles: Role[]): Promise<void> {
    await db.deleteFrom('staff_roles').where('staff_id', '=', staffId).execute();
    if (roles.length > 0) await db.insertInto('staff_roles').values(roles.map((role) => ({ staff_id: staffId, role }))).execute();
  },
  async countStaff(db: Executor): Promise<number> {
    const row = await db.selectFrom('staff').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  // ── authorizations (授权书) ──────────────────────────────
  async listAuthorizations(db: Executor, filter: { departmentIds?: readonly string[] } = {}): Promise<Authorization[]> {
    let q = db.selectFrom('authorizations').selectAll().orderBy('valid_from', 'desc');
    if (filter.departmentIds) q = q.where('department_id', 'in', [...filter.departmentIds, '']);
    return (await q.execute()).map(toAuthorization);
  },
  async findAuthorization(db: Executor, id: string): Promise<Authorization | null> {
    const row = await db.selectFrom('authorizations').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toAuthorization(row) : null;
  },
  async insertAuthorization(db: Executor, a: Authorization, at: string): Promise<void> {
    await db
      .insertInto('authorizations')
      .values({
        id: a.id,
        staff_id: a.staffId,
        department_id: a.departmentId,
        position: a.position,
        document_no: a.documentNo,
        power_decide: flag(a.powers.includes('decide')),
        power_review_report: flag(a.powers.includes('reviewReport')),
        power_coordinate: flag(a.powers.includes('coordinate')),
        power_seal: flag(a.powers.includes('seal')),
        valid_from: a.validFrom,
        valid_to: a.validTo,
        revoked_at: a.revokedAt,
        created_at: at,
        updated_at: at,
      })
      .execute();
  },
  async revokeAuthorization(db: Executor, id: string, at: string): Promise<void> {
    await db.updateTable('authorizations').set({ revoked_at: at, updated_at: at }).where('id', '=', id).execute();
  },
};
