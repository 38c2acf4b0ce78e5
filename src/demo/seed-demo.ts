import type { Services } from '../app.js';
import type { Actor, RequestContext } from '../kernel/context.js';
import { DEFAULT_LOCALE } from '../kernel/i18n/locale.js';
import type { Clock } from '../kernel/time/clock.js';
import { demoAuthorizations, demoCenters, demoDepartments, DEMO_PASSWORD, demoRegions, demoStaff, demoWindows } from './demo-org.js';
import { seedDemoCatalog } from './seed-demo-catalog.js';

/** The set-up actor: an administrator that exists only while an empty center is being set up. */
export function setupActor(centerScope: string[]): Actor {
  return { kind: 'staff', id: null, name: '系统初始化', roles: ['admin'], centerId: centerScope[0] ?? null, centerScope, departmentId: null, servedDepartmentIds: [] };
}

export interface SeedResult {
  seeded: boolean;
  accounts: { username: string; displayName: string; roles: string[] }[];
}

/** Fills an empty database with the demo county. Does nothing when a center exists already. */
export async function seedDemo(services: Services, clock: Clock): Promise<SeedResult> {
  const accounts = demoStaff.map((s) => ({ username: s.username, displayName: s.displayName, roles: s.roles }));
  const ctxFor = (scope: string[]): RequestContext => ({ actor: setupActor(scope), clock, locale: DEFAULT_LOCALE, requestId: 'seed-demo' });
  if (await services.org.hasAnyCenter()) return { seeded: false, accounts };

  let ctx = ctxFor([]);
  for (const region of demoRegions) await services.org.createRegion(ctx, { ...region });

  const centerIds = new Map<string, string>();
  for (const c of demoCenters) {
    const parentId = c.parent ? centerIds.get(c.parent)! : null;
    const center = await services.org.createCenter(ctx, { name: c.name, level: c.level, regionCode: c.regionCode, parentId, address: c.address, phone: c.phone });
    centerIds.set(c.key, center.id);
    ctx = ctxFor(await services.org.scopeOf(centerIds.get('county')!));
  }

  const county = centerIds.get('county')!;
  const departmentIds = new Map<string, string>();
  for (const d of demoDepartments) {
    const department = await services.org.createDepartment(ctx, { centerId: county, ...d });
    departmentIds.set(d.code, department.id);
  }

  const windowIds = new Map<string, string>();
  for (const w of demoWindows) {
    const window = await services.org.createWindow(ctx, {
      centerId: centerIds.get(w.center)!,
      number: w.number,
      name: w.name,
      kind: w.kind,
      category: w.category ?? null,
      location: w.location,
      phone: '',
      departmentIds: w.departments.map((code) => departmentIds.get(code)!),
    });
    windowIds.set(w.number, window.id);
  }

  const staffIds = new Map<string, string>();
  for (const s of demoStaff) {
    const staff = await services.org.createStaff(ctx, {
      username: s.username,
      displayName: s.displayName,
      password: DEMO_PASSWORD,
      centerId: centerIds.get(s.center)!,
      departmentId: s.department ? departmentIds.get(s.department)! : null,
      windowId: s.window ? windowIds.get(s.window)! : null,
      phone: s.phone,
      roles: s.roles,
    });
    staffIds.set(s.username, staff.id);
  }

  for (const a of demoAuthorizations) {
    await services.org.createAuthorization(ctx, {
      staffId: staffIds.get(a.staff)!,
      departmentId: departmentIds.get(a.department)!,
      position: a.position,
      documentNo: a.documentNo,
      powers: a.powers,
      validFrom: a.validFrom,
    });
  }

  await seedDemoCatalog(services, ctx, { departments: departmentIds, windows: windowIds, regionCode: demoRegions[0].code });
  return { seeded: true, accounts };
}
