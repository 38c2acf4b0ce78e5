import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { systemActor, type RequestContext } from './context.js';
import { systemClock } from './time/clock.js';
import { UnitOfWork } from './unit-of-work.js';

describeEachDialect('unit of work', (use) => {
  const ctx: RequestContext = { actor: systemActor, clock: systemClock, locale: 'zh-CN', requestId: 'test:uow' };
  const probe = (n: number) => ({ action: 'probe.write', entityType: 'probe', entityId: String(n) });

  it('runs what was left for the end after the work, in the transaction, before the audit records; refuses a foreign transaction', async () => {
    const { db } = use();
    const uow = new UnitOfWork(db);
    const other = new UnitOfWork(db);
    await sql`create table probe_ends (step text not null)`.execute(db);
    const order: string[] = [];
    await uow.write(ctx, async (trx, audit) => {
      expect(
        uow.atEnd(trx, async () => {
          order.push('ending');
          await sql`insert into probe_ends (step) values ('ending')`.execute(trx);
          // An ending may leave more for the end.
          uow.atEnd(trx, async () => void order.push('later ending'));
        }),
      ).toBe(true);
      expect(other.atEnd(trx, async () => undefined)).toBe(false);
      order.push('work');
      await audit.record(probe(1));
    });
    expect(order).toEqual(['work', 'ending', 'later ending']);
    expect((await sql<{ step: string }>`select step from probe_ends`.execute(db)).rows).toEqual([{ step: 'ending' }]);
  });

  it('rolls back with the transaction when an ending fails, and forgets the transaction afterwards', async () => {
    const { db } = use();
    const uow = new UnitOfWork(db);
    let kept: Parameters<UnitOfWork['atEnd']>[0] | undefined;
    await expect(
      uow.write(ctx, async (trx, audit) => {
        kept = trx;
        await sql`insert into probe_ends (step) values ('work')`.execute(trx);
        uow.atEnd(trx, async () => {
          throw new Error('ending failed');
        });
        await audit.record(probe(2));
      }),
    ).rejects.toThrow('ending failed');
    expect((await sql<{ step: string }>`select step from probe_ends where step = 'work'`.execute(db)).rows).toEqual([]);
    await uow.write(ctx, (_trx, audit) => audit.record(probe(3)));
    expect(uow.atEnd(kept!, async () => undefined)).toBe(false);
  });

  it('runs the after-commit hooks once the transaction committed, and none when it rolled back', async () => {
    const { db } = use();
    const uow = new UnitOfWork(db);
    const seen: string[] = [];
    let kept: Parameters<UnitOfWork['afterCommit']>[0] | undefined;
    await uow.write(ctx, async (trx, audit) => {
      kept = trx;
      expect(uow.afterCommit(trx, () => seen.push('committed'))).toBe(true);
      expect(new UnitOfWork(db).afterCommit(trx, () => seen.push('foreign'))).toBe(false);
      await audit.record(probe(4));
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual(['committed']);
    expect(uow.afterCommit(kept!, () => seen.push('too late'))).toBe(false);

    await expect(
      uow.write(ctx, async (trx, audit) => {
        uow.afterCommit(trx, () => seen.push('rolled back'));
        await audit.record(probe(5));
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');
    expect(seen).toEqual(['committed']);
  });
});
