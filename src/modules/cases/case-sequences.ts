import type { Trx } from '../../db/database.js';
import { isUnexpectedRowCount } from '../../db/expected-rows.js';
import { casesStore } from './cases.store.js';

/** How many times a new case's transaction runs when guessed sequences keep being taken meanwhile. */
const ATTEMPTS = 3;

/**
 * The day's case-number sequence of each center, taken inside the new case's transaction (on
 * SQLite always; on PostgreSQL when no number was reserved ahead, see casesStore.reserveSequence)
 * without waiting for the database each time. The first number of a center's day in this process
 * comes from the database (the upsert, waited for). After it the process guesses the next from the
 * last it took, and writes the guess behind with the check that the stored sequence is still the
 * one before it (updateExactlyOne): right as long as this process alone numbers that center's day.
 * A wrong guess — another process numbered meanwhile, or a transaction that took a guess failed —
 * fails its transaction with OW409, having written nothing; `numbered` then forgets the guesses
 * and runs the transaction again, the next number read from the database.
 */
export class CaseSequences {
  /** Per center: the day and the last sequence this process took on it. */
  private readonly last = new Map<string, { day: string; sequence: number }>();

  async next(trx: Trx, centerId: string, day: string): Promise<number> {
    const last = this.last.get(centerId);
    let sequence: number;
    if (last?.day === day) {
      sequence = last.sequence + 1;
      await casesStore.advanceSequence(trx, centerId, day, last.sequence);
    } else {
      sequence = await casesStore.nextSequence(trx, centerId, day);
    }
    this.last.set(centerId, { day, sequence });
    return sequence;
  }

  /** Runs `write` (a new case's transaction), again while a guessed sequence turns out taken. */
  async numbered<T>(write: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        if (!isUnexpectedRowCount(error) || attempt === ATTEMPTS) throw error;
        this.last.clear();
      }
    }
  }
}
