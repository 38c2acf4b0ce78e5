import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { UNEXPECTED_ROWS_CODE } from '../../db/write-behind.js';
import { CaseSequences } from './case-sequences.js';

describeEachDialect('case-number sequences taken in the transaction', (use) => {
  const db = () => use().db;
  const [center, day] = ['center-seq', '2026-03-02'];
  const stored = async () => Number((await db().selectFrom('case_sequences').select('last_sequence').where('center_id', '=', center).where('day', '=', day).executeTakeFirstOrThrow()).last_sequence);
  const take = (sequences: CaseSequences, then?: () => void) =>
    sequences.numbered(() =>
      db()
        .transaction()
        .execute(async (trx) => {
          const sequence = await sequences.next(trx, center, day);
          then?.();
          return sequence;
        }),
    );

  it('reads the first of the day, then guesses on from the last it took; a wrong guess is retried from the database', async () => {
    const sequences = new CaseSequences();
    expect(await take(sequences)).toBe(1);
    expect(await take(sequences)).toBe(2);
    expect(await stored()).toBe(2);

    // Another process (a second instance, the CLI) numbers a case of the day meanwhile.
    await db().updateTable('case_sequences').set({ last_sequence: 3 }).where('center_id', '=', center).where('day', '=', day).execute();
    expect(await take(sequences)).toBe(4);
    expect(await stored()).toBe(4);

    // A transaction that took the guess 5 fails: nothing of it stays, and the next guess (6) is wrong.
    await expect(take(sequences, () => { throw new Error('the receipt failed'); })).rejects.toThrow('the receipt failed');
    expect(await stored()).toBe(4);
    expect(await take(sequences)).toBe(5);
    expect(await take(sequences)).toBe(6);
    expect(await stored()).toBe(6);
  });

  it('gives up after a few wrong guesses in a row, with the database\'s error', async () => {
    const sequences = new CaseSequences();
    const base = await stored();
    expect(await take(sequences)).toBe(base + 1);
    let attempts = 0;
    // Every attempt finds its guess taken.
    const moved = sequences.numbered(() =>
      db()
        .transaction()
        .execute(async (trx) => {
          attempts++;
          await sequences.next(trx, center, day);
          throw Object.assign(new Error('taken meanwhile'), { code: UNEXPECTED_ROWS_CODE }); // what the database says then (expected-rows.ts)
        }),
    );
    await expect(moved).rejects.toThrow('taken meanwhile');
    expect(attempts).toBe(3);
  });
});
