import { createServices, type Services } from '../app.js';
import { databaseConfigFromEnv } from '../db/config.js';
import { openDatabase, type OpenDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { setupActor } from '../demo/seed-demo.js';
import type { RequestContext } from '../kernel/context.js';
import { isAppError } from '../kernel/errors/index.js';
import { DEFAULT_LOCALE } from '../kernel/i18n/locale.js';
import type { Clock } from '../kernel/time/clock.js';

/** Opens the configured database, brings it to the latest migration, and wires the services. */
export async function openRuntime(): Promise<{ database: OpenDatabase; services: Services; applied: string[] }> {
  const database = openDatabase(databaseConfigFromEnv());
  const applied = await migrateToLatest(database.db);
  return { database, services: createServices(database), applied };
}

/** Runs a command body, printing domain errors in the user's language and exiting non-zero. */
export async function runCommand(body: () => Promise<number | void>): Promise<void> {
  try {
    const code = await body();
    process.exitCode = code ?? 0;
  } catch (error) {
    if (isAppError(error)) {
      console.error(`错误 [${error.code}]: ${error.messageIn(DEFAULT_LOCALE)}`);
      for (const i of error.issues) console.error(`  ${i.path}: ${i.message[DEFAULT_LOCALE]}`);
      process.exitCode = 2;
    } else {
      console.error(error instanceof Error ? error.stack ?? error.message : String(error));
      process.exitCode = 1;
    }
  }
}

/**
 * Runs a command body with the services and a context acting as the center's administrator (the
 * person at the server's console), then closes the database.
 */
export function runAsAdministrator(clock: Clock, work: (services: Services, ctx: RequestContext) => Promise<number | void>): Promise<void> {
  return runCommand(async () => {
    const { database, services } = await openRuntime();
    try {
      const root = await services.org.rootCenterOrNull();
      const scope = root ? await services.org.scopeOf(root.id) : [];
      return await work(services, { actor: setupActor(scope), clock, locale: DEFAULT_LOCALE, requestId: 'cli' });
    } finally {
      // A calendar command leaves a rebuild of the statistics running in the background: let it finish.
      await services.statsRollups.settled();
      await database.close();
    }
  });
}
