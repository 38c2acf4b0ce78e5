import type { OpenDatabase } from './db/database.js';
import { UnitOfWork } from './kernel/unit-of-work.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { CalendarService } from './modules/calendar/calendar.service.js';
import { CaseBillService } from './modules/cases/cases-bill.service.js';
import { CasesService } from './modules/cases/cases.service.js';
import { CatalogService } from './modules/catalog/catalog.service.js';
import { OrgService } from './modules/org/org.service.js';
import { StatsPublishing } from './modules/stats/stats-publish.service.js';
import { StatsRollups } from './modules/stats/stats-rollups.service.js';
import { statsDirectory } from './modules/stats/stats.directory.js';
import { StatsService } from './modules/stats/stats.service.js';

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
  stats: StatsService;
  statsRollups: StatsRollups;
  statsPublishing: StatsPublishing;
}

export function createServices(database: OpenDatabase): Services {
  const uow = new UnitOfWork(database.db, database.dialect);
  const org = new OrgService(database.db, uow);
  const auth = new AuthService(database.db, uow, org);
  const audit = new AuditService(database.db);
  const calendar = new CalendarService(database.db, uow);
  const catalog = new CatalogService(database.db, uow, org);
  const statsRollups = new StatsRollups(database.db, uow, calendar);
  const cases = new CasesService(database.db, uow, catalog, org, calendar, statsRollups);
  const caseBills = new CaseBillService(database.db, uow, cases);
  const stats = new StatsService(database.db, statsDirectory(org, catalog));
  const statsPublishing = new StatsPublishing(database.db, stats, statsDirectory(org, catalog));
  return { org, auth, audit, calendar, catalog, cases, caseBills, stats, statsRollups, statsPublishing };
}
