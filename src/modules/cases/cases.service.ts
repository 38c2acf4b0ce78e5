import type { Db } from '../../db/database.js';
import { caseDeadline, caseStatus, chinaDateOf, deemedAcceptance, INTAKE_DECISION_DAYS, type Suspension, type WorkCalendar } from '../../kernel/calendar/index.js';
import { addCalendarDays } from '../../kernel/calendar/dates.js';
import { AttemptLimiter } from '../../kernel/security/attempt-limiter.js';
import { limitedToOwnDepartment } from '../../kernel/permissions/policy.js';
import type { RatingLevel } from './domain/rating.js';
import { checkRating, recordRating } from './case-rating.js';
import { billFromFees } from './domain/fees.js';
import { normalizeQueryCode } from './domain/case-number.js';
import { caseDetailView, caseView, clockView, progressView, type ClockView } from './cases.presenter.js';
import type { CaseListQuery } from './cases.schema.js';
import { systemActor, type RequestContext } from '../../kernel/context.js';
import { errors, isConflict, text } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids/ids.js';
import { authorize, decide } from '../../kernel/permissions/policy.js';
import { instantOf } from '../../kernel/time/clock.js';
import type { UnitOfWork } from '../../kernel/unit-of-work.js';
import type { AuditLog } from '../../kernel/audit/audit.writer.js';
import type { Trx } from '../../db/database.js';
import { isUnexpectedRowCount } from '../../db/expected-rows.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { applicantIssues, normalizeApplicant, type Applicant } from './domain/applicant.js';
import { formatCaseNumber, newQueryCode } from './domain/case-number.js';
import { mayHaveSuspensions, refusalDecision, transition, TRANSITIONS, type CaseAction, type CaseActionType, type CaseSnapshot, type CaseState, type Performer } from './domain/lifecycle.js';
import { noRollups, type CaseCatalog, type CaseOrganization, type CaseRollups } from './cases.ports.js';
import { newCaseRow, type NewCase, type ReservedNumber } from './case-row.js';
import { caseErrors } from './cases.errors.js';
import { RecentCases } from './recent-cases.js';
import { CaseSequences } from './case-sequences.js';
import { casesStore, type CaseMaterialRow, type CaseRow } from './cases.store.js';
import { CaseDocumentsService, type Letterhead } from './cases-documents.service.js';
import { actionsFor, stateFilter, statesFor } from './domain/tasks.js';
import { inMaterialOrder, receiptFingerprint, receiptIssues, receiptKey } from './domain/receipt.js';

export interface ReceiveInput {
  itemId: string;
  windowId?: string | null;
  channel: 'window' | 'agency';
  applicant: Applicant;
  materials: { name: string; status: 'received' | 'missing' | 'defective'; originals?: number; copies?: number; note?: string }[];
  idempotencyKey: string;
}

const snapshotOf = (row: CaseRow): CaseSnapshot => ({
  state: row.state as CaseState,
  resumeState: (row.resume_state as CaseSnapshot['resumeState']) ?? null,
  correctionNotices: row.corrections_this_submission,
  submissionNo: row.submission_no,
  reviewerId: row.reviewer_id,
  extended: row.extension_days > 0,
  onTheSpot: row.case_type === 'onTheSpot',
});


/** A transition ready for its transaction: the case as read, the action, its changes, and the calendar and letterhead read beforehand. */
interface PreparedTransition {
  row: CaseRow;
  action: CaseAction;
  changes: Partial<CaseRow>;
  calendar: WorkCalendar;
  letterhead: Letterhead | null;
}

/** Case handling (办件): receipt to delivery, with the legal clock, events and audit. */
export class CasesService {
  /** Wrong query codes per client address: 10 in 5 minutes. */
  private readonly queryLimiter = new AttemptLimiter(10, 300_000);
  /** The case rows this process committed last, for the next transition asked at their version. */
  private readonly recent = new RecentCases();
  /** Case-number sequences taken in the new case's transaction (case-sequences.ts). */
  private readonly sequences = new CaseSequences();
  /** The suspensions of the case rows `act` just committed, so that their compact answer need not read them again. */
  private readonly suspensionsOfActed = new WeakMap<CaseRow, { from_date: string; to_date: string | null }[]>();
  /** 文书 issued by the transitions (receipt, acceptance, correction, refusal, result notices). */
  readonly documents: CaseDocumentsService;

  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
    private readonly catalog: CaseCatalog,
    private readonly org: CaseOrganization,
    private readonly calendar: CalendarService,
    private readonly rollups: CaseRollups = noRollups,
  ) {
    this.documents = new CaseDocumentsService(db, catalog, org);
  }

  /** The clock of a case now: deadline, working days left, warning colour (null before acceptance). */
  private async clockOf(row: CaseRow, suspensions: { from_date: string; to_date: string | null }[], now: Date): Promise<ClockView | null> {
    if (!row.accepted_at) return null;
    const calendar = await this.calendar.calendarFor(row.center_id, now);
    const stopAt = ['decided', 'completed', 'delivered'].includes(row.state) ? (row.decided_at ?? row.completed_at ?? now.toISOString()) : now.toISOString();
    return clockView(
      caseStatus(
        calendar,
        {
          acceptedAt: row.accepted_at,
          promisedDays: row.promised_days,
          suspensions: suspensions.map((s) => ({ from: s.from_date, to: s.to_date })),
          extension: row.extension_days > 0 ? { days: row.extension_days, grantedOn: row.extension_on } : null,
        },
        stopAt,
      ),
    );
  }

  /** Cases in the actor's scope, newest first, with their clocks (the workbench and task lists). */
  async list(ctx: RequestContext, query: CaseListQuery) {
    authorize(ctx.actor, 'case.read', query.centerId ? { centerId: query.centerId } : {});
    let departmentId = query.departmentId;
    if (limitedToOwnDepartment(ctx.actor, 'case.read')) {
      if (departmentId) authorize(ctx.actor, 'case.read', { departmentId });
      else departmentId = ctx.actor.departmentId ?? '';
    }
    const filter = stateFilter(query.state);
    if (filter.issues.length > 0) throw errors.invalid(filter.issues);
    const states = statesFor(query.task, filter.states);
    if (states?.length === 0) return [];
    const rows = await casesStore.list(this.db, {
      centerIds: query.centerId ? [query.centerId] : ctx.actor.centerScope,
      ...(departmentId ? { departmentId } : {}),
      ...(states ? { states } : {}),
      ...(query.task ? { dueFirst: true } : {}),
      ...(query.q ? { q: query.q } : {}),
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
    const suspensions = await casesStore.suspensionsOf(this.db, rows.map((r) => r.id));
    const now = ctx.clock.now();
    return Promise.all(rows.map(async (row) => caseView(row, await this.clockOf(row, suspensions.filter((s) => s.case_id === row.id), now))));
  }

  async detail(ctx: RequestContext, id: string) {
    const row = await this.get(ctx, id);
    const [events, materials, suspensions, item] = await Promise.all([
      casesStore.events(this.db, id),
      casesStore.materials(this.db, id),
      casesStore.suspensions(this.db, id),
      this.catalog.itemVersion(row.item_id, row.item_version),
    ]);
    const ordered = inMaterialOrder(materials, item?.materials.map((m) => m.name) ?? []);
    return caseDetailView(row, await this.clockOf(row, suspensions, ctx.clock.now()), events, ordered);
  }

  /** The compact view (as in lists) of a case row just returned by receive or act: no re-read of the case. */
  async compact(ctx: RequestContext, row: CaseRow) {
    const suspensions = row.accepted_at && mayHaveSuspensions(row.flags) ? (this.suspensionsOfActed.get(row) ?? (await casesStore.suspensions(this.db, row.id))) : [];
    return caseView(row, await this.clockOf(row, suspensions, ctx.clock.now()));
  }

  /** The case behind a case number and query code; wrong codes are throttled per client. */
  private async byQueryCode(caseNo: string, queryCode: string, client: string, now: Date): Promise<CaseRow> {
    // While blocked, a right code is refused too: a guesser learns nothing from the answer.
    const blocked = this.queryLimiter.retryAfter(client, now);
    if (blocked > 0) throw errors.throttled(blocked);
    const row = await casesStore.findByNumber(this.db, caseNo.trim());
    if (!row || row.query_code !== normalizeQueryCode(queryCode)) {
      const wait = this.queryLimiter.hit(client, now);
      if (wait > 0) throw errors.throttled(wait);
      throw errors.rule('case.query_mismatch', text('办件编号或查询码不正确，请核对受理回执。', 'Wrong case number or query code; check the receipt.'));
    }
    return row;
  }

  /** 办件进度 for the applicant: state, expected completion date, masked personal data. */
  async progress(ctx: RequestContext, caseNo: string, queryCode: string, client: string) {
    const now = ctx.clock.now();
    const row = await this.byQueryCode(caseNo, queryCode, client, now);
    const [events, suspensions, rating] = await Promise.all([casesStore.events(this.db, row.id), casesStore.suspensions(this.db, row.id), casesStore.rating(this.db, row.id)]);
    const clock = await this.clockOf(row, suspensions, now);
    return progressView(row, events, clock?.deadline ?? null, rating !== null, ctx.locale);
  }

  /** 好差评 by the applicant (portal or the QR code on the result notice): once, after completion; a 差评 says why. */
  async rate(ctx: RequestContext, input: { caseNo: string; queryCode: string; level: number; comment?: string; channel?: 'portal' | 'qr' }, client: string) {
    const row = await this.byQueryCode(input.caseNo, input.queryCode, client, ctx.clock.now());
    const rating = { level: input.level as RatingLevel, comment: input.comment, channel: input.channel ?? 'portal' } as const;
    await checkRating(this.db, row, rating);
    await this.uow.write(ctx, (trx, audit) => recordRating(ctx, trx, audit, row, rating, this.rollups));
    return { ok: true as const, level: rating.level };
  }

  /** A case the actor may work on (receive, move along, bill). */
  async getForWork(ctx: RequestContext, id: string): Promise<CaseRow> {
    const row = await this.get(ctx, id);
    authorize(ctx.actor, 'case.handle', { centerId: row.center_id, departmentId: row.department_id });
    return row;
  }

  async get(ctx: RequestContext, id: string): Promise<CaseRow> {
    return this.readable(ctx, id, await casesStore.find(this.db, id));
  }

  /** The case `id` as found, if the actor may read it. */
  private readable(ctx: RequestContext, id: string, row: CaseRow | null | undefined): CaseRow {
    if (!row) throw errors.notFound('办件', id);
    authorize(ctx.actor, 'case.read', { centerId: row.center_id, departmentId: row.department_id });
    return row;
  }

  /** 收件: a window or an agent receives an application. A retry with the same key returns the same case. */
  async receive(ctx: RequestContext, input: ReceiveInput): Promise<CaseRow> {
    const centerId = ctx.actor.centerId;
    if (!ctx.actor.id || !centerId) throw errors.unauthenticated();
    // A client's key is its receiver's: another's use of the same text is another receipt.
    const key = receiptKey(ctx.actor.id, input.idempotencyKey);
    const fingerprint = receiptFingerprint(input);
    const existing = await casesStore.caseForKey(this.db, key);
    if (existing) return this.retriedReceipt(ctx, existing, fingerprint);
    const found = await this.catalog.itemForCase(input.itemId);
    authorize(ctx.actor, 'case.handle', found ? { centerId, departmentId: found.item.departmentId } : { centerId });
    const now = instantOf(ctx.clock);
    const today = chinaDateOf(now);
    const applicant = normalizeApplicant(input.applicant);
    const problems = [
      ...receiptIssues({
        item: found?.item ?? null,
        channel: input.channel,
        materials: input.materials,
        windowId: input.windowId ?? null,
        centerId,
        windows: input.windowId ? (await this.org.directory()).windows : [],
        receiverRoles: ctx.actor.roles,
      }),
      ...applicantIssues(applicant, today),
    ];
    if (problems.length > 0 || !found) throw errors.invalid(problems);
    // The window it was received at: the one named, else the clerk's own (the rating pad and window figures follow it).
    const windowId = input.windowId ?? ctx.actor.windowId ?? null;
    const numbering = await this.org.centerNumbering(centerId);
    if (!numbering) throw errors.notFound('服务中心', centerId);
    const letterhead = await this.documents.letterheadFor({ center_id: centerId, department_id: found.item.departmentId, item_id: found.itemId, item_version: found.version }, { type: 'receive' });
    const reservedNumber = await this.reserveNumber(ctx, centerId);

    return this.numbered(() =>
      this.uow.write(ctx, async (trx, audit) => {
        const { row, materials } = await this.createCase(trx, audit, ctx, {
          id: newId(ctx.clock),
          centerId,
          numbering,
          found,
          channel: input.channel,
          applicant,
          windowId,
          createdBy: ctx.actor.id,
          idempotencyKey: key,
          requestFingerprint: fingerprint,
          materials: input.materials,
          reservedNumber,
        });
        await this.documents.issueFor(trx, ctx, row, { type: 'receive' }, letterhead, materials);
        return row;
      }))
      .then((row) => {
        this.recent.committed(row);
        return row;
      })
      .catch(async (error: unknown) => {
        // The same key used meanwhile (a retry sent before the first answer came): this one's insert of
        // the key is refused by its unique index, and the transaction fails having written nothing. It
        // fails once the first is durable — on SQLite, once their commit group is — so the first's case
        // can be read outside it.
        const keyed = casesStore.isKeyTaken(error) ? await casesStore.caseForKey(this.db, key) : null;
        if (keyed) return this.retriedReceipt(ctx, keyed, fingerprint);
        throw error;
      });
  }

  /** A receipt's key sent again: the same request gets its case; another request with the same key is refused. */
  private async retriedReceipt(ctx: RequestContext, keyed: { caseId: string; requestHash: string | null }, fingerprint: string): Promise<CaseRow> {
    if (keyed.requestHash !== null && keyed.requestHash !== fingerprint) throw caseErrors.keyReused();
    return this.get(ctx, keyed.caseId);
  }

  /**
   * Performs an action on a case at the version the caller saw. A stale version, or another
   * clerk acting at the same moment, gives 409 and changes nothing.
   */
  async act(ctx: RequestContext, id: string, expectedVersion: number, action: CaseAction): Promise<CaseRow> {
    // The row this process committed at the version the caller saw, else the stored one (recent-cases.ts).
    const row = this.readable(ctx, id, this.recent.at(id, expectedVersion) ?? (await casesStore.find(this.db, id)));
    authorize(ctx.actor, 'case.handle', { centerId: row.center_id, departmentId: row.department_id });
    if (row.version !== expectedVersion) throw this.staleVersion(row);
    return this.apply(ctx, row, action, await this.performerOf(ctx, row, action.type));
  }

  /** The performer behind the actor; for one `action`, the authorization to decide is looked up only when that step needs it. */
  private async performerOf(ctx: RequestContext, row: CaseRow, action?: CaseActionType): Promise<Performer> {
    const today = chinaDateOf(instantOf(ctx.clock));
    // An authorization to decide matters only for a decider's step taken by someone not an approver.
    const needsDecide = (action === undefined || TRANSITIONS[action].by.includes('decider')) && !ctx.actor.roles.includes('approver');
    return {
      id: ctx.actor.id,
      roles: ctx.actor.roles,
      mayDecide: ctx.actor.id && needsDecide ? await this.org.mayDecide(ctx.actor.id, row.department_id, today) : false,
      kind: ctx.actor.kind === 'system' ? 'system' : 'staff',
    };
  }

  /** The actions the actor may take on the case now (the case page's buttons); none without case.handle on it. */
  async allowedActions(ctx: RequestContext, row: CaseRow): Promise<CaseActionType[]> {
    if (!decide(ctx.actor, 'case.handle', { centerId: row.center_id, departmentId: row.department_id }).allowed) return [];
    return actionsFor(row.state as CaseState, await this.performerOf(ctx, row));
  }

  /**
   * Online application (cases-online.service.ts): an action by the applicant (submit, resubmit)
   * or a pre-review, on a case the caller has already checked access to, at the version seen.
   */
  async actOnline(ctx: RequestContext, row: CaseRow, expectedVersion: number, action: CaseAction, performer: Performer): Promise<CaseRow> {
    if (row.version !== expectedVersion) throw this.staleVersion(row);
    return this.apply(ctx, row, action, performer);
  }

  /** Deemed acceptance (Art. 32) of every application past its intake time; safe on many instances at once. */
  async deemAcceptances(now: Date, batch = 500): Promise<number> {
    const ctx: RequestContext = { actor: { ...systemActor, name: '系统（视为受理）' }, clock: { now: () => now }, locale: 'zh-CN', requestId: 'job:deemed-acceptance' };
    const nowInstant = now.toISOString();
    // Anything received at least INTAKE_DECISION_DAYS calendar days ago may be due (working days are no fewer); the clock decides exactly.
    const cutoff = addCalendarDays(chinaDateOf(nowInstant), -INTAKE_DECISION_DAYS);
    let deemed = 0;
    for (const row of await casesStore.awaitingIntake(this.db, cutoff, batch)) {
      const calendar = await this.calendar.calendarFor(row.center_id, now);
      const intake = deemedAcceptance(calendar, { receivedAt: row.received_at!, now: nowInstant });
      if (!intake.due) continue;
      try {
        await this.apply(ctx, row, { type: 'accept', deemed: true }, { id: null, roles: [], mayDecide: false, kind: 'system' });
        deemed++;
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    }
    return deemed;
  }

  private staleVersion(row: CaseRow) {
    return errors.conflict(
      'case.version_conflict',
      text('该办件已被他人更新（当前第 {v} 版），请刷新后重试。', 'Someone else updated this case (now version {v}); reload and retry.', { v: row.version }),
      { currentVersion: row.version, state: row.state },
    );
  }

  private async apply(ctx: RequestContext, row: CaseRow, action: CaseAction, performer: Performer): Promise<CaseRow> {
    const t = transition(snapshotOf(row), action, performer);
    const now = instantOf(ctx.clock);
    const today = chinaDateOf(now);
    const changes: Partial<CaseRow> = {
      state: t.to,
      resume_state: t.patch.resumeState !== undefined ? t.patch.resumeState : row.resume_state,
      corrections_this_submission: t.patch.correctionNotices ?? row.corrections_this_submission,
      submission_no: t.patch.submissionNo ?? row.submission_no,
      reviewer_id: t.patch.reviewerId !== undefined ? t.patch.reviewerId : row.reviewer_id,
      flags: [...new Set([...row.flags.split(',').filter(Boolean), ...t.flags])].join(','),
      updated_at: now,
    };
    switch (action.type) {
      case 'preReview':
      case 'resubmit':
        // An online application is received (收件) when it passes pre-review, or when it is resubmitted after a return.
        if (t.to === 'received' && !row.received_at) Object.assign(changes, { received_at: now, received_on: today });
        break;
      case 'accept':
        Object.assign(changes, action.deemed ? { accepted_at: row.received_at, accepted_on: row.received_on, deemed_accepted: 1 } : { accepted_at: now, accepted_on: today });
        break;
      case 'refuse':
        changes.decision_reason = refusalDecision(action);
        break;
      case 'approve':
        Object.assign(changes, { approver_id: performer.id, decision: action.decision, decision_reason: action.reason, decided_at: now });
        break;
      case 'extend':
        Object.assign(changes, { extension_days: action.days, extension_on: today });
        break;
      case 'complete':
        Object.assign(changes, { completed_at: now, completed_on: today });
        break;
      case 'deliver':
        Object.assign(changes, { delivered_at: now, delivery_json: JSON.stringify(action) });
        break;
    }
    const calendar = await this.calendar.calendarFor(row.center_id, ctx.clock.now());
    const letterhead = await this.documents.letterheadFor(row, action);
    try {
      const after = await this.uow.write(ctx, (trx, audit) => this.applyIn(trx, audit, ctx, { row, action, changes, calendar, letterhead }));
      this.recent.committed(after);
      return after;
    } catch (error) {
      // Another transition got there first (its version moved): say so, with the case as it is now.
      if (isUnexpectedRowCount(error)) throw this.staleVersion((await casesStore.find(this.db, row.id)) ?? row);
      throw error;
    }
  }

  /** The transaction of a transition whose changes apply has worked out, with what it read before it. */
  private async applyIn(trx: Trx, audit: AuditLog, ctx: RequestContext, transition: PreparedTransition): Promise<CaseRow> {
    const { row, action, changes, calendar, letterhead } = transition;
    const today = chinaDateOf(instantOf(ctx.clock));
    if (action.type === 'suspend') await casesStore.openSuspension(trx, { id: newId(ctx.clock), case_id: row.id, kind: action.kind, reason: action.reason, from_date: today });
    if (action.type === 'resume') await casesStore.closeSuspension(trx, row.id, today);
    const acceptedAt = changes.accepted_at ?? row.accepted_at;
    // Only a case that entered a special procedure has suspensions (the suspension flags it).
    const stored = acceptedAt && mayHaveSuspensions(changes.flags!) ? await casesStore.suspensions(trx, row.id) : [];
    if (acceptedAt) {
      const suspensions: Suspension[] = stored.map((s) => ({ from: s.from_date, to: s.to_date }));
      const clock = caseDeadline(
        calendar,
        {
          acceptedAt,
          promisedDays: row.promised_days,
          suspensions,
          extension: (changes.extension_days ?? row.extension_days) > 0 ? { days: changes.extension_days ?? row.extension_days, grantedOn: changes.extension_on ?? row.extension_on } : null,
        },
        today,
      );
      Object.assign(changes, { deadline: clock.deadline, suspended_days: clock.suspendedWorkdays });
    }
    const after = await casesStore.updateAtVersion(trx, row, changes);
    await this.rollups.caseChanged(ctx, trx, { row }, { row: after });
    await this.recordEvent(trx, audit, ctx, after, action.type, row.state, action);
    await this.documents.issueFor(trx, ctx, after, action, letterhead);
    this.suspensionsOfActed.set(after, stored);
    return after;
  }

  /** Runs a new case's transaction (whose createCase may guess its number's sequence), again if the guess was taken meanwhile. */
  numbered<T>(write: () => Promise<T>): Promise<T> {
    return this.sequences.numbered(write);
  }

  /**
   * The next case-number sequence of the center's day, reserved before the new case's transaction
   * on PostgreSQL (casesStore.reserveSequence); null on SQLite, where the case takes it in its
   * transaction. Called once the request is known to be valid, so that bad input uses no number.
   */
  async reserveNumber(ctx: RequestContext, centerId: string): Promise<ReservedNumber | null> {
    const day = chinaDateOf(instantOf(ctx.clock));
    const sequence = await casesStore.reserveSequence(this.db, centerId, day);
    return sequence === null ? null : { day, sequence };
  }

  /**
   * A new case (收件 at a window or by an agent, or an online submission) in the caller's
   * transaction: its number of the day, idempotency key, materials, bill, first event with its
   * audit record, and its first contribution to the statistics' rollups.
   */
  async createCase(trx: Trx, audit: AuditLog, ctx: RequestContext, spec: NewCase): Promise<{ row: CaseRow; materials: CaseMaterialRow[] }> {
    const at = instantOf(ctx.clock);
    const today = chinaDateOf(at);
    // A number reserved the day before (the transaction began after midnight) is left unused.
    const reserved = spec.reservedNumber?.day === today ? spec.reservedNumber.sequence : null;
    const sequence = reserved ?? (await this.sequences.next(trx, spec.centerId, today));
    const row = newCaseRow(spec, { caseNo: formatCaseNumber({ ...spec.numbering, date: today, sequence }), queryCode: newQueryCode(), at, today });
    await casesStore.insert(trx, row);
    await this.rollups.caseChanged(ctx, trx, null, { row, ratingLevel: null });
    await casesStore.rememberKey(trx, spec.idempotencyKey, row.id, at, spec.requestFingerprint);
    const materials = spec.materials.map((m) => ({ id: newId(ctx.clock), case_id: row.id, submission_no: 1, name: m.name, status: m.status, originals: m.originals ?? 0, copies: m.copies ?? 0, note: m.note ?? '' }));
    await casesStore.addMaterials(trx, materials);
    await casesStore.insertBill(
      trx,
      billFromFees(spec.found.item.fees).map((line) => ({ id: newId(ctx.clock), case_id: row.id, name: line.name, amount_fen: line.amountFen, waivable: line.waivable ? 1 : 0 })),
    );
    const online = spec.channel === 'online';
    await this.recordEvent(trx, audit, ctx, row, online ? 'submit' : 'receive', online ? 'draft' : null, { materials: spec.materials });
    return { row, materials };
  }

  /** A case event and its audit record, in the transaction of the change. */
  private async recordEvent(trx: Trx, audit: AuditLog, ctx: RequestContext, row: CaseRow, type: string, from: string | null, data: unknown): Promise<void> {
    const at = instantOf(ctx.clock);
    await casesStore.addEvent(trx, { id: newId(ctx.clock), case_id: row.id, case_version: row.version, type, from_state: from, to_state: row.state, at, actor_id: ctx.actor.id, actor_name: ctx.actor.name, data_json: JSON.stringify(data) });
    await audit.record({ action: `case.${type}`, entityType: 'case', entityId: row.id, centerId: row.center_id, before: from ? { state: from } : undefined, after: { state: row.state, caseNo: row.case_no, version: row.version, data } });
  }
}
