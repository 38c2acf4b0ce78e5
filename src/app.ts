import type { OpenDatabase } from './db/database.js';
import { UnitOfWork } from './kernel/unit-of-work.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { CalendarService } from './modules/calendar/calendar.service.js';
import { CaseBillService } from './modules/cases/cases-bill.service.js';
import { CasesService } from './modules/cases/cases.service.js';
import { CaseImportService } from './modules/cases/import/import.service.js';
import { CatalogService } from './modules/catalog/catalog.service.js';
import { OrgService } from './modules/org/org.service.js';

/**
 * The services of every module, wired once. Each service gets exactly the collaborators it
 * needs; a module reaches another only through that module's service.
 */
export interface Services {
  org: OrgService;
  auth: AuthService;
  audit: AuditService;
  calendar: CalendarService;
  catalog: CatalogService;
  cases: CasesService;
  caseBills: CaseBillService;
  caseImport: CaseImportService;
}

export function createServices(database: OpenDatabase): Services {
  const uow = new UnitOfWork(database.db, database.dialect);
  const org = new OrgService(database.db, uow);
  const auth = new AuthService(database.db, uow, org);
  const audit = new AuditService(database.db);
  const calendar = new CalendarService(database.db, uow);
  const catalog = new CatalogService(database.db, uow, org);
  const cases = new CasesService(database.db, uow, catalog, org, calendar);
  const caseBills = new CaseBillService(database.db, uow, cases);
  // History import; its afterImport port (statistics refresh) is wired here once statistics exist.
  const caseImport = new CaseImportService(database.db, uow, org, catalog, (centerId, now) => calendar.calendarFor(centerId, now));
  return { org, auth, audit, calendar, catalog, cases, caseBills, caseImport };
}
