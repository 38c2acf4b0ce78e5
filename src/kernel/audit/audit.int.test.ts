import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { systemActor, type RequestContext } from '../context.js';
import { systemClock } from '../time/clock.js';
import { UnitOfWork } from '../unit-of-work.js';
import { verifyAuditChain } from './audit.verify.js';

describeEachDialect('audit chain', (use) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(use());
  });

  it('holds for the demo and for concurrent writes', async () => {
    const admin = await Session.signIn(t.app, 'admin');
    const county = (await admin.get('/api/org/centers')).json().items[0].id as string;
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => admin.post('/api/org/departments', { centerId: county, code: `C${i}`, name: `并发部门${i}`, shortName: `并${i}` })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(12).fill(200));
    const result = await verifyAuditChain(t.database.db, 7);
    expect(result.ok).toBe(true);
    expect(result.records).toBeGreaterThan(50);
    const verified = await admin.get('/api/audit/verify');
    expect(verified.json()).toMatchObject({ ok: true, records: result.records });
  });

  it('holds when two instances append in turn and at once, and after a write that failed once its records were appended', async () => {
    const { db } = t.database;
    // Two units of work: what two server instances (or the server and the CLI) are to each other.
    const [one, two] = [new UnitOfWork(db), new UnitOfWork(db)];
    const ctx: RequestContext = { actor: systemActor, clock: systemClock, locale: 'zh-CN', requestId: 'test:audit-instances' };
    const write = (uow: UnitOfWork, n: number) => uow.write(ctx, (_trx, audit) => audit.record({ action: 'probe.write', entityType: 'probe', entityId: String(n) }));
    const before = (await verifyAuditChain(db)).records;
    for (let i = 0; i < 4; i++) {
      await write(one, i);
      await write(two, i);
    }
    await Promise.all(Array.from({ length: 10 }, (_, i) => write(i % 2 ? one : two, 100 + i)));
    await expect(
      one.write(ctx, async (_trx, audit) => {
        await audit.record({ action: 'probe.write', entityType: 'probe', entityId: 'failed' });
        await audit.flush();
        throw new Error('failed after the append');
      }),
    ).rejects.toThrow('failed after the append');
    await write(one, 200);
    await write(two, 201);
    const result = await verifyAuditChain(db);
    expect(result.ok).toBe(true);
    expect(result.records).toBe(before + 8 + 10 + 2);
  });

  it('keeps every character of several records written in one transaction, chained in order, and of records written alone', async () => {
    const { db } = t.database;
    const uow = new UnitOfWork(db);
    const ctx: RequestContext = { actor: systemActor, clock: systemClock, locale: 'zh-CN', requestId: 'test:audit-characters' };
    const awkward = ['引号"与反斜杠\\', '换行\n制表\t回车\r', 'emoji 🏛️ 和 \u0001 控制符', "单引号 ' 与 $$ 美元"];
    const before = (await verifyAuditChain(db)).records;
    await uow.write(ctx, async (_trx, audit) => {
      for (const [i, text] of awkward.entries()) {
        await audit.record({ action: 'probe.characters', entityType: 'probe', entityId: `chars-${i}`, centerId: i % 2 ? null : 'center-x', before: i === 0 ? undefined : { text }, after: { text, list: [text] } });
      }
    });
    const rows = await db.selectFrom('audit_events').select(['seq', 'entity_id', 'center_id', 'before_json', 'after_json']).where('action', '=', 'probe.characters').orderBy('seq').execute();
    expect(rows.map((r) => r.entity_id)).toEqual(awkward.map((_, i) => `chars-${i}`));
    expect(rows.map((r) => Number(r.seq))).toEqual(awkward.map((_, i) => Number(rows[0]!.seq) + i));
    expect(rows.map((r) => r.center_id)).toEqual(['center-x', null, 'center-x', null]);
    expect(rows[0]!.before_json).toBeNull();
    expect(rows.map((r) => JSON.parse(r.after_json!) as unknown)).toEqual(awkward.map((text) => ({ text, list: [text] })));
    // Each alone in its transaction: on PostgreSQL the one-record append, a statement of its own.
    for (const [i, text] of awkward.entries()) {
      await uow.write(ctx, (_trx, audit) => audit.record({ action: 'probe.alone', entityType: 'probe', entityId: `alone-${i}`, centerId: i % 2 ? null : 'center-x', after: { text } }));
    }
    const alone = await db.selectFrom('audit_events').select(['entity_id', 'center_id', 'before_json', 'after_json']).where('action', '=', 'probe.alone').orderBy('seq').execute();
    expect(alone.map((r) => [r.entity_id, r.center_id, r.before_json])).toEqual(awkward.map((_, i) => [`alone-${i}`, i % 2 ? null : 'center-x', null]));
    expect(alone.map((r) => JSON.parse(r.after_json!) as unknown)).toEqual(awkward.map((text) => ({ text })));
    const result = await verifyAuditChain(db);
    expect(result.ok).toBe(true);
    expect(result.records).toBe(before + 2 * awkward.length);
  });

  it('names the first record edited in the database', async () => {
    const original = await sql<{ actor_name: string }>`select actor_name from audit_events where seq = 5`.execute(t.database.db);
    await sql`update audit_events set actor_name = ${'某人'} where seq = 5`.execute(t.database.db);
    const result = await verifyAuditChain(t.database.db);
    expect(result).toMatchObject({ ok: false, records: 4, firstBreak: { seq: 5, reason: 'hash_mismatch' } });
    // Putting the original value back makes the chain whole again: the hash covers the content.
    await sql`update audit_events set actor_name = ${original.rows[0]!.actor_name} where seq = 5`.execute(t.database.db);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it("notices records cut off the end", async () => {
    const { records } = await verifyAuditChain(t.database.db);
    await sql`delete from audit_events where seq = ${records}`.execute(t.database.db);
    const result = await verifyAuditChain(t.database.db);
    expect(result.ok).toBe(false);
    expect(result.firstBreak?.reason).toBe('head_mismatch');
  });
});
