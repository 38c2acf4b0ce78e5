import { issue, text, type Issue } from '../../kernel/errors/index.js';
import type { Center, Department, ServiceWindow } from '../org/org.domain.js';
import { itemCodeIssues, parseItemCode, type GuideContext, type Item, type KnownReferences } from './catalog.domain.js';

/**
 * What the catalog needs to know of the organization — departments with their credit codes,
 * windows, centers — read once per request through the organization's service, and the rules that
 * tie an item to them.
 */
export class CatalogReferences {
  private readonly departmentsById: Map<string, Department>;
  private readonly windowsById: Map<string, ServiceWindow>;
  private readonly centersById: Map<string, Center>;

  constructor(centers: readonly Center[], departments: readonly Department[], windows: readonly ServiceWindow[]) {
    this.centersById = new Map(centers.map((c) => [c.id, c]));
    this.departmentsById = new Map(departments.map((d) => [d.id, d]));
    this.windowsById = new Map(windows.map((w) => [w.id, w]));
  }

  /** Active departments and windows: the ones an item may name. */
  get known(): KnownReferences {
    return {
      departmentIds: new Set([...this.departmentsById.values()].filter((d) => d.active).map((d) => d.id)),
      windowIds: new Set([...this.windowsById.values()].filter((w) => w.active).map((w) => w.id)),
    };
  }

  department(id: string): Department | undefined {
    return this.departmentsById.get(id);
  }

  window(id: string): ServiceWindow | undefined {
    return this.windowsById.get(id);
  }

  center(id: string): Center | undefined {
    return this.centersById.get(id);
  }

  /** The center a department is stationed in: the scope of who may change its items. */
  centerOf(departmentId: string): Center | undefined {
    const department = this.department(departmentId);
    return department ? this.center(department.centerId) : undefined;
  }

  departmentName(id: string): string {
    return this.department(id)?.name ?? '';
  }

  /** The organization facts of a service guide: department, windows (number, name, location, phone), complaint lines. */
  guideContext(item: Item): GuideContext {
    const department = this.department(item.departmentId);
    const center = this.centerOf(item.departmentId);
    return {
      department: { id: item.departmentId, name: department?.name ?? '', ...(department?.phone ? { consultPhone: department.phone } : {}) },
      windows: item.windowIds.flatMap((id) => {
        const w = this.window(id);
        if (!w) return [];
        const windowCenter = this.center(w.centerId);
        return [{ id: w.id, name: `${w.number} ${w.name}`, location: [windowCenter?.name, w.location].filter(Boolean).join(' '), phone: w.phone || windowCenter?.phone || '' }];
      }),
      complaintPhones: ['12345', ...(center?.phone ? [center.phone] : [])],
    };
  }

  /**
   * The item code names its department and region: its third part is the implementing department's
   * unified social credit code, its second the region of the center the department is stationed in.
   * Reported only when the code itself is well formed (the domain reports the rest).
   */
  codeIssues(item: Pick<Item, 'code' | 'departmentId'>, path = ''): Issue[] {
    const parts = parseItemCode(item.code);
    const department = this.department(item.departmentId);
    if (!parts || !department || itemCodeIssues(item.code).length > 0) return [];
    if (!department.creditCode) {
      return [
        issue(
          `${path}/departmentId`,
          'item.department_credit_code_missing',
          text(
            '实施部门“{name}”尚未登记统一社会信用代码，无法核对实施编码；请先在组织管理中为该部门填写。',
            'The implementing department "{name}" has no unified social credit code yet, so the item code cannot be checked; enter it under Organization first.',
            { name: department.name },
          ),
        ),
      ];
    }
    const problems: Issue[] = [];
    if (parts.departmentCode !== department.creditCode) {
      problems.push(
        issue(
          `${path}/code`,
          'item.code_department_mismatch',
          text(
            '实施编码第三段“{found}”与实施部门“{name}”的统一社会信用代码“{expected}”不一致，请核对编码或实施部门。',
            'The third part of the item code, "{found}", is not the credit code of the implementing department "{name}" ({expected}); check the code or the department.',
            { found: parts.departmentCode, name: department.name, expected: department.creditCode },
          ),
        ),
      );
    }
    const center = this.center(department.centerId);
    if (center && parts.regionCode !== center.regionCode) {
      problems.push(
        issue(
          `${path}/code`,
          'item.code_region_mismatch',
          text(
            '实施编码第二段（区划代码）“{found}”与实施部门所在中心“{center}”的区划代码“{expected}”不一致。',
            'The second part of the item code (region), "{found}", is not the region of the department\'s center "{center}" ({expected}).',
            { found: parts.regionCode, center: center.name, expected: center.regionCode },
          ),
        ),
      );
    }
    return problems;
  }
}
