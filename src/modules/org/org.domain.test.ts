import { describe, expect, it } from 'vitest';
import {
  authorizationInForce,
  authorizationIssues,
  centerIssues,
  centerScope,
  regionIssues,
  regionLevelOfCode,
  staffIssues,
  windowIssues,
  type Center,
  type Region,
} from './org.domain.js';

const county: Region = { code: '331099', name: '示范县', level: 'county', parentCode: null, active: true };
const town: Region = { code: '331099101', name: '城关镇', level: 'township', parentCode: '331099', active: true };
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('regions', () => {
  it('read the level from the code length', () => {
    expect(regionLevelOfCode('331099')).toBe('county');
    expect(regionLevelOfCode('331099101')).toBe('township');
    expect(regionLevelOfCode('331099101201')).toBe('village');
    expect(regionLevelOfCode('33109')).toBeNull();
    expect(regionLevelOfCode('3310991x1')).toBeNull();
  });
  it('need a parent one level up whose code they extend', () => {
    expect(regionIssues({ code: '331099101', level: 'township', parent: county })).toEqual([]);
    expect(codes(regionIssues({ code: '331099101', level: 'township', parent: null }))).toEqual(['region.parent_required']);
    expect(codes(regionIssues({ code: '331100101', level: 'township', parent: county }))).toEqual(['region.code_prefix']);
    expect(codes(regionIssues({ code: '331099101201', level: 'village', parent: county }))).toEqual(['region.parent_level']);
    expect(codes(regionIssues({ code: '3310991', level: 'township', parent: county }))).toContain('region.code_format');
  });
});

describe('centers', () => {
  const countyCenter: Center = { id: 'c', name: '中心', level: 'county_center', regionCode: '331099', parentId: null, address: '', phone: '', active: true };
  it('sit in a region of their level under the right parent', () => {
    expect(centerIssues({ level: 'township_center', region: town, parent: countyCenter })).toEqual([]);
    expect(centerIssues({ level: 'branch_hall', region: county, parent: countyCenter })).toEqual([]);
    expect(codes(centerIssues({ level: 'township_center', region: county, parent: null }))).toEqual(['center.region_level', 'center.parent_required']);
    expect(codes(centerIssues({ level: 'village_point', region: null, parent: countyCenter }))).toEqual(['center.region_unknown', 'center.parent_level']);
  });
  it('give a staff member the scope of their center and all below it', () => {
    const links = [
      { id: 'county', parentId: null },
      { id: 'town1', parentId: 'county' },
      { id: 'town2', parentId: 'county' },
      { id: 'village1', parentId: 'town1' },
      { id: 'village2', parentId: 'town2' },
    ];
    expect(centerScope(links, 'county').sort()).toEqual(['county', 'town1', 'town2', 'village1', 'village2']);
    expect(centerScope(links, 'town1').sort()).toEqual(['town1', 'village1']);
    expect(centerScope(links, 'village2')).toEqual(['village2']);
  });
});

describe('windows', () => {
  it('dedicated serves one department, comprehensive several, category names its category', () => {
    expect(windowIssues({ kind: 'dedicated', category: null, departmentIds: ['a'] })).toEqual([]);
    expect(codes(windowIssues({ kind: 'dedicated', category: null, departmentIds: ['a', 'b'] }))).toEqual(['window.dedicated_one']);
    expect(codes(windowIssues({ kind: 'comprehensive', category: null, departmentIds: ['a'] }))).toEqual(['window.comprehensive_many']);
    expect(codes(windowIssues({ kind: 'comprehensive', category: null, departmentIds: ['a', 'a'] }))).toEqual(['window.duplicate_department', 'window.comprehensive_many']);
    expect(codes(windowIssues({ kind: 'category', category: ' ', departmentIds: [] }))).toEqual(['window.category_required', 'window.category_departments']);
  });
});

describe('staff', () => {
  it('department roles need a department', () => {
    expect(staffIssues({ roles: ['agent'], departmentId: null, centerLevel: 'village_point' })).toEqual([]);
    expect(codes(staffIssues({ roles: ['clerk', 'leader'], departmentId: null, centerLevel: 'county_center' }))).toEqual(['staff.department_required']);
    expect(codes(staffIssues({ roles: [], departmentId: null, centerLevel: null }))).toEqual(['staff.roles_required']);
  });
});

describe('authorizations (授权书)', () => {
  const chief = { roles: ['chief_representative' as const], departmentId: 'market' };
  it('grant powers to a chief representative of the granting department', () => {
    expect(authorizationIssues({ powers: ['decide'], validFrom: '2026-01-01', validTo: null, staff: chief, departmentId: 'market' })).toEqual([]);
    expect(codes(authorizationIssues({ powers: [], validFrom: '2026-01-01', validTo: '2025-12-31', staff: chief, departmentId: 'tax' }))).toEqual([
      'authorization.powers_required',
      'authorization.dates',
      'authorization.other_department',
    ]);
    expect(codes(authorizationIssues({ powers: ['seal', 'seal'], validFrom: '2026-01-01', validTo: null, staff: { roles: ['clerk'], departmentId: 'market' }, departmentId: 'market' }))).toEqual([
      'authorization.duplicate_power',
      'authorization.not_chief',
    ]);
  });
  it('are in force between their dates unless revoked', () => {
    const a = { id: 'a', staffId: 's', departmentId: 'd', position: 'A' as const, documentNo: 'x', powers: ['decide' as const], validFrom: '2026-01-01', validTo: '2026-12-31', revokedAt: null };
    expect(authorizationInForce(a, '2025-12-31')).toBe(false);
    expect(authorizationInForce(a, '2026-01-01')).toBe(true);
    expect(authorizationInForce(a, '2026-12-31')).toBe(true);
    expect(authorizationInForce(a, '2027-01-01')).toBe(false);
    expect(authorizationInForce({ ...a, revokedAt: '2026-02-01T00:00:00.000Z' }, '2026-03-01')).toBe(false);
  });
});
