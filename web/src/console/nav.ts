import type { Dictionary } from '../shared/i18n/index.js';
import { PAGE_PERMISSION, type PageKey, type Permission } from './access.js';

export const CONSOLE = '/console';

export interface NavEntry {
  key: PageKey;
  path: string;
  permission: Permission;
  group: keyof Dictionary['shell']['groups'];
}

/** The console's pages in menu order; the menu shows those whose permission the user holds. */
export const NAV: readonly NavEntry[] = [
  { key: 'caseTasks', path: `${CONSOLE}/cases/tasks`, permission: PAGE_PERMISSION.caseTasks, group: 'cases' },
  { key: 'caseReceive', path: `${CONSOLE}/cases/receive`, permission: PAGE_PERMISSION.caseReceive, group: 'cases' },
  { key: 'onlinePreReview', path: `${CONSOLE}/online/pre-review`, permission: PAGE_PERMISSION.onlinePreReview, group: 'cases' },
  { key: 'regions', path: `${CONSOLE}/org/regions`, permission: PAGE_PERMISSION.regions, group: 'org' },
  { key: 'centers', path: `${CONSOLE}/org/centers`, permission: PAGE_PERMISSION.centers, group: 'org' },
  { key: 'departments', path: `${CONSOLE}/org/departments`, permission: PAGE_PERMISSION.departments, group: 'org' },
  { key: 'windows', path: `${CONSOLE}/org/windows`, permission: PAGE_PERMISSION.windows, group: 'org' },
  { key: 'staff', path: `${CONSOLE}/org/staff`, permission: PAGE_PERMISSION.staff, group: 'org' },
  { key: 'authorizations', path: `${CONSOLE}/org/authorizations`, permission: PAGE_PERMISSION.authorizations, group: 'org' },
  { key: 'ratingPads', path: `${CONSOLE}/pads`, permission: PAGE_PERMISSION.ratingPads, group: 'org' },
  { key: 'catalogItems', path: `${CONSOLE}/catalog/items`, permission: PAGE_PERMISSION.catalogItems, group: 'catalog' },
  { key: 'catalogBundles', path: `${CONSOLE}/catalog/bundles`, permission: PAGE_PERMISSION.catalogBundles, group: 'catalog' },
  { key: 'catalogCleanup', path: `${CONSOLE}/catalog/cleanup`, permission: PAGE_PERMISSION.catalogCleanup, group: 'catalog' },
  { key: 'catalogFees', path: `${CONSOLE}/catalog/fees`, permission: PAGE_PERMISSION.catalogFees, group: 'catalog' },
  { key: 'catalogExcel', path: `${CONSOLE}/catalog/excel`, permission: PAGE_PERMISSION.catalogExcel, group: 'catalog' },
  { key: 'reportsMonthly', path: `${CONSOLE}/reports/monthly`, permission: PAGE_PERMISSION.reportsMonthly, group: 'stats' },
  { key: 'reportsAnnual', path: `${CONSOLE}/reports/annual`, permission: PAGE_PERMISSION.reportsAnnual, group: 'stats' },
  { key: 'bigScreen', path: '/screen/big', permission: PAGE_PERMISSION.bigScreen, group: 'stats' },
  { key: 'publicScreen', path: '/screen/public', permission: PAGE_PERMISSION.publicScreen, group: 'stats' },
  { key: 'calendar', path: `${CONSOLE}/calendar`, permission: PAGE_PERMISSION.calendar, group: 'system' },
  { key: 'audit', path: `${CONSOLE}/audit`, permission: PAGE_PERMISSION.audit, group: 'system' },
];

export function pathOf(key: PageKey): string {
  return NAV.find((entry) => entry.key === key)?.path ?? CONSOLE;
}
