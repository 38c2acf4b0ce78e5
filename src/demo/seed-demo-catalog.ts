import type { Services } from '../app.js';
import type { RequestContext } from '../kernel/context.js';
import { formatItemCode } from '../modules/catalog/catalog.domain.js';
import { demoBasicCode, demoBundles, demoFees, demoItems, type DemoItem } from './demo-catalog.js';
import { demoDepartments, type DemoDepartmentCode } from './demo-org.js';

/** Ids of the demo organization, by department code and window number. */
export interface DemoOrgIds {
  departments: ReadonlyMap<string, string>;
  windows: ReadonlyMap<string, string>;
  regionCode: string;
}

/** Fills the catalog of the demo county: items, the bundle, the fee catalog with its cancelled fees. */
export async function seedDemoCatalog(services: Services, ctx: RequestContext, ids: DemoOrgIds): Promise<void> {
  const departmentId = (code: DemoDepartmentCode) => ids.departments.get(code)!;
  const creditCode = (code: DemoDepartmentCode) => demoDepartments.find((d) => d.code === code)!.creditCode;
  const itemCode = (item: Pick<DemoItem, 'department' | 'main' | 'sub'>) =>
    formatItemCode({ basicCode: demoBasicCode(item), regionCode: ids.regionCode, departmentCode: creditCode(item.department) });

  for (const { department, main, sub, windows, fees, ...elements } of demoItems) {
    await services.catalog.createItem(ctx, {
      ...elements,
      code: itemCode({ department, main, ...(sub === undefined ? {} : { sub }) }),
      departmentId: departmentId(department),
      fees: fees ?? [],
      windowIds: windows.map((number) => ids.windows.get(number)!),
    });
  }
  for (const bundle of demoBundles) {
    await services.catalog.bundles.create(ctx, { code: bundle.code, name: bundle.name, description: bundle.description, itemCodes: bundle.items.map(itemCode), lifeEvents: bundle.lifeEvents });
  }
  for (const { department, cancelled, ...fee } of demoFees) {
    const created = await services.catalog.fees.create(ctx, { ...fee, departmentId: departmentId(department) });
    if (cancelled) await services.catalog.fees.cancel(ctx, created.id, { cancelledOn: cancelled.on, documentNo: cancelled.documentNo, reason: cancelled.reason });
  }
}
