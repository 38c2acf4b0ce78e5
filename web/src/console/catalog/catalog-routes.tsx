import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../shared/results.js';
import { PAGE_PERMISSION, type Permission } from '../access.js';
import { RequirePermission } from '../guard.js';
import { CONSOLE } from '../nav.js';
import { BundlesPage } from './bundles-page.js';
import { CleanupPage } from './cleanup-page.js';
import { ExcelPage } from './excel-page.js';
import { FeesPage } from './fees-page.js';
import { ItemPage } from './item-page.js';
import { ItemsPage } from './items-page.js';
import { RoundPage } from './round-page.js';

const page = (permission: Permission, element: ReactNode) => <RequirePermission permission={permission}>{element}</RequirePermission>;
const MANAGE = 'catalog.manage';

/**
 * The catalog's console pages under /console/catalog. Everyone on staff reads them
 * (catalog.read); the forms that change the catalog have their own addresses and need catalog.manage.
 */
export function CatalogRoutes() {
  return (
    <Routes>
      <Route path="items" element={page(PAGE_PERMISSION.catalogItems, <ItemsPage />)} />
      <Route path="items/new" element={page(MANAGE, <ItemsPage form="new" />)} />
      <Route path="items/:id" element={page(PAGE_PERMISSION.catalogItems, <ItemPage />)} />
      <Route path="items/:id/edit" element={page(MANAGE, <ItemPage form="edit" />)} />
      <Route path="bundles" element={page(PAGE_PERMISSION.catalogBundles, <BundlesPage />)} />
      <Route path="bundles/new" element={page(MANAGE, <BundlesPage form="new" />)} />
      <Route path="bundles/:id/edit" element={page(MANAGE, <BundlesPage form="edit" />)} />
      <Route path="cleanup" element={page(PAGE_PERMISSION.catalogCleanup, <CleanupPage />)} />
      <Route path="cleanup/new" element={page(MANAGE, <CleanupPage form="new" />)} />
      <Route path="cleanup/:id" element={page(PAGE_PERMISSION.catalogCleanup, <RoundPage />)} />
      <Route path="cleanup/:id/edit" element={page(MANAGE, <RoundPage form="edit" />)} />
      <Route path="cleanup/:id/approve" element={page(MANAGE, <RoundPage form="approve" />)} />
      <Route path="fees" element={page(PAGE_PERMISSION.catalogFees, <FeesPage />)} />
      <Route path="fees/new" element={page(MANAGE, <FeesPage form="new" />)} />
      <Route path="fees/:id/cancel" element={page(MANAGE, <FeesPage form="cancel" />)} />
      <Route path="excel" element={page(PAGE_PERMISSION.catalogExcel, <ExcelPage />)} />
      <Route path="*" element={<NotFound home={CONSOLE} />} />
    </Routes>
  );
}
