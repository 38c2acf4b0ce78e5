import type { Db, Executor, Trx } from '../../db/database.js';
import type { RequestContext } from '../../kernel/context.js';
import { errors, issue, text, type Issue } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids/ids.js';
import { authorize, limitedToOwnDepartment, type Permission } from '../../kernel/permissions/policy.js';
import { hashPassword, passwordIssues } from '../../kernel/security/password.js';
import { instantOf } from '../../kernel/time/clock.js';
import { creditCodeIssues, normalizeCreditCode } from '../../kernel/validators/credit-code.js';
import { ReferenceCache } from '../../kernel/reference-cache.js';
import type { UnitOfWork } from '../../kernel/unit-of-work.js';
import {
  authorizationInForce,
  authorizationIssues,
  centerIssues,
  centerScope,
  regionIssues,
  staffIssues,
  windowIssues,
  type Authorization,
  type Center,
  type Department,
  type Region,
  type ServiceWindow,
  type StaffMember,
} from './org.domain.js';
import type {
  CreateAuthorization,
  CreateCenter,
  CreateDepartment,
  CreateRegion,
  CreateStaff,
  CreateWindow,
  ListQuery,
  UpdateCenter,
  UpdateDepartment,
  UpdateRegion,
  UpdateStaff,
  UpdateWindow,
} from './org.schema.js';
import { orgStore } from './org.store.js';

const ENTITY = {
  region: '行政区划',
  center: '服务中心',
  department: '部门',
  window: '窗口',
  staff: '工作人员',
  authorization: '授权书',
} as const;

function orFail<T>(value: T | null, entity: keyof typeof ENTITY, id: string): T {
  if (value === null) throw errors.notFound(ENTITY[entity], id);
  return value;
}

function failIf(problems: Issue[]): void {
  if (problems.length > 0) throw errors.invalid(problems);
}

/** A department's credit code: null stays null; anything else must be a valid code, kept normalized. */
function departmentCreditCode(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  failIf(creditCodeIssues(value, { path: '/creditCode' }));
  return normalizeCreditCode(value);
}

function duplicate(code: string, zh: string, en: string, params: Record<string, unknown>) {
  return errors.conflict(code, text(zh, en, params), params);
}

/** The organization: regions, centers, departments, windows, staff and their authorizations. */
export class OrgService {
  /** The directory, the centers' numbering and the authorizations, as read on every case transition. */
  private readonly cache: ReferenceCache<unknown>;

  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
  ) {
    this.cache = new ReferenceCache(uow);
  }

  private cached<V>(key: string, load: () => Promise<V>): Promise<V> {
    return this.cache.get(key, load) as Promise<V>;
  }

  /** The centers a staff member of `centerId` may act in. */
  async scopeOf(centerId: string, db: Executor = this.db): Promise<string[]> {
    return centerScope(await orgStore.allCenterLinks(db), centerId);
  }

  /** The county center, if one exists (internal: no permission check). */
  async rootCenterOrNull(): Promise<Center | null> {
    return orgStore.rootCenter(this.db);
  }

  /** True once any center exists (an empty database is set up by seed-demo or create-admin). */
  async hasAnyCenter(): Promise<boolean> {
    return (await orgStore.rootCenter(this.db)) !== null || (await orgStore.listCenters(this.db, { includeInactive: true })).length > 0;
  }

  /** A center's region code and its two-digit number among the centers of that region (internal). */
  async centerNumbering(centerId: string): Promise<{ regionCode: string; centerNo: number } | null> {
    return this.cached(`numbering:${centerId}`, () => this.readCenterNumbering(centerId));
  }

  private async readCenterNumbering(centerId: string): Promise<{ regionCode: string; centerNo: number } | null> {
    const center = await orgStore.findCenter(this.db, centerId);
    if (!center) return null;
    const sameRegion = await orgStore.centerIdsInRegion(this.db, center.regionCode);
    return { regionCode: center.regionCode, centerNo: sameRegion.indexOf(center.id) + 1 };
  }

  /** Whether a staff member holds 审批决定权 for a department on a date, by an authorization in force (internal). */
  async mayDecide(staffId: string, departmentId: string, date: string): Promise<boolean> {
    const list = await this.cached(`authorizations:${departmentId}`, () => orgStore.listAuthorizations(this.db, { departmentIds: [departmentId] }));
    return list.some((a) => a.staffId === staffId && a.powers.includes('decide') && authorizationInForce(a, date));
  }

  /** The departments a window serves (internal: no permission check). */
  async departmentsServedBy(windowId: string): Promise<string[]> {
    return (await orgStore.findWindow(this.db, windowId))?.departmentIds ?? [];
  }

  /** The staff member behind a session (internal: no permission check). */
  async staffForSession(staffId: string): Promise<StaffMember | null> {
    return orgStore.findStaff(this.db, staffId);
  }

  /** Every center, department and window, active or not (internal, no permission check: the catalog's references and its public guides). */
  async directory(): Promise<{ centers: Center[]; departments: Department[]; windows: ServiceWindow[] }> {
    return this.cached('directory', () => this.readDirectory());
  }

  private async readDirectory(): Promise<{ centers: Center[]; departments: Department[]; windows: ServiceWindow[] }> {
    const all = { includeInactive: true };
    const [centers, departments, windows] = await Promise.all([
      orgStore.listCenters(this.db, all),
      orgStore.listDepartments(this.db, all),
      orgStore.listWindows(this.db, all),
    ]);
    return { centers, departments, windows };
  }

  /** The organization as the history import of cases matches names against it (internal). */
  async importDirectory(): Promise<{ rootCenterId: string; centers: Center[]; departments: Department[]; windows: ServiceWindow[] } | null> {
    const root = await orgStore.rootCenter(this.db);
    if (!root) return null;
    // Read afresh, not from the cache: the import creates placeholders and must see them (and another instance's) at once.
    const { centers, departments, windows } = await this.readDirectory();
    return { rootCenterId: root.id, centers, departments, windows };
  }

  /** A placeholder (占位) center for a history import: inactive, a branch hall of the county center (internal; the import audits it). */
  async createPlaceholderCenter(trx: Trx, input: { id: string; name: string }, at: string): Promise<void> {
    const root = await orgStore.rootCenter(trx);
    if (!root) throw errors.notFound(ENTITY.center, 'county_center');
    const center: Center = { id: input.id, name: input.name, level: 'branch_hall', regionCode: root.regionCode, parentId: root.id, address: '', phone: '', active: false };
    await orgStore.insertCenter(trx, center, at, true);
  }

  /** A placeholder (占位) department for a history import: inactive (internal; the import audits it). */
  async createPlaceholderDepartment(trx: Trx, input: { id: string; centerId: string; name: string; code: string }, at: string): Promise<void> {
    const department: Department = { ...input, shortName: input.name, kind: 'department', phone: '', creditCode: null, active: false };
    await orgStore.insertDepartment(trx, department, at, true);
  }

  /** Centers to list for a query: the requested one (if in scope) or the actor's whole scope. */
  private visibleCenters(ctx: RequestContext, permission: Permission, query: ListQuery): readonly string[] {
    authorize(ctx.actor, permission, query.centerId ? { centerId: query.centerId } : {});
    return query.centerId ? [query.centerId] : ctx.actor.centerScope;
  }

  /** A department filter: department-bound roles see only their own department. */
  private visibleDepartment(ctx: RequestContext, permission: Permission, query: ListQuery): string | undefined {
    if (limitedToOwnDepartment(ctx.actor, permission)) {
      if (query.departmentId && query.departmentId !== ctx.actor.departmentId) {
        authorize(ctx.actor, permission, { departmentId: query.departmentId });
      }
      return ctx.actor.departmentId ?? '';
    }
    return query.departmentId;
  }

  private async requireRootScope(ctx: RequestContext): Promise<void> {
    const root = await orgStore.rootCenter(this.db);
    authorize(ctx.actor, 'org.manage', root ? { centerId: root.id } : {});
  }

  // ── regions ─────────────────────────────────────────────
  async listRegions(ctx: RequestContext, query: ListQuery): Promise<Region[]> {
    authorize(ctx.actor, 'org.read');
    return orgStore.listRegions(this.db, query.includeInactive ?? false);
  }

  async createRegion(ctx: RequestContext, input: CreateRegion): Promise<Region> {
    await this.requireRootScope(ctx);
    return this.uow.write(ctx, async (trx, audit) => {
      const parent = input.parentCode ? await orgStore.findRegion(trx, input.parentCode) : null;
      const problems = regionIssues({ code: input.code, level: input.level, parent });
      if (input.parentCode && !parent) {
        problems.push(issue('/parentCode', 'region.parent_unknown', text('找不到上级区划 {code}。', 'Unknown parent region {code}.', { code: input.parentCode })));
      }
      failIf(problems);
      if (await orgStore.findRegion(trx, input.code)) {
        throw duplicate('region.duplicate', '区划代码 {code} 已存在。', 'Region code {code} exists already.', { code: input.code });
      }
      const region: Region = { code: input.code, name: input.name, level: input.level, parentCode: parent?.code ?? null, active: true };
      await orgStore.insertRegion(trx, region, instantOf(ctx.clock));
      await audit.record({ action: 'region.create', entityType: 'region', entityId: region.code, after: region });
      return region;
    });
  }

  async updateRegion(ctx: RequestContext, code: string, patch: UpdateRegion & { active?: boolean }): Promise<Region> {
    await this.requireRootScope(ctx);
    return this.uow.write(ctx, async (trx, audit) => {
      const before = orFail(await orgStore.findRegion(trx, code), 'region', code);
      const after: Region = { ...before, ...patch };
      await orgStore.updateRegion(trx, after, instantOf(ctx.clock));
      await audit.record({ action: patch.active === false ? 'region.deactivate' : 'region.update', entityType: 'region', entityId: code, before, after });
      return after;
    });
  }

  // ── centers ─────────────────────────────────────────────
  async listCenters(ctx: RequestContext, query: ListQuery): Promise<Center[]> {
    const centerIds = this.visibleCenters(ctx, 'org.read', query);
    return orgStore.listCenters(this.db, { centerIds, includeInactive: query.includeInactive ?? false });
  }

  async createCenter(ctx: RequestContext, input: CreateCenter): Promise<Center> {
    authorize(ctx.actor, 'org.manage', input.parentId ? { centerId: input.parentId } : {});
    if (!input.parentId) await this.requireRootScope(ctx);
    return this.uow.write(ctx, async (trx, audit) => {
      const region = await orgStore.findRegion(trx, input.regionCode);
      const parent = input.parentId ? await orgStore.findCenter(trx, input.parentId) : null;
      const problems = centerIssues({ level: input.level, region, parent });
      if (input.parentId && !parent) problems.push(issue('/parentId', 'center.parent_unknown', text('找不到上级中心。', 'Unknown parent center.')));
      failIf(problems);
      if (await orgStore.findCenterByName(trx, input.name)) {
        throw duplicate('center.duplicate', '已有同名中心“{name}”。', 'A center named "{name}" exists already.', { name: input.name });
      }
      const center: Center = {
        id: newId(ctx.clock),
        name: input.name,
        level: input.level,
        regionCode: input.regionCode,
        parentId: parent?.id ?? null,
        address: input.address ?? '',
        phone: input.phone ?? '',
        active: true,
      };
      await orgStore.insertCenter(trx, center, instantOf(ctx.clock));
      await audit.record({ action: 'center.create', entityType: 'center', entityId: center.id, centerId: center.id, after: center });
      return center;
    });
  }

  async updateCenter(ctx: RequestContext, id: string, patch: UpdateCenter & { active?: boolean }): Promise<Center> {
    authorize(ctx.actor, 'org.manage', { centerId: id });
    return this.uow.write(ctx, async (trx, audit) => {
      const before = orFail(await orgStore.findCenter(trx, id), 'center', id);
      const after: Center = { ...before, ...patch };
      if (patch.name && patch.name !== before.name && (await orgStore.findCenterByName(trx, patch.name))) {
        throw duplicate('center.duplicate', '已有同名中心“{name}”。', 'A center named "{name}" exists already.', { name: patch.name });
      }
      await orgStore.updateCenter(trx, after, instantOf(ctx.clock));
      await audit.record({ action: patch.active === false ? 'center.deactivate' : 'center.update', entityType: 'center', entityId: id, centerId: id, before, after });
      return after;
    });
  }

  // ── departments ─────────────────────────────────────────
  async listDepartments(ctx: RequestContext, query: ListQuery): Promise<Department[]> {
    const centerIds = this.visibleCenters(ctx, 'org.read', query);
    return orgStore.listDepartments(this.db, { centerIds, includeInactive: query.includeInactive ?? false });
  }

  async createDepartment(ctx: RequestContext, input: CreateDepartment): Promise<Department> {
    authorize(ctx.actor, 'org.manage', { centerId: input.centerId });
    return this.uow.write(ctx, async (trx, audit) => {
      orFail(await orgStore.findCenter(trx, input.centerId), 'center', input.centerId);
      if (await orgStore.findDepartmentByCode(trx, input.centerId, input.code)) {
        throw duplicate('department.duplicate', '部门代码 {code} 已存在。', 'Department code {code} exists already.', { code: input.code });
      }
      const department: Department = {
        id: newId(ctx.clock),
        centerId: input.centerId,
        code: input.code,
        name: input.name,
        shortName: input.shortName,
        kind: input.kind ?? 'department',
        phone: input.phone ?? '',
        creditCode: departmentCreditCode(input.creditCode) ?? null,
        active: true,
      };
      await orgStore.insertDepartment(trx, department, instantOf(ctx.clock));
      await audit.record({ action: 'department.create', entityType: 'department', entityId: department.id, centerId: department.centerId, after: department });
      return department;
    });
  }

  /** Admins edit any department in scope; a chief representative edits their own department's contacts. */
  async updateDepartment(ctx: RequestContext, id: string, patch: UpdateDepartment & { active?: boolean }): Promise<Department> {
    return this.uow.write(ctx, async (trx, audit) => {
      const before = orFail(await orgStore.findDepartment(trx, id), 'department', id);
      const identity = patch.active !== undefined || patch.kind !== undefined || patch.name !== undefined || patch.creditCode !== undefined;
      const permission: Permission = identity ? 'org.manage' : 'department.edit';
      authorize(ctx.actor, permission, { centerId: before.centerId, departmentId: before.id });
      const creditCode = departmentCreditCode(patch.creditCode);
      const after: Department = { ...before, ...patch, ...(creditCode !== undefined ? { creditCode } : {}) };
      await orgStore.updateDepartment(trx, after, instantOf(ctx.clock));
      await audit.record({ action: patch.active === false ? 'department.deactivate' : 'department.update', entityType: 'department', entityId: id, centerId: before.centerId, before, after });
      return after;
    });
  }

  // ── windows ─────────────────────────────────────────────
  async listWindows(ctx: RequestContext, query: ListQuery): Promise<ServiceWindow[]> {
    const centerIds = this.visibleCenters(ctx, 'org.read', query);
    return orgStore.listWindows(this.db, { centerIds, includeInactive: query.includeInactive ?? false, ...(query.departmentId ? { departmentId: query.departmentId } : {}) });
  }

  private async windowDepartmentIssues(trx: Executor, centerId: string, departmentIds: string[]): Promise<Issue[]> {
    const problems: Issue[] = [];
    for (const [index, departmentId] of departmentIds.entries()) {
      const department = await orgStore.findDepartment(trx, departmentId);
      if (!department || !department.active) {
        problems.push(issue(`/departmentIds/${index}`, 'window.department_unknown', text('找不到部门 {id}，或已停用。', 'Department {id} is unknown or inactive.', { id: departmentId })));
      } else if (department.centerId !== centerId) {
        problems.push(issue(`/departmentIds/${index}`, 'window.department_elsewhere', text('部门“{name}”不在该中心进驻。', 'Department "{name}" is not stationed in this center.', { name: department.name })));
      }
    }
    return problems;
  }

  async createWindow(ctx: RequestContext, input: CreateWindow): Promise<ServiceWindow> {
    authorize(ctx.actor, 'org.manage', { centerId: input.centerId });
    return this.uow.write(ctx, async (trx, audit) => {
      orFail(await orgStore.findCenter(trx, input.centerId), 'center', input.centerId);
      const window: ServiceWindow = {
        id: newId(ctx.clock),
        centerId: input.centerId,
        number: input.number.toUpperCase(),
        name: input.name,
        kind: input.kind,
        category: input.category ?? null,
        location: input.location ?? '',
        phone: input.phone ?? '',
        departmentIds: [...input.departmentIds].sort(),
        active: true,
      };
      failIf([...windowIssues(window), ...(await this.windowDepartmentIssues(trx, window.centerId, window.departmentIds))]);
      if (await orgStore.findWindowByNumber(trx, window.centerId, window.number)) {
        throw duplicate('window.duplicate', '窗口号 {number} 已被使用。', 'Window number {number} is taken.', { number: window.number });
      }
      await orgStore.insertWindow(trx, window, instantOf(ctx.clock));
      await audit.record({ action: 'window.create', entityType: 'window', entityId: window.id, centerId: window.centerId, after: window });
      return window;
    });
  }

  async updateWindow(ctx: RequestContext, id: string, patch: UpdateWindow & { active?: boolean }): Promise<ServiceWindow> {
    return this.uow.write(ctx, async (trx, audit) => {
      const before = orFail(await orgStore.findWindow(trx, id), 'window', id);
      authorize(ctx.actor, 'org.manage', { centerId: before.centerId });
      const after: ServiceWindow = {
        ...before,
        ...patch,
        number: (patch.number ?? before.number).toUpperCase(),
        departmentIds: [...(patch.departmentIds ?? before.departmentIds)].sort(),
      };
      failIf([...windowIssues(after), ...(patch.departmentIds ? await this.windowDepartmentIssues(trx, after.centerId, after.departmentIds) : [])]);
      const sameNumber = await orgStore.findWindowByNumber(trx, after.centerId, after.number);
      if (sameNumber && sameNumber.id !== id) {
        throw duplicate('window.duplicate', '窗口号 {number} 已被使用。', 'Window number {number} is taken.', { number: after.number });
      }
      await orgStore.updateWindow(trx, after, instantOf(ctx.clock));
      await audit.record({ action: patch.active === false ? 'window.deactivate' : 'window.update', entityType: 'window', entityId: id, centerId: after.centerId, before, after });
      return after;
    });
  }

  // ── staff ───────────────────────────────────────────────
  async listStaff(ctx: RequestContext, query: ListQuery): Promise<StaffMember[]> {
    const centerIds = this.visibleCenters(ctx, 'staff.read', query);
    const departmentId = this.visibleDepartment(ctx, 'staff.read', query);
    return orgStore.listStaff(this.db, { centerIds, includeInactive: query.includeInactive ?? false, ...(departmentId !== undefined ? { departmentId } : {}) });
  }

  private async staffPlacementIssues(trx: Executor, staff: Pick<StaffMember, 'centerId' | 'departmentId' | 'windowId' | 'roles'>): Promise<Issue[]> {
    const center = await orgStore.findCenter(trx, staff.centerId);
    const problems = staffIssues({ roles: staff.roles, departmentId: staff.departmentId, centerLevel: center?.level ?? null });
    if (!center) problems.push(issue('/centerId', 'staff.center_unknown', text('找不到所属中心。', 'Unknown center.')));
    if (staff.departmentId && !(await orgStore.findDepartment(trx, staff.departmentId))) {
      problems.push(issue('/departmentId', 'staff.department_unknown', text('找不到所属部门。', 'Unknown department.')));
    }
    if (staff.windowId) {
      const window = await orgStore.findWindow(trx, staff.windowId);
      if (!window || window.centerId !== staff.centerId) {
        problems.push(issue('/windowId', 'staff.window_unknown', text('该窗口不存在或不在所属中心。', 'The window is unknown or in another center.')));
      }
    }
    return problems;
  }

  async createStaff(ctx: RequestContext, input: CreateStaff): Promise<StaffMember> {
    authorize(ctx.actor, 'staff.manage', { centerId: input.centerId });
    const staff: StaffMember = {
      id: newId(ctx.clock),
      username: input.username.toLowerCase(),
      displayName: input.displayName,
      centerId: input.centerId,
      departmentId: input.departmentId ?? null,
      windowId: input.windowId ?? null,
      phone: input.phone ?? '',
      roles: [...input.roles].sort(),
      active: true,
      lockedUntil: null,
    };
    const passwordProblems = passwordIssues(input.password, staff.username);
    const passwordHash = await hashPassword(input.password);
    return this.uow.write(ctx, async (trx, audit) => {
      failIf([...passwordProblems, ...(await this.staffPlacementIssues(trx, staff))]);
      if (await orgStore.findStaffByUsername(trx, staff.username)) {
        throw duplicate('staff.duplicate', '用户名 {username} 已被使用。', 'Username {username} is taken.', { username: staff.username });
      }
      await orgStore.insertStaff(trx, staff, passwordHash, instantOf(ctx.clock));
      await audit.record({ action: 'staff.create', entityType: 'staff', entityId: staff.id, centerId: staff.centerId, after: staff });
      return staff;
    });
  }

  async updateStaff(ctx: RequestContext, id: string, patch: UpdateStaff & { active?: boolean }): Promise<StaffMember> {
    return this.uow.write(ctx, async (trx, audit) => {
      const before = orFail(await orgStore.findStaff(trx, id), 'staff', id);
      authorize(ctx.actor, 'staff.manage', { centerId: before.centerId });
      if (patch.centerId) authorize(ctx.actor, 'staff.manage', { centerId: patch.centerId });
      const after: StaffMember = { ...before, ...patch, roles: [...(patch.roles ?? before.roles)].sort() };
      if (after.id === ctx.actor.id && (patch.active === false || !after.roles.includes('admin'))) {
        throw errors.rule('staff.self_lockout', text('不能停用自己或撤销自己的管理员角色。', 'You cannot deactivate yourself or drop your own admin role.'));
      }
      failIf(await this.staffPlacementIssues(trx, after));
      await orgStore.updateStaff(trx, after, instantOf(ctx.clock));
      await audit.record({ action: patch.active === false ? 'staff.deactivate' : 'staff.update', entityType: 'staff', entityId: id, centerId: after.centerId, before, after });
      return after;
    });
  }

  // ── authorizations (授权书) ──────────────────────────────
  async listAuthorizations(ctx: RequestContext, query: ListQuery): Promise<Array<Authorization & { inForce: boolean }>> {
    const centerIds = this.visibleCenters(ctx, 'authorization.read', query);
    const departmentId = this.visibleDepartment(ctx, 'authorization.read', query);
    const departments = await orgStore.listDepartments(this.db, { centerIds, includeInactive: true, ...(departmentId !== undefined ? { departmentId } : {}) });
    const today = ctx.clock.now().toISOString().slice(0, 10);
    const list = await orgStore.listAuthorizations(this.db, { departmentIds: departments.map((d) => d.id) });
    return list.map((a) => ({ ...a, inForce: authorizationInForce(a, today) }));
  }

  async createAuthorization(ctx: RequestContext, input: CreateAuthorization): Promise<Authorization> {
    return this.uow.write(ctx, async (trx, audit) => {
      const department = orFail(await orgStore.findDepartment(trx, input.departmentId), 'department', input.departmentId);
      authorize(ctx.actor, 'authorization.manage', { centerId: department.centerId });
      const staff = await orgStore.findStaff(trx, input.staffId);
      const authorization: Authorization = {
        id: newId(ctx.clock),
        staffId: input.staffId,
        departmentId: input.departmentId,
        position: input.position,
        documentNo: input.documentNo,
        powers: [...input.powers],
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
        revokedAt: null,
      };
      failIf(authorizationIssues({ ...authorization, staff, departmentId: department.id }));
      await orgStore.insertAuthorization(trx, authorization, instantOf(ctx.clock));
      await audit.record({ action: 'authorization.create', entityType: 'authorization', entityId: authorization.id, centerId: department.centerId, after: authorization });
      return authorization;
    });
  }

  async revokeAuthorization(ctx: RequestContext, id: string): Promise<Authorization> {
    return this.uow.write(ctx, async (trx, audit) => {
      const before = orFail(await orgStore.findAuthorization(trx, id), 'authorization', id);
      const department = orFail(await orgStore.findDepartment(trx, before.departmentId), 'department', before.departmentId);
      authorize(ctx.actor, 'authorization.manage', { centerId: department.centerId });
      if (before.revokedAt) throw errors.rule('authorization.revoked', text('该授权书已撤销。', 'This authorization is already revoked.'));
      const at = instantOf(ctx.clock);
      await orgStore.revokeAuthorization(trx, id, at);
      const after = { ...before, revokedAt: at };
      await audit.record({ action: 'authorization.revoke', entityType: 'authorization', entityId: id, centerId: department.centerId, before, after });
      return after;
    });
  }

  // ── public ──────────────────────────────────────────────
  /** The public face of a center (the county center by default): its departments and windows. */
  async publicOverview(centerId?: string): Promise<{ center: Center; departments: Department[]; windows: ServiceWindow[]; centers: Center[] }> {
    const center = centerId ? await orgStore.findCenter(this.db, centerId) : await orgStore.rootCenter(this.db);
    if (!center || !center.active) throw errors.notFound(ENTITY.center, centerId ?? '');
    const [departments, windows, centers] = await Promise.all([
      orgStore.listDepartments(this.db, { centerIds: [center.id] }),
      orgStore.listWindows(this.db, { centerIds: [center.id] }),
      orgStore.listCenters(this.db, { centerIds: await this.scopeOf(center.id) }),
    ]);
    return { center, departments, windows, centers };
  }
}
