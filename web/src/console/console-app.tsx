import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../shared/results.js';
import './console.css';
import { PAGE_PERMISSION, type Permission } from './access.js';
import { AuditPage } from './audit/audit-page.js';
import { CalendarPage } from './calendar/calendar-page.js';
import { CatalogRoutes } from './catalog/catalog-routes.js';
import { CasesRoutes, DocumentPrintRoute } from './cases/cases-routes.js';
import { RequirePermission, RequireSession } from './guard.js';
import { ConsoleHome } from './home-page.js';
import { Shell } from './layout/shell.js';
import { LoginPage } from './login/login-page.js';
import { PadsPage } from './pads/pads-page.js';
import { CONSOLE } from './nav.js';
import { PreReviewPage } from './online/pre-review-page.js';
import { AuthorizationsPage } from './org/authorizations-page.js';
import { CentersPage } from './org/centers-page.js';
import { DepartmentsPage } from './org/departments-page.js';
import { RegionsPage } from './org/regions-page.js';
import { StaffPage } from './org/staff-page.js';
import { WindowsPage } from './org/windows-page.js';
import { ReportPage } from './reports/lazy-report-page.js';
import { SessionProvider } from './session.js';

const page = (permission: Permission, element: ReactNode) => <RequirePermission permission={permission}>{element}</RequirePermission>;

/**
 * The staff console under /console. Every page names the permission it needs; create and edit
 * forms have their own addresses and need the managing permission.
 */
export function ConsoleApp() {
  return (
    <SessionProvider>
      <Routes>
        <Route path="login" element={<LoginPage />} />
        <Route path="cases/:id/documents/:documentId/print" element={<DocumentPrintRoute />} />
        <Route
          element={
            <RequireSession>
              <Shell />
            </RequireSession>
          }
        >
          <Route index element={<ConsoleHome />} />
          <Route path="org/regions" element={page(PAGE_PERMISSION.regions, <RegionsPage />)} />
          <Route path="org/regions/new" element={page('org.manage', <RegionsPage form="new" />)} />
          <Route path="org/regions/:code/edit" element={page('org.manage', <RegionsPage form="edit" />)} />
          <Route path="org/centers" element={page(PAGE_PERMISSION.centers, <CentersPage />)} />
          <Route path="org/centers/new" element={page('org.manage', <CentersPage form="new" />)} />
          <Route path="org/centers/:id/edit" element={page('org.manage', <CentersPage form="edit" />)} />
          <Route path="org/departments" element={page(PAGE_PERMISSION.departments, <DepartmentsPage />)} />
          <Route path="org/departments/new" element={page('org.manage', <DepartmentsPage form="new" />)} />
          <Route path="org/departments/:id/edit" element={page('department.edit', <DepartmentsPage form="edit" />)} />
          <Route path="org/windows" element={page(PAGE_PERMISSION.windows, <WindowsPage />)} />
          <Route path="org/windows/new" element={page('org.manage', <WindowsPage form="new" />)} />
          <Route path="org/windows/:id/edit" element={page('org.manage', <WindowsPage form="edit" />)} />
          <Route path="org/staff" element={page(PAGE_PERMISSION.staff, <StaffPage />)} />
          <Route path="org/staff/new" element={page('staff.manage', <StaffPage form="new" />)} />
          <Route path="org/staff/:id/edit" element={page('staff.manage', <StaffPage form="edit" />)} />
          <Route path="org/authorizations" element={page(PAGE_PERMISSION.authorizations, <AuthorizationsPage />)} />
          <Route path="org/authorizations/new" element={page('authorization.manage', <AuthorizationsPage form="new" />)} />
          <Route path="catalog/*" element={<CatalogRoutes />} />
          <Route path="cases/*" element={<CasesRoutes />} />
          <Route path="calendar" element={page(PAGE_PERMISSION.calendar, <CalendarPage tab="month" />)} />
          <Route path="calendar/years" element={page(PAGE_PERMISSION.calendar, <CalendarPage tab="years" />)} />
          <Route path="calendar/years/import" element={page('calendar.manage', <CalendarPage tab="years" form="import" />)} />
          <Route path="calendar/closures" element={page(PAGE_PERMISSION.calendar, <CalendarPage tab="closures" />)} />
          <Route path="calendar/closures/new" element={page('calendar.manage', <CalendarPage tab="closures" form="new" />)} />
          <Route path="calendar/hours" element={page(PAGE_PERMISSION.calendar, <CalendarPage tab="hours" />)} />
          <Route path="calendar/hours/edit" element={page('calendar.manage', <CalendarPage tab="hours" form="edit" />)} />
          <Route path="calendar/calculator" element={page(PAGE_PERMISSION.calendar, <CalendarPage tab="calculator" />)} />
          <Route path="online/pre-review" element={page(PAGE_PERMISSION.onlinePreReview, <PreReviewPage />)} />
          <Route path="reports/monthly" element={page(PAGE_PERMISSION.reportsMonthly, <ReportPage key="month" kind="month" />)} />
          <Route path="reports/annual" element={page(PAGE_PERMISSION.reportsAnnual, <ReportPage key="year" kind="year" />)} />
          <Route path="audit" element={page(PAGE_PERMISSION.audit, <AuditPage />)} />
          <Route path="pads" element={page(PAGE_PERMISSION.ratingPads, <PadsPage />)} />
          <Route path="*" element={<NotFound home={CONSOLE} />} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}
