import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, sql, type CompiledQuery } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroupCommitDriver, groupCommitDialect } from './sqlite-group-commit.js';
import { markWriteBehind } from './write-behind.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

describe('SQLite group commit', () => {
  let dir: string;
  let file: string;
  let driver: GroupCommitDriver;
  let db: AnyDb;
  /** What another process would see: a connection of its own. */
  const outside = <T>(query: string): T[] => {
    const other = new SQLite(file, { readonly: true });
    try {
      return other.prepare(query).all() as T[];
    } finally {
      other.close();
    }
  };
  const names = () => outside<{ name: string }>('select name from t order by name').map((r) => r.name);

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-group-commit-'));
    file = path.join(dir, 'test.sqlite');
    driver = new GroupCommitDriver(file);
    db = new Kysely({ dialect: groupCommitDialect(driver) });
    await sql`create table t (name text primary key)`.execute(db);
    await sql`create table parent (id integer primary key)`.execute(db);
    await sql`create table child (id integer primary key, parent_id integer references parent (id) deferrable initially deferred)`.execute(db);
  });

  afterEach(async () => {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const insert = (name: string, after?: () => Promise<void>) =>
    db.transaction().execute(async (trx) => {
      await trx.insertInto('t').values({ name }).execute();
      await after?.();
      return name;
    });

  /** Runs a statement write-behind: it goes to the writer with the transaction's next batch, not waited for. */
  const runBehind = (trx: AnyDb, query: CompiledQuery) => trx.executeQuery({ ...query, sql: markWriteBehind(query.sql) });
  const insertNameBehind = (trx: AnyDb, name: string) => runBehind(trx, sql`insert into t (name) values (${name})`.compile(trx));

  /** A transaction of write-behind statements only: it sends one batch, with its commit, and makes no round trip. */
  const insertBehind = (...rows: string[]) =>
    db.transaction().execute(async (trx) => {
      for (const name of rows) await insertNameBehind(trx, name);
      return rows[0]!;
    });

  it('commits a transaction at once when no commit is pending; those ending meanwhile share the next commit, each acknowledged only once committed', async () => {
    const before = driver.commits;
    const visibleWhenAcknowledged: boolean[] = [];
    await Promise.all(['a', 'b', 'c', 'd'].map((name) => insertBehind(name).then((n) => visibleWhenAcknowledged.push(names().includes(n)))));
    expect(visibleWhenAcknowledged).toEqual([true, true, true, true]);
    expect(driver.commits - before).toBe(2); // a alone, at once; b, c and d, which ended while a's commit was pending, together
    expect(names()).toEqual(['a', 'b', 'c', 'd']);
    const alone = driver.commits;
    await insertBehind('e');
    expect(driver.commits - alone).toBe(1);
  });

  it('groups the transactions started by separate events of one turn (requests arriving together)', async () => {
    const before = driver.commits;
    // Callbacks of one phase of the event loop (setImmediate: timers of 0 ms may fall into two turns on a loaded machine).
    const started = ['a', 'b', 'c', 'd'].map((name) => new Promise<string>((resolve, reject) => setImmediate(() => insertBehind(name).then(resolve, reject))));
    expect(await Promise.all(started)).toEqual(['a', 'b', 'c', 'd']);
    expect(driver.commits - before).toBe(2);
  });

  it('rolls back a failing transaction alone; the others of its group commit', async () => {
    const results = await Promise.allSettled([
      insert('a'),
      insert('b', async () => {
        throw new Error('the work failed');
      }),
      insert('c'),
      insert('a'), // duplicate key
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect(names()).toEqual(['a', 'c']);
  });

  it('undoes a failing transaction that changed many pages (its sub-journal, kept in memory, far past 64 KiB) while the others of its group commit', async () => {
    await sql`create table big (id integer primary key, body text not null)`.execute(db);
    await sql`with recursive n (id) as (select 1 union all select id + 1 from n where id < 500) insert into big (id, body) select id, ${'x'.repeat(1000)} from n`.execute(db);
    // Read in a transaction, so on the writer's connection (the reader's keeps the default, 0).
    const pragma = await db.transaction().execute(async (trx) => (await sql<{ temp_store: number }>`pragma temp_store`.execute(trx)).rows);
    expect(pragma).toEqual([{ temp_store: 2 }]); // MEMORY: no temporary file for the sub-journals
    let changedOnWriter: number | undefined;
    const results = await Promise.allSettled([
      insertBehind('pacer'),
      db.transaction().execute(async (trx) => {
        await trx.updateTable('big').set({ body: 'y'.repeat(1000) }).execute();
        // Awaited, so it runs on the writer: the update has run there, inside the unit's savepoint.
        changedOnWriter = (await sql<{ n: number }>`select count(*) as n from big where body like 'y%'`.execute(trx)).rows[0]!.n;
        throw new Error('the work failed');
      }),
      insert('c'),
    ]);
    expect(changedOnWriter).toBe(500);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outside<{ body: string; n: number }>('select substr(body, 1, 1) as body, count(*) as n from big group by 1')).toEqual([{ body: 'x', n: 500 }]);
    expect(names()).toEqual(['c', 'pacer']);
  });

  it('fails every transaction of a group whose commit fails, and keeps working', async () => {
    const results = await Promise.allSettled([
      insertBehind('pacer'), // committed at once: the two after it end while its commit is pending, and share the next
      db.transaction().execute((trx) => runBehind(trx, trx.insertInto('parent').values({ id: 1 }).compile())),
      db.transaction().execute((trx) => runBehind(trx, trx.insertInto('child').values({ id: 1, parent_id: 99 }).compile())), // checked at COMMIT
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(outside('select id from parent')).toEqual([]);
    await insert('after');
    expect(names()).toEqual(['after', 'pacer']);
  });

  it('fails the transactions of a group whose shared transaction SQLite rolled back, acknowledges none of them, and keeps working', async () => {
    const results = await Promise.allSettled([
      insertBehind('pacer'), // committed at once: 'a' ends while its commit is pending, so shares b's group
      insertBehind('a'),
      db.transaction().execute(async (trx) => {
        await trx.insertInto('t').values({ name: 'b' }).execute();
        await sql`rollback`.execute(trx); // what SQLite itself does on some errors (a full disk): the whole group's transaction is gone
      }),
      insert('c'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(names()).toEqual(['c', 'pacer']);
    await insert('after');
    expect(names()).toEqual(['after', 'c', 'pacer']);
  });

  it('reads outside transactions see committed data only, without waiting for a writer', async () => {
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const write = insert('pending', () => held);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await db.selectFrom('t').select('name').execute()).toEqual([]); // not blocked, not dirty
    finish();
    await write;
    expect(await db.selectFrom('t').select('name').execute()).toEqual([{ name: 'pending' }]);
  });

  it("sends a transaction's write-behind statements to the writer thread with its commit; only an awaited statement makes a round trip", async () => {
    let before = driver.batches;
    await db.transaction().execute(async (trx) => {
      await insertNameBehind(trx, 'a');
      await insertNameBehind(trx, 'b');
      await insertNameBehind(trx, 'c');
    });
    expect(driver.batches - before).toBe(1);
    before = driver.batches;
    const seen = await db.transaction().execute(async (trx) => {
      await insertNameBehind(trx, 'd');
      const rows = await trx.selectFrom('t').select('name').where('name', '>=', 'c').orderBy('name').execute(); // sees 'd', sent with it
      await insertNameBehind(trx, 'e');
      return rows.map((r) => r.name);
    });
    expect(seen).toEqual(['c', 'd']);
    expect(driver.batches - before).toBe(2);
    expect(names()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('reports a failed write-behind statement with the next statement awaited, in its own words, and commits nothing of its transaction', async () => {
    await insert('taken');
    const query = sql`insert into t (name) values (${'taken'})`.compile(db);
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto('t').values({ name: 'first' }).execute();
      await runBehind(trx, query); // duplicate key: not waited for
      await trx.insertInto('t').values({ name: 'never' }).execute(); // awaited: reports the failure before it
    });
    await expect(failing).rejects.toThrow(/UNIQUE/);
    expect(names()).toEqual(['taken']);
  });

  it('refuses work once the database is closed', async () => {
    const other = new GroupCommitDriver(path.join(dir, 'other.sqlite'));
    const otherDb: AnyDb = new Kysely({ dialect: groupCommitDialect(other) });
    await sql`create table t (name text primary key)`.execute(otherDb);
    await otherDb.insertInto('t').values({ name: 'kept' }).execute();
    await otherDb.destroy();
    await expect(other.beginTransaction({} as never)).rejects.toThrow(/closed/);
    const reopened = new SQLite(path.join(dir, 'other.sqlite'), { readonly: true });
    expect(reopened.prepare('select name from t').all()).toEqual([{ name: 'kept' }]);
    reopened.close();
  });

  it('runs writes outside transactions as transactions of their own', async () => {
    await Promise.all([db.insertInto('t').values({ name: 'x' }).execute(), db.insertInto('t').values({ name: 'y' }).execute()]);
    expect(names()).toEqual(['x', 'y']);
    await expect(db.insertInto('t').values({ name: 'x' }).execute()).rejects.toThrow(/UNIQUE/);
    expect(names()).toEqual(['x', 'y']);
  });
});
