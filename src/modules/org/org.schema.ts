import Type, { type Static } from 'typebox';
import { ROLES } from '../../kernel/permissions/roles.js';
import { CalendarDate, Id, Phone, Strict, Text } from '../../http/schema-helpers.js';
import { CHIEF_POWERS } from './org.domain.js';

const RegionLevel = Type.Union([Type.Literal('county'), Type.Literal('township'), Type.Literal('village')]);
const CenterLevel = Type.Union([
  Type.Literal('county_center'),
  Type.Literal('branch_hall'),
  Type.Literal('township_center'),
  Type.Literal('village_point'),
]);
const WindowKind = Type.Union([Type.Literal('dedicated'), Type.Literal('comprehensive'), Type.Literal('category')]);
const DepartmentKind = Type.Union([Type.Literal('department'), Type.Literal('authorized_org')]);
const RoleSchema = Type.Enum(ROLES);
const Power = Type.Enum(CHIEF_POWERS);
const CreditCode = Type.Union([Type.String({ maxLength: 40, description: '统一社会信用代码 (18 characters)' }), Type.Null()]);

// ── responses ─────────────────────────────────────────────
export const RegionView = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: RegionLevel,
  parentCode: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
});
export const CenterView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  level: CenterLevel,
  regionCode: Type.String(),
  parentId: Type.Union([Type.String(), Type.Null()]),
  address: Type.String(),
  phone: Type.String(),
  active: Type.Boolean(),
  placeholder: Type.Optional(Type.Boolean({ description: 'Created by a history import for a name its file gave (占位): inactive until an administrator completes it' })),
});
export const DepartmentView = Type.Object({
  id: Type.String(),
  centerId: Type.String(),
  code: Type.String(),
  name: Type.String(),
  shortName: Type.String(),
  kind: DepartmentKind,
  phone: Type.String(),
  creditCode: Type.Union([Type.String(), Type.Null()], { description: '统一社会信用代码' }),
  active: Type.Boolean(),
  placeholder: Type.Optional(Type.Boolean({ description: 'Created by a history import for a name its file gave (占位): inactive until an administrator completes it' })),
});
export const WindowView = Type.Object({
  id: Type.String(),
  centerId: Type.String(),
  number: Type.String(),
  name: Type.String(),
  kind: WindowKind,
  category: Type.Union([Type.String(), Type.Null()]),
  location: Type.String(),
  phone: Type.String(),
  departmentIds: Type.Array(Type.String()),
  active: Type.Boolean(),
});
export const StaffView = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  centerId: Type.String(),
  departmentId: Type.Union([Type.String(), Type.Null()]),
  windowId: Type.Union([Type.String(), Type.Null()]),
  phone: Type.String(),
  roles: Type.Array(RoleSchema),
  active: Type.Boolean(),
  lockedUntil: Type.Union([Type.String(), Type.Null()]),
});
export const AuthorizationView = Type.Object({
  id: Type.String(),
  staffId: Type.String(),
  departmentId: Type.String(),
  position: Type.Union([Type.Literal('A'), Type.Literal('B')]),
  documentNo: Type.String(),
  powers: Type.Array(Power),
  validFrom: Type.String(),
  validTo: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  inForce: Type.Boolean(),
});

// ── requests ──────────────────────────────────────────────
export const ListQuery = Strict({
  includeInactive: Type.Optional(Type.Boolean({ description: 'Also list deactivated records' })),
  centerId: Type.Optional(Id),
  departmentId: Type.Optional(Id),
});
export type ListQuery = Static<typeof ListQuery>;

export const RegionCodeParams = Strict({ code: Type.String({ pattern: '^\\d{6,12}$' }) });

export const CreateRegion = Strict({
  code: Type.String({ minLength: 6, maxLength: 12, description: '行政区划代码' }),
  name: Text(60),
  level: RegionLevel,
  parentCode: Type.Optional(Type.Union([Type.String({ maxLength: 12 }), Type.Null()])),
});
export type CreateRegion = Static<typeof CreateRegion>;
export const UpdateRegion = Strict({ name: Type.Optional(Text(60)) });
export type UpdateRegion = Static<typeof UpdateRegion>;

export const CreateCenter = Strict({
  name: Text(80),
  level: CenterLevel,
  regionCode: Type.String({ minLength: 6, maxLength: 12 }),
  parentId: Type.Optional(Type.Union([Id, Type.Null()])),
  address: Type.Optional(Type.String({ maxLength: 200 })),
  phone: Type.Optional(Phone),
});
export type CreateCenter = Static<typeof CreateCenter>;
export const UpdateCenter = Strict({
  name: Type.Optional(Text(80)),
  address: Type.Optional(Type.String({ maxLength: 200 })),
  phone: Type.Optional(Phone),
});
export type UpdateCenter = Static<typeof UpdateCenter>;

export const CreateDepartment = Strict({
  centerId: Id,
  code: Type.String({ minLength: 1, maxLength: 30, pattern: '^[A-Za-z0-9_-]+$', description: 'Department code, letters and digits' }),
  name: Text(80),
  shortName: Text(20),
  kind: Type.Optional(DepartmentKind),
  phone: Type.Optional(Phone),
  creditCode: Type.Optional(CreditCode),
});
export type CreateDepartment = Static<typeof CreateDepartment>;
export const UpdateDepartment = Strict({
  name: Type.Optional(Text(80)),
  shortName: Type.Optional(Text(20)),
  kind: Type.Optional(DepartmentKind),
  phone: Type.Optional(Phone),
  creditCode: Type.Optional(CreditCode),
});
export type UpdateDepartment = Static<typeof UpdateDepartment>;

export const CreateWindow = Strict({
  centerId: Id,
  number: Type.String({ minLength: 1, maxLength: 10, pattern: '^[A-Za-z0-9-]+$', description: 'Window number shown in the hall, e.g. A03' }),
  name: Text(60),
  kind: WindowKind,
  category: Type.Optional(Type.Union([Type.String({ maxLength: 30 }), Type.Null()])),
  location: Type.Optional(Type.String({ maxLength: 100 })),
  phone: Type.Optional(Phone),
  departmentIds: Type.Array(Id, { maxItems: 50 }),
});
export type CreateWindow = Static<typeof CreateWindow>;
export const UpdateWindow = Strict({
  number: Type.Optional(CreateWindow.properties.number),
  name: Type.Optional(Text(60)),
  kind: Type.Optional(WindowKind),
  category: Type.Optional(Type.Union([Type.String({ maxLength: 30 }), Type.Null()])),
  location: Type.Optional(Type.String({ maxLength: 100 })),
  phone: Type.Optional(Phone),
  departmentIds: Type.Optional(Type.Array(Id, { maxItems: 50 })),
});
export type UpdateWindow = Static<typeof UpdateWindow>;

export const CreateStaff = Strict({
  username: Type.String({ minLength: 3, maxLength: 40, pattern: '^[a-zA-Z0-9_.-]+$', description: 'Sign-in name: letters, digits, _ . -' }),
  displayName: Text(40),
  password: Type.String({ minLength: 1, maxLength: 200 }),
  centerId: Id,
  departmentId: Type.Optional(Type.Union([Id, Type.Null()])),
  windowId: Type.Optional(Type.Union([Id, Type.Null()])),
  phone: Type.Optional(Phone),
  roles: Type.Array(RoleSchema, { maxItems: 9, uniqueItems: true }),
});
export type CreateStaff = Static<typeof CreateStaff>;
export const UpdateStaff = Strict({
  displayName: Type.Optional(Text(40)),
  centerId: Type.Optional(Id),
  departmentId: Type.Optional(Type.Union([Id, Type.Null()])),
  windowId: Type.Optional(Type.Union([Id, Type.Null()])),
  phone: Type.Optional(Phone),
  roles: Type.Optional(Type.Array(RoleSchema, { maxItems: 9, uniqueItems: true })),
});
export type UpdateStaff = Static<typeof UpdateStaff>;

export const CreateAuthorization = Strict({
  staffId: Id,
  departmentId: Id,
  position: Type.Union([Type.Literal('A'), Type.Literal('B')], { description: 'A角 principal or B角 deputy' }),
  documentNo: Text(60, { description: '授权书文号' }),
  powers: Type.Array(Power, { maxItems: 4 }),
  validFrom: CalendarDate,
  validTo: Type.Optional(Type.Union([CalendarDate, Type.Null()])),
});
export type CreateAuthorization = Static<typeof CreateAuthorization>;

export const PublicCenterView = Type.Object({
  center: CenterView,
  departments: Type.Array(DepartmentView),
  windows: Type.Array(WindowView),
  centers: Type.Array(CenterView),
});
