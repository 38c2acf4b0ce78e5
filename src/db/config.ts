import path from 'node:path';

/** Where OneWindow keeps its data, chosen by the environment (see README). */
export type DatabaseConfig =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgres'; url: string };

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { dialect: 'postgres', url: env.DATABASE_URL };
  return { dialect: 'sqlite', file: path.join(dataDir(env), 'onewindow.sqlite') };
}

/** `ONEWINDOW_DATA_DIR`: the SQLite file and uploads; default ./data in the working folder. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.ONEWINDOW_DATA_DIR ?? 'data');
}
