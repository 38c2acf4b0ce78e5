import path from 'node:path';
import { dataDir } from './db/config.js';
import type { OpenDatabase } from './db/database.js';
import { UnitOfWork } from './kernel/unit-of-work.js';
import { AuditService } from './modules/audit/audit.service.js';
import { ApplicantsService } from './modules/applicants/applicants.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { CalendarService } from './modules/calendar/calendar.service.js';
import { CaseBillService } from './modules/cases/cases-bill.service.js';
import { OnlineApplicationsService } from './modules/cases/cases-online.service.js';
import { CaseUploadsService } from './modules/cases/cases-uploads.service.js';
import { CasesService } from './modules/cases/cases.service.js';
import { CaseImportService } from './modules/cases/import/import.service.js';
import { CatalogService } from './modules/catalog/catalog.service.js';
import { OrgService } from './modules/org/org.service.js';
import { RatingPadsService } from './modules/cases/rating-pads.service.js';
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
  ratingPads: RatingPadsService;
  applicants: ApplicantsService;
  caseUploads: CaseUploadsService;
  online: OnlineApplicationsService;
  caseImport: CaseImportService;
  stats: StatsService;
  statsRollups: StatsRollups;
  statsPublishing: StatsPublishing;
}

export interface ServiceOptions {
  /** Where uploaded files are kept; default `{ONEWINDOW_DATA_DIR}/uploads` (outside any served folder). */
  uploadDir?: string;
}

export function createServices(database: OpenDatabase, options: ServiceOptions = {}): Services {
  const uow = new UnitOfWork(database.db);
  const org = new OrgService(database.db, uow);
  const auth = new AuthService(database.db, uow, org);
  const audit = new AuditService(database.db);
  const calendar = new CalendarService(database.db, uow);
  const catalog = new CatalogService(database.db, uow, org);
  const statsRollups = new StatsRollups(database.db, uow, calendar);
  const cases = new CasesService(database.db, uow, catalog, org, calendar, statsRollups);
  const caseBills = new CaseBillService(database.db, uow, cases);
  const ratingPads = new RatingPadsService(database.db, uow, { windows: async () => (await org.directory()).windows }, statsRollups);
  const applicants = new ApplicantsService(database.db, uow);
  const itemVersion = (itemId: string, version: number) => catalog.itemVersion(itemId, version);
  const caseUploads = new CaseUploadsService(database.db, uow, options.uploadDir ?? path.join(dataDir(), 'uploads'), cases, itemVersion);
  const online = new OnlineApplicationsService(database.db, uow, cases, caseUploads, {
    itemForCase: (itemId) => catalog.itemForCase(itemId),
    itemVersion,
    centerOfDepartment: async (departmentId) => (await org.directory()).departments.find((d) => d.id === departmentId)?.centerId ?? null,
    centerNumbering: (centerId) => org.centerNumbering(centerId),
    applicantOf: async (accountId) => (await applicants.account(accountId))?.applicant ?? null,
  });
  // History import: the rollups learn of each batch in its transaction.
  const caseImport = new CaseImportService(database.db, uow, org, catalog, (centerId, now) => calendar.calendarFor(centerId, now), statsRollups);
  const stats = new StatsService(database.db, statsDirectory(org, catalog), statsRollups);
  const statsPublishing = new StatsPublishing(database.db, stats, statsDirectory(org, catalog));
  return { org, auth, audit, calendar, catalog, cases, caseBills, ratingPads, applicants, caseUploads, online, caseImport, stats, statsRollups, statsPublishing };
}
