import { PostgresAdapter, sql, type Selectable } from 'kysely';
import type { Db, Executor, Trx } from '../../db/database.js';
import { updateExactlyOne } from '../../db/expected-rows.js';
import { insertRows, runReused } from '../../db/reused-statements.js';
import type { CaseEventTable, CaseMaterialTable, CaseSuspensionTable, CaseTable } from '../../db/schema-cases.js';

export type CaseRow = Selectable<CaseTable>;
export type CaseEventRow = Selectable<CaseEventTable>;
export type CaseMaterialRow = Selectable<CaseMaterialTable>;
export type CaseSuspensionRow = Selectable<CaseSuspensionTable>;

export interface CaseListFilter {
  centerIds: readonly string[];
  departmentId?: string;
  states?: readonly string[];
  q?: string;
  /** Task lists: the nearest deadline first, then the oldest receipt (instead of newest first). */
  dueFirst?: boolean;
  limit: number;
  offset: number;
}

/** Storage of cases: the only code that touches the case tables. */
export const casesStore = {
  async find(db: Executor, id: string): Promise<CaseRow | null> {
    const { rows } = await runReused<CaseRow>(db, 'cases.find', [id], () => db.selectFrom('cases').selectAll().where('id', '=', id));
    return rows[0] ?? null;
  },
  async findByNumber(db: Executor, caseNo: string): Promise<CaseRow | null> {
    return (await db.selectFrom('cases').selectAll().where('case_no', '=', caseNo).executeTakeFirst()) ?? null;
  },
  async insert(db: Executor, row: CaseRow): Promise<void> {
    await insertRows(db, 'cases', [row], { writeBehind: true });
  },
  /**
   * Applies changes only if the case is still at `version` (optimistic concurrency): of two
   * clerks acting at once, one matches; the other's transaction fails with an error that
   * isUnexpectedRowCount (db/expected-rows.ts) knows — at the latest with the COMMIT — and
   * changes nothing. Returns the row as stored after the change (an
   * undefined change leaves its column as it was), which RecentCases may keep.
   */
  async updateAtVersion(trx: Trx, row: CaseRow, changes: Partial<CaseRow>): Promise<CaseRow> {
    const { id, version } = row;
    // Kysely leaves out undefined values: so does the shape (its SQL names exactly the columns set). One pass: this runs on every transition.
    const set: Record<string, unknown> = {};
    const values: unknown[] = [];
    let shape = 'cases.updateAtVersion|';
    for (const column of Object.keys(changes)) {
      const value = changes[column as keyof CaseRow];
      if (value === undefined || column === 'version') continue;
      set[column] = value;
      values.push(value);
      shape += `${column},`;
    }
    set.version = version + 1;
    values.push(version + 1, id, version);
    shape += 'version';
    const build = () => trx.updateTable('cases').set(set).where('id', '=', id).where('version', '=', version);
    await updateExactlyOne(trx, shape, values, build);
    return { ...row, ...set } as CaseRow;
  },
  async list(db: Executor, filter: CaseListFilter): Promise<CaseRow[]> {
    let q = db.selectFrom('cases').selectAll().where('center_id', 'in', [...filter.centerIds, '']);
    if (filter.departmentId) q = q.where('department_id', '=', filter.departmentId);
    if (filter.states?.length) q = q.where('state', 'in', [...filter.states]);
    if (filter.q) {
      const like = `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      // ESCAPE: SQLite's LIKE has no escape character unless told (PostgreSQL's is the backslash already).
      q = q.where((eb) => eb.or(['case_no', 'applicant_name', 'item_name'].map((column) => sql<boolean>`${sql.ref(column)} like ${like} escape '\\'`)));
    }
    q = filter.dueFirst ? q.orderBy('deadline').orderBy('received_at') : q.orderBy('received_at', 'desc');
    return q.orderBy('id').limit(filter.limit).offset(filter.offset).execute();
  },
  /** Received applications with no intake decision, received on or before `receivedOnOrBefore`. */
  async awaitingIntake(db: Executor, receivedOnOrBefore: string, limit: number): Promise<CaseRow[]> {
    return db
      .selectFrom('cases')
      .selectAll()
      .where('state', '=', 'received')
      .where('received_on', '<=', receivedOnOrBefore)
      .orderBy('received_on')
      .limit(limit)
      .execute();
  },

  // ── numbering and idempotency ──
  /** The next sequence number of a center's day, atomically (row lock / SQLite's writer lock). */
  async nextSequence(db: Executor, centerId: string, day: string): Promise<number> {
    const row = await db
      .insertInto('case_sequences')
      .values({ center_id: centerId, day, last_sequence: 1 })
      .onConflict((oc) => oc.columns(['center_id', 'day']).doUpdateSet((eb) => ({ last_sequence: eb('case_sequences.last_sequence', '+', 1) })))
      .returning('last_sequence')
      .executeTakeFirstOrThrow();
    return Number(row.last_sequence);
  },
  /** Moves a center's day from sequence `from` to the next, written behind; the transaction fails (OW409) unless `from` was the stored one (CaseSequences). */
  async advanceSequence(trx: Trx, centerId: string, day: string, from: number): Promise<void> {
    const build = () => trx.updateTable('case_sequences').set({ last_sequence: from + 1 }).where('center_id', '=', centerId).where('day', '=', day).where('last_sequence', '=', from);
    await updateExactlyOne(trx, 'cases.advanceSequence', [from + 1, centerId, day, from], build);
  },
  /**
   * PostgreSQL: the next sequence number of a center's day (the upsert of nextSequence, in SQL of
   * its own for the set_config in it), taken ahead of the new case's
   * transaction in a statement that is its own transaction, so that receipts of one center do not
   * queue on the day's row, each holding it until its own COMMIT. The statement commits without
   * waiting for its WAL flush (synchronous_commit off for it alone): the case that uses the number
   * commits after it, and its durable COMMIT flushes the WAL up to its own record, so up to this one
   * too — a number lost in a crash was used by no committed case. A receipt that fails after taking
   * its number leaves that number unused. Null on SQLite, whose one writer numbers the case inside
   * its transaction (nextSequence).
   */
  async reserveSequence(db: Db, centerId: string, day: string): Promise<number | null> {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return null;
    const build = () =>
      sql`insert into case_sequences (center_id, day, last_sequence)
          select ${centerId}, ${day}, 1 from (select set_config('synchronous_commit', 'off', true)) as asynchronous
          on conflict (center_id, day) do update set last_sequence = case_sequences.last_sequence + 1
          returning last_sequence`;
    const [row] = (await runReused<{ last_sequence: number | string }>(db, 'cases.reserveSequence', [centerId, day], () => ({ compile: () => build().compile(db) }))).rows;
    return Number(row!.last_sequence);
  },
  /** The case an idempotency key was used for, with the fingerprint of its request. */
  async caseForKey(db: Executor, key: string): Promise<{ caseId: string; requestHash: string | null } | null> {
    const build = () => db.selectFrom('case_requests').select(['case_id', 'request_hash']).where('idempotency_key', '=', key);
    const [row] = (await runReused<{ case_id: string; request_hash: string | null }>(db, 'cases.caseForKey', [key], build)).rows;
    return row ? { caseId: row.case_id, requestHash: row.request_hash } : null;
  },
  /** Whether `error` is the refusal of a key already remembered (another transaction committed it first). */
  isKeyTaken(error: unknown): boolean {
    const e = error as { code?: unknown; constraint?: unknown; message?: unknown };
    if (e?.code === '23505') return e.constraint === 'case_requests_pkey';
    return e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' && String(e.message).includes('case_requests.idempotency_key');
  },
  async rememberKey(db: Executor, key: string, caseId: string, at: string, requestHash: string | null): Promise<void> {
    await insertRows(db, 'case_requests', [{ idempotency_key: key, case_id: caseId, created_at: at, request_hash: requestHash }], { writeBehind: true });
  },

  // ── events, materials, suspensions ──
  async addEvent(db: Executor, event: CaseEventRow): Promise<void> {
    await insertRows(db, 'case_events', [event], { writeBehind: true });
  },
  async events(db: Executor, caseId: string): Promise<CaseEventRow[]> {
    return db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('case_version').execute();
  },
  async addMaterials(db: Executor, rows: CaseMaterialRow[]): Promise<void> {
    await insertRows(db, 'case_materials', rows, { writeBehind: true });
  },
  async materials(db: Executor, caseId: string): Promise<CaseMaterialRow[]> {
    const build = () => db.selectFrom('case_materials').selectAll().where('case_id', '=', caseId).orderBy('submission_no').orderBy('name');
    return (await runReused<CaseMaterialRow>(db, 'cases.materials', [caseId], build)).rows;
  },
  async suspensions(db: Executor, caseId: string): Promise<CaseSuspensionRow[]> {
    const build = () => db.selectFrom('case_suspensions').selectAll().where('case_id', '=', caseId).orderBy('from_date');
    return (await runReused<CaseSuspensionRow>(db, 'cases.suspensions', [caseId], build)).rows;
  },
  async suspensionsOf(db: Executor, caseIds: readonly string[]) {
    if (caseIds.length === 0) return [];
    return db.selectFrom('case_suspensions').selectAll().where('case_id', 'in', [...caseIds]).orderBy('from_date').execute();
  },
  async openSuspension(db: Executor, row: { id: string; case_id: string; kind: string; reason: string; from_date: string }): Promise<void> {
    await db.insertInto('case_suspensions').values({ ...row, to_date: null }).execute();
  },
  async closeSuspension(db: Executor, caseId: string, toDate: string): Promise<void> {
    await db.updateTable('case_suspensions').set({ to_date: toDate }).where('case_id', '=', caseId).where('to_date', 'is', null).execute();
  },

  // ── bill (收费) ──
  async bill(db: Executor, caseId: string) {
    return db.selectFrom('case_bill_lines').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
  },
  async insertBill(db: Executor, rows: { id: string; case_id: string; name: string; amount_fen: number; waivable: 0 | 1 }[]): Promise<void> {
    if (rows.length) await db.insertInto('case_bill_lines').values(rows.map((r) => ({ ...r, waiver_reason: null, invoice_no: null, paid_at: null }))).execute();
  },
  async updateBillLine(db: Executor, id: string, changes: { waiver_reason?: string | null; invoice_no?: string | null; paid_at?: string | null }): Promise<void> {
    await db.updateTable('case_bill_lines').set(changes).where('id', '=', id).execute();
  },

  // ── rating ──
  async rating(db: Executor, caseId: string) {
    return (await db.selectFrom('case_ratings').selectAll().where('case_id', '=', caseId).executeTakeFirst()) ?? null;
  },
  /** Inserts the case's one rating; false when it already has one (also when two arrive at once). */
  async insertRating(db: Executor, row: { case_id: string; level: number; channel: string; comment: string; window_id: string | null; rated_at: string }): Promise<boolean> {
    const result = await db.insertInto('case_ratings').values(row).onConflict((oc) => oc.column('case_id').doNothing()).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  },
};
