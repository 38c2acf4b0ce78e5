import Type, { type Static } from 'typebox';
import { ROLES } from '../../kernel/permissions/roles.js';
import { Strict } from '../../http/schema-helpers.js';

export const LoginBody = Strict({
  username: Type.String({ minLength: 1, maxLength: 40 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});
export type LoginBody = Static<typeof LoginBody>;

export const ChangePasswordBody = Strict({
  currentPassword: Type.String({ minLength: 1, maxLength: 200 }),
  newPassword: Type.String({ minLength: 1, maxLength: 200 }),
});
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

export const MeView = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.Enum(ROLES)),
  centerId: Type.String(),
  departmentId: Type.Union([Type.String(), Type.Null()]),
  windowId: Type.Union([Type.String(), Type.Null()]),
  /** Send this in the X-CSRF-Token header with every write. */
  csrfToken: Type.String(),
  permissions: Type.Array(Type.String()),
});

export const ResetPasswordBody = Strict({ password: Type.String({ minLength: 1, maxLength: 200 }) });
