import pg from 'pg';

/** The PostgreSQL server the tests use: TEST_PG_URL, or the local one (trust auth, user postgres). */
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function pgUrlFor(database: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withPgAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function pgReachable(): Promise<boolean> {
  try {
    await withPgAdmin((c) => c.query('select 1'));
    return true;
  } catch {
    return false;
  }
}

/** Quotes a database name we generated ourselves (letters, digits, underscores). */
export function ident(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);
  return `"${name}"`;
}
