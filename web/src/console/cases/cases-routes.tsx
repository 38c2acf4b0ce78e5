import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../shared/results.js';
import { PAGE_PERMISSION, type Permission } from '../access.js';
import { RequirePermission, RequireSession } from '../guard.js';
import { CONSOLE } from '../nav.js';
import { CasePage } from './case-page.js';
import './cases.css';
import { DocumentPrintPage } from './document-print-page.js';
import { ReceivePage } from './receive-page.js';
import { TasksPage } from './tasks-page.js';

const page = (permission: Permission, element: ReactNode) => <RequirePermission permission={permission}>{element}</RequirePermission>;

/** The workbench's pages under /console/cases: task lists, receiving at the window, a case. */
export function CasesRoutes() {
  return (
    <Routes>
      <Route path="tasks" element={page(PAGE_PERMISSION.caseTasks, <TasksPage />)} />
      <Route path="receive" element={page(PAGE_PERMISSION.caseReceive, <ReceivePage />)} />
      <Route path=":id" element={page('case.read', <CasePage />)} />
      <Route path="*" element={<NotFound home={CONSOLE} />} />
    </Routes>
  );
}

/** A document's print page: signed in, without the console's menu (it is a sheet of paper). */
export function DocumentPrintRoute() {
  return <RequireSession>{page('case.read', <DocumentPrintPage />)}</RequireSession>;
}
