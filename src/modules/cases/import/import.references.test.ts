import { describe, expect, it } from 'vitest';
import { ImportResolver, PlaceholderPlanner, placeholderDepartmentCode, placeholderItemCode, type ImportDirectory } from './import.references.js';

const directory: ImportDirectory = {
  rootCenterId: 'c-county',
  centers: [
    { id: 'c-county', name: '示范县政务服务中心', regionCode: '331099' },
    { id: 'c-hall', name: '不动产分厅', regionCode: '331099' },
    { id: 'c-town', name: '城关镇便民服务中心', regionCode: '331099101' },
  ],
  departments: [
    { id: 'd-police', centerId: 'c-county', code: 'GA', name: '示范县公安局', shortName: '公安', creditCode: '11331099MB00000198' },
    { id: 'd-civil-town', centerId: 'c-town', code: 'MZ', name: '民政办', shortName: '民政', creditCode: null },
    { id: 'd-civil', centerId: 'c-county', code: 'MZ', name: '示范县民政局', shortName: '民政', creditCode: null },
  ],
  items: [
    { id: 'i-birth', code: '000010002000-331099-11331099MB00000198', name: '出生登记', departmentId: 'd-police', version: 3 },
    { id: 'i-aid-town', code: '000090001000-331099101-X', name: '低保审批', departmentId: 'd-civil-town', version: 1 },
    { id: 'i-aid', code: '000090001000-331099-Y', name: '低保审批', departmentId: 'd-civil', version: 2 },
    { id: 'i-old', code: placeholderItemCode('d-police', '旧系统事项 17'), name: '改过名的占位事项', departmentId: 'd-police', version: 1 },
  ],
  windows: [
    { id: 'w-a01', centerId: 'c-county', number: 'A01' },
    { id: 'w-t01', centerId: 'c-town', number: 'A01' },
  ],
};

describe('ImportResolver', () => {
  const r = new ImportResolver(directory);

  it('finds a center by id, name, or a region code that only one center has', () => {
    expect(r.centerId('c-hall')).toBe('c-hall');
    expect(r.centerId('城关镇便民服务中心')).toBe('c-town');
    expect(r.centerId('331099101')).toBe('c-town');
    expect(r.centerId('331099')).toBeNull(); // two centers in the county region
    expect(r.centerId('老城区服务中心')).toBeNull();
  });

  it('finds a department by credit code, code, name or short name, the row\'s center first, then the county center', () => {
    expect(r.departmentId('c-hall', '11331099MB00000198')).toBe('d-police');
    expect(r.departmentId('c-town', '民政')).toBe('d-civil-town');
    expect(r.departmentId('c-hall', '民政')).toBe('d-civil');
    expect(r.departmentId('c-county', 'GA')).toBe('d-police');
    expect(r.departmentId('c-county', '人社局')).toBeNull();
  });

  it('finds an item by implementation code, basic code or name, the row\'s department first, and a renamed placeholder by its code', () => {
    expect(r.item('d-civil', '000010002000-331099-11331099MB00000198')?.id).toBe('i-birth');
    expect(r.item('d-civil', '000090001000')?.id).toBe('i-aid');
    expect(r.item('d-civil-town', '000090001000')?.id).toBe('i-aid-town');
    expect(r.item('d-civil-town', '低保审批')?.id).toBe('i-aid-town');
    expect(r.item('d-police', '出生登记')).toMatchObject({ id: 'i-birth', version: 3 });
    expect(r.item('d-police', '旧系统事项 17')?.id).toBe('i-old');
    expect(r.item('d-civil', '旧系统事项 17')).toBeNull();
  });

  it('finds a window by number within the center only', () => {
    expect(r.windowId('c-town', 'A01')).toBe('w-t01');
    expect(r.windowId('c-county', 'A01')).toBe('w-a01');
    expect(r.windowId('c-hall', 'A01')).toBeNull();
    expect(r.windowId('c-county', 'w-a01')).toBe('w-a01');
  });
});

describe('PlaceholderPlanner', () => {
  it('plans each unknown center, department and item once, nested under planned parents', () => {
    const planner = new PlaceholderPlanner(new ImportResolver(directory));
    const row = (center: string, department: string, itemCode: string) => ({ center, department, itemCode, legalDays: 20, promisedDays: 10 });
    expect(planner.note(row('示范县政务服务中心', '公安', '出生登记'))).toBe('c-county');
    expect(planner.note(row('老城区服务中心', '老城区民政办', '低保审批'))).toBe('center:老城区服务中心');
    planner.note(row('老城区服务中心', '老城区民政办', '低保审批'));
    planner.note(row('示范县政务服务中心', '公安', '户籍证明'));
    planner.note(row('示范县政务服务中心', '人社局', '社保卡'));
    expect(planner.plan()).toEqual({
      centers: [{ key: 'center:老城区服务中心', name: '老城区服务中心' }],
      departments: [
        { key: 'department:center:老城区服务中心:老城区民政办', center: 'center:老城区服务中心', name: '老城区民政办', code: placeholderDepartmentCode('老城区民政办') },
        { key: 'department:c-county:人社局', center: 'c-county', name: '人社局', code: placeholderDepartmentCode('人社局') },
      ],
      items: [
        { key: 'item:department:center:老城区服务中心:老城区民政办:低保审批', department: 'department:center:老城区服务中心:老城区民政办', name: '低保审批', legalDays: 20, promisedDays: 10 },
        { key: 'item:d-police:户籍证明', department: 'd-police', name: '户籍证明', legalDays: 20, promisedDays: 10 },
        { key: 'item:department:c-county:人社局:社保卡', department: 'department:c-county:人社局', name: '社保卡', legalDays: 20, promisedDays: 10 },
      ],
    });
    expect(placeholderDepartmentCode('人社局')).toMatch(/^IMPORT-[0-9a-f]{8}$/);
  });
});
