import { describe, expect, it } from 'vitest';
import type { Actor } from '../context.js';
import { isAppError } from '../errors/index.js';
import { authorize, decide, limitedToOwnDepartment } from './policy.js';

const staff = (roles: Actor['roles'], extra: Partial<Actor> = {}): Actor => ({
  kind: 'staff',
  id: 's1',
  name: '测试',
  roles,
  centerId: 'county',
  centerScope: ['county', 'town1'],
  departmentId: 'police',
  servedDepartmentIds: [],
  ...extra,
});

describe('decide', () => {
  it('denies what the table does not grant', () => {
    expect(decide(staff(['clerk']), 'org.manage')).toEqual({ allowed: false, reason: 'role' });
    expect(decide(staff(['agent'], { departmentId: null }), 'org.manage')).toEqual({ allowed: false, reason: 'role' });
  });
  it('allows an admin within the center scope only', () => {
    expect(decide(staff(['admin']), 'org.manage', { centerId: 'town1' })).toEqual({ allowed: true });
    expect(decide(staff(['admin']), 'org.manage', { centerId: 'elsewhere' })).toEqual({ allowed: false, reason: 'center' });
  });
  it('limits department roles to their own department', () => {
    expect(decide(staff(['clerk']), 'staff.read', { departmentId: 'police' })).toEqual({ allowed: true });
    expect(decide(staff(['clerk']), 'staff.read', { departmentId: 'tax' })).toEqual({ allowed: false, reason: 'department' });
    expect(limitedToOwnDepartment(staff(['clerk']), 'staff.read')).toBe(true);
  });
  it('does not limit a role that holds the permission on its own', () => {
    expect(decide(staff(['clerk', 'supervisor']), 'staff.read', { departmentId: 'tax' })).toEqual({ allowed: true });
    expect(limitedToOwnDepartment(staff(['clerk', 'supervisor']), 'staff.read')).toBe(false);
  });
  it('never allows the public or the system through staff permissions', () => {
    expect(decide({ ...staff(['admin']), kind: 'public' }, 'org.read').allowed).toBe(false);
  });
});

describe('authorize', () => {
  it('throws a forbidden error with the reason in both languages', () => {
    try {
      authorize(staff(['clerk']), 'staff.read', { departmentId: 'tax' });
      expect.fail('should throw');
    } catch (error) {
      expect(isAppError(error) && error.kind).toBe('forbidden');
      expect(isAppError(error) && error.text['zh-CN']).toContain('其他部门');
    }
  });
});

describe('comprehensive windows', () => {
  it('let a clerk work for every department their window serves', () => {
    const clerk = staff(['clerk'], { departmentId: 'civil', servedDepartmentIds: ['civil', 'social', 'health'] });
    expect(decide(clerk, 'case.handle', { departmentId: 'health' })).toEqual({ allowed: true });
    expect(decide(clerk, 'case.handle', { departmentId: 'police' })).toEqual({ allowed: false, reason: 'department' });
  });
});
