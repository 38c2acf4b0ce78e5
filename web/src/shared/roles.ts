/**
 * Staff roles come from the server's own list (a dependency-free module), so the console
 * offers exactly the roles the API accepts, with the same labels.
 */
export { DEPARTMENT_ROLES, ROLE_LABELS, ROLES, isRole, type Role } from '../../../src/kernel/permissions/roles.js';
