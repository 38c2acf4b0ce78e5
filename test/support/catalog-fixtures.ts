import type { Session } from './test-app.js';

/** The demo organization as the catalog tests need it: departments with credit codes, windows by number. */
export interface CatalogFixture {
  department: (code: string) => { id: string; creditCode: string; centerId: string };
  window: (number: string) => string;
  /** An item code of the demo county for a department: `{basic}-331099-{credit code}`. */
  code: (departmentCode: string, main: number, sub?: number) => string;
}

export async function catalogFixture(admin: Session): Promise<CatalogFixture> {
  const departments = (await admin.get('/api/org/departments')).json().items as Array<{ id: string; code: string; creditCode: string; centerId: string }>;
  const windows = (await admin.get('/api/org/windows')).json().items as Array<{ id: string; number: string }>;
  const department = (code: string) => {
    const found = departments.find((d) => d.code === code);
    if (!found) throw new Error(`no department ${code}`);
    return found;
  };
  return {
    department,
    window: (number) => {
      const found = windows.find((w) => w.number === number);
      if (!found) throw new Error(`no window ${number}`);
      return found.id;
    },
    code: (departmentCode, main, sub = 0) => `${String(main).padStart(9, '0')}${String(sub).padStart(3, '0')}-331099-${department(departmentCode).creditCode}`,
  };
}

/** A valid create body for a licensing item of 市场监管 at window A02; `overrides` replace elements. */
export function itemBody(f: CatalogFixture, main: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: f.code('SCJG', main),
    name: `测试许可事项${main}`,
    type: 'licensing',
    departmentId: f.department('SCJG').id,
    legalBasis: ['《中华人民共和国行政许可法》第十二条'],
    legalDays: 20,
    promisedDays: 5,
    maxVisits: 1,
    channels: ['window', 'online'],
    agencyAllowed: false,
    conditions: ['申请人具备相应条件'],
    materials: [{ name: '申请书', originals: 1, copies: 0, requirement: 'required' }],
    steps: [
      { name: '受理', role: 'windowClerk', sharePercent: 20 },
      { name: '审批', role: 'approver', sharePercent: 80 },
    ],
    result: '许可决定书',
    windowIds: [f.window('A02')],
    ...overrides,
  };
}

export const issueCodes = (body: { error: { details: { issues: Array<{ code: string }> } } }): string[] => body.error.details.issues.map((i) => i.code);
