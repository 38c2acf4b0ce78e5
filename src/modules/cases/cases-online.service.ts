import type { Db, Trx } from '../../db/database.js';
import { chinaDateOf } from '../../kernel/calendar/index.js';
import { systemActor, type RequestContext } from '../../kernel/context.js';
import { errors, isConflict, text } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids/ids.js';
import { authorizeApplicant } from '../../kernel/permissions/applicant-policy.js';
import { instantOf } from '../../kernel/time/clock.js';
import type { UnitOfWork } from '../../kernel/unit-of-work.js';
import type { Item } from '../catalog/catalog.domain.js';
import type { CaseUploadsService, UploadTarget } from './cases-uploads.service.js';
import { onlineStore, type OnlineApplicationRow } from './cases-online.store.js';
import type { OnlinePorts } from './cases-online.ports.js';
import type { ItemForCase } from './cases.ports.js';
import { applicationView, applicationSummary } from './cases-online.presenter.js';
import type { CasesService } from './cases.service.js';
import { caseErrors } from './cases.errors.js';
import { casesStore, type CaseRow } from './cases.store.js';
import { applicantIssues, identityChangeIssues, normalizeApplicant, type Applicant } from './domain/applicant.js';
import type { MaterialProblem, Performer } from './domain/lifecycle.js';
import { DRAFT_KEEP_DAYS, draftsAbandonedBefore } from './domain/draft-retention.js';
import { applicantMayUpload } from './domain/upload.js';
import { offeredOnline, preReviewIssues, submissionIssues, submissionKey, submittedMaterials } from './domain/online.js';

/**
 * 网上申请: an applicant's drafts and submissions (draft → submitted), and the staff's pre-review
 * (预审: pass → received, return → correction). The submitted case keeps the draft's id, so files
 * uploaded to the draft are the case's files. Applicants see only their own applications.
 */
export class OnlineApplicationsService {
  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
    private readonly cases: CasesService,
    private readonly uploads: CaseUploadsService,
    private readonly ports: OnlinePorts,
  ) {}

  private accountOf(ctx: RequestContext, permission: 'application.read' | 'application.write'): string {
    authorizeApplicant(ctx.actor, permission);
    return ctx.actor.id!;
  }

  /** The applicant's own application; another's is "not found" (its existence is not revealed). */
  private async own(ctx: RequestContext, id: string, permission: 'application.read' | 'application.write') {
    const accountId = this.accountOf(ctx, permission);
    const application = await onlineStore.find(this.db, id);
    if (!application || application.account_id !== accountId) throw errors.notFound('网上申请', id);
    const caseRow = application.case_id ? await casesStore.find(this.db, application.case_id) : null;
    return { application, caseRow };
  }

  private async itemOf(application: OnlineApplicationRow, caseRow: CaseRow | null): Promise<Item> {
    const item = await this.ports.itemVersion(application.item_id, caseRow?.item_version ?? application.item_version);
    if (!item) throw errors.notFound('事项', application.item_id);
    return item;
  }

  /** 我的办件: drafts and submitted applications with their state and expected completion date. */
  async mine(ctx: RequestContext) {
    const accountId = this.accountOf(ctx, 'application.read');
    return (await onlineStore.ofAccount(this.db, accountId)).map((a) => applicationSummary(a.application, a.case));
  }

  async view(ctx: RequestContext, id: string) {
    const { application, caseRow } = await this.own(ctx, id, 'application.read');
    const [item, uploads, events] = await Promise.all([this.itemOf(application, caseRow), this.uploads.list(application.id), caseRow ? casesStore.events(this.db, caseRow.id) : []]);
    return applicationView(application, caseRow, item, uploads, events);
  }

  /**
   * Deletes the drafts nobody has changed (no edit, no file) for DRAFT_KEEP_DAYS, with their files:
   * the portal tells applicants so. Safe on several instances at once: a draft changed or deleted
   * meanwhile is left to the change (its version no longer matches).
   */
  async purgeAbandonedDrafts(now: Date, batch = 200): Promise<number> {
    const ctx: RequestContext = { actor: { ...systemActor, name: '系统（草稿清理）' }, clock: { now: () => now }, locale: 'zh-CN', requestId: 'job:draft-purge' };
    let purged = 0;
    const before = draftsAbandonedBefore(now);
    for (const draft of await onlineStore.abandonedDrafts(this.db, before, batch)) {
      const removed = await this.uow
        .write(ctx, async (trx, audit) => {
          if (!(await onlineStore.deleteAbandonedDraft(trx, draft.id, draft.version, before))) throw errors.conflict('online.draft_changed', text('草稿已有改动。', 'The draft has changed.'));
          const files = await this.uploads.removeAllOf(trx, draft.id);
          await audit.record({
            action: 'online.draft_purge',
            entityType: 'online_application',
            entityId: draft.id,
            before: { accountId: draft.account_id, itemId: draft.item_id, itemName: draft.item_name, updatedAt: draft.updated_at, files: files.files, bytes: files.bytes },
            after: { reason: `${DRAFT_KEEP_DAYS} 天未修改 untouched for ${DRAFT_KEEP_DAYS} days` },
          });
          return files;
        })
        .catch((error: unknown) => {
          if (isConflict(error)) return null;
          throw error;
        });
      if (!removed) continue;
      await removed.removeStored();
      purged++;
    }
    return purged;
  }

  /** Starts a draft for an item offered online, with the applicant prefilled from the account. */
  async start(ctx: RequestContext, itemId: string) {
    const accountId = this.accountOf(ctx, 'application.write');
    const found = await this.ports.itemForCase(itemId);
    if (!found) throw caseErrors.itemUnknown();
    if (!offeredOnline(found.item)) throw caseErrors.notOfferedOnline();
    const applicant = await this.ports.applicantOf(accountId);
    if (!applicant) throw errors.unauthenticated();
    const now = instantOf(ctx.clock);
    const row: OnlineApplicationRow = {
      id: newId(ctx.clock),
      account_id: accountId,
      item_id: found.itemId,
      item_version: found.version,
      item_name: found.item.name,
      department_id: found.item.departmentId,
      applicant_json: JSON.stringify(applicant),
      state: 'draft',
      case_id: null,
      version: 1,
      created_at: now,
      updated_at: now,
      submitted_at: null,
    };
    await this.uow.write(ctx, async (trx, audit) => {
      await onlineStore.insert(trx, row);
      await audit.record({ action: 'online.draft', entityType: 'online_application', entityId: row.id, after: { itemId: row.item_id, itemVersion: row.item_version } });
    });
    return this.view(ctx, row.id);
  }

  /** Changes the applicant data of a draft (e.g. another contact phone); every problem at once. */
  async update(ctx: RequestContext, id: string, input: { applicant: Applicant }) {
    const { application } = await this.own(ctx, id, 'application.write');
    if (application.state !== 'draft') throw errors.rule('online.not_draft', text('已提交的申请不能再修改。', 'A submitted application cannot be changed.'));
    const applicant = normalizeApplicant(input.applicant);
    const problems = [...(await this.identityIssues(application.account_id, applicant)), ...applicantIssues(applicant, chinaDateOf(instantOf(ctx.clock)))];
    if (problems.length > 0) throw errors.invalid(problems);
    await this.uow.write(ctx, async (trx, audit) => {
      if (!(await onlineStore.updateIfVersion(trx, id, application.version, { applicant_json: JSON.stringify(applicant), updated_at: instantOf(ctx.clock) }))) {
        throw errors.conflict('online.version_conflict', text('申请已在别处更新，请刷新后重试。', 'The application changed elsewhere; reload and retry.'));
      }
      await audit.record({ action: 'online.update', entityType: 'online_application', entityId: id });
    });
    return this.view(ctx, id);
  }

  /** Issues for an applicant that is not the account's own identity (an online application is made in one's own name). */
  private async identityIssues(accountId: string, applicant: Applicant) {
    const own = await this.ports.applicantOf(accountId);
    if (!own) throw errors.unauthenticated();
    return identityChangeIssues(own, applicant);
  }

  /** The files of an application may change while it is a draft or returned for correction. */
  private async uploadTarget(ctx: RequestContext, id: string) {
    const { application, caseRow } = await this.own(ctx, id, 'application.write');
    if (!applicantMayUpload(caseRow?.state ?? application.state)) {
      throw errors.rule('online.files_locked', text('申请已提交，文件不能再更改（被退回补正时可以）。', 'The application is submitted; files can change only when it is returned for correction.'));
    }
    const item = await this.itemOf(application, caseRow);
    const target: UploadTarget = { caseId: application.id, centerId: caseRow?.center_id ?? null, materials: item.materials.map((m) => m.name) };
    if (caseRow) return target;
    // A draft: the file marks it changed, in the upload's transaction (see onlineStore.touchDraft).
    return {
      ...target,
      stillOpen: async (trx: Trx) => {
        if (!(await onlineStore.touchDraft(trx, application.id, instantOf(ctx.clock)))) {
          throw errors.conflict('online.draft_gone', text('该草稿已提交或已被清理，文件未保存，请刷新后查看。', 'The draft was submitted or purged meanwhile; the file was not kept. Reload.'));
        }
      },
    };
  }

  async upload(ctx: RequestContext, id: string, input: { material: string; fileName: string; bytes: Buffer }) {
    return this.uploads.add(ctx, await this.uploadTarget(ctx, id), input);
  }

  async removeUpload(ctx: RequestContext, id: string, uploadId: string): Promise<void> {
    await this.uploads.remove(ctx, await this.uploadTarget(ctx, id), uploadId);
  }

  async download(ctx: RequestContext, id: string, uploadId: string) {
    await this.own(ctx, id, 'application.read');
    return this.uploads.open(id, uploadId);
  }

  /** 提交: the draft becomes a case awaiting pre-review. A retry with the same key (or of a submitted draft) gives the same case. */
  async submit(ctx: RequestContext, id: string, clientKey: string) {
    const accountId = this.accountOf(ctx, 'application.write');
    const key = submissionKey(accountId, clientKey);
    const { application } = await this.own(ctx, id, 'application.write');
    const keyed = await casesStore.caseForKey(this.db, key);
    if (keyed && keyed.caseId !== id) {
      throw errors.conflict('online.key_reused', text('该提交编号已用于您的另一份申请，请刷新页面后重新提交。', 'This submission key was used for another of your applications; reload the page and submit again.'));
    }
    if (keyed || application.state === 'submitted') return this.view(ctx, id);
    const found = await this.ports.itemForCase(application.item_id);
    if (!found) throw caseErrors.itemUnknown();
    if (!offeredOnline(found.item)) throw caseErrors.notOfferedOnline();
    const item = found.item;
    const applicant = JSON.parse(application.applicant_json) as Applicant;
    const now = instantOf(ctx.clock);
    const today = chinaDateOf(now);
    const uploaded = (await this.uploads.list(id)).map((u) => u.material);
    const problems = [...(await this.identityIssues(application.account_id, applicant)), ...applicantIssues(applicant, today), ...submissionIssues(item.materials, uploaded)];
    if (problems.length > 0) throw errors.invalid(problems);
    try {
      await this.createCase(ctx, application, key, found, applicant, uploaded);
    } catch (error) {
      // A double submission at the same moment: the one that lost sees the winner's case.
      if (!isConflict(error)) throw error;
      if ((await onlineStore.find(this.db, id))?.state !== 'submitted') throw error;
    }
    return this.view(ctx, id);
  }

  /** The case of a submission (it keeps the draft's id), in one transaction with the draft's change. */
  private async createCase(ctx: RequestContext, application: OnlineApplicationRow, key: string, found: ItemForCase, applicant: Applicant, uploaded: string[]): Promise<void> {
    const item = found.item;
    const centerId = await this.ports.centerOfDepartment(item.departmentId);
    const numbering = centerId ? await this.ports.centerNumbering(centerId) : null;
    if (!centerId || !numbering) throw errors.notFound('服务中心', item.departmentId);
    const now = instantOf(ctx.clock);
    const reservedNumber = await this.cases.reserveNumber(ctx, centerId);
    await this.cases.numbered(() => this.uow.write(ctx, async (trx, audit) => {
      if (await casesStore.caseForKey(trx, key)) throw errors.conflict('online.already_submitted', text('该申请已提交。', 'The application was already submitted.'));
      if (!(await onlineStore.updateIfVersion(trx, application.id, application.version, { state: 'submitted', case_id: application.id, item_version: found.version, submitted_at: now, updated_at: now }))) {
        throw errors.conflict('online.version_conflict', text('申请已在别处提交或更新，请刷新。', 'The application was submitted or changed elsewhere; reload.'));
      }
      await this.cases.createCase(trx, audit, ctx, {
        id: application.id,
        centerId,
        numbering,
        found,
        channel: 'online',
        applicant,
        windowId: null,
        createdBy: null,
        idempotencyKey: key,
        requestFingerprint: null,
        materials: submittedMaterials(item.materials, uploaded).map((m) => ({ ...m, note: '网上提交' })),
        reservedNumber,
      });
    }));
  }

  /** 补正后重新提交: the applicant resubmits a returned application after replacing files. */
  async resubmit(ctx: RequestContext, id: string, version: number) {
    const { caseRow } = await this.own(ctx, id, 'application.write');
    if (!caseRow) throw errors.rule('online.not_submitted', text('申请尚未提交。', 'The application has not been submitted.'));
    const performer: Performer = { id: ctx.actor.id, roles: [], mayDecide: false, kind: 'applicant' };
    await this.cases.actOnline(ctx, caseRow, version, { type: 'resubmit' }, performer);
    return this.view(ctx, id);
  }

  // ── staff: 网上预审 ──
  /** Submitted online applications awaiting pre-review in the actor's scope, with their files. */
  async preReviewQueue(ctx: RequestContext) {
    const rows = await this.cases.list(ctx, { state: 'submitted', limit: 200 });
    const uploads = await this.uploads.listOf(rows.map((r) => r.id));
    return rows.map((c) => ({ ...c, uploads: uploads.filter((u) => u.case_id === c.id).map((u) => ({ id: u.id, material: u.material, fileName: u.file_name, type: u.type, bytes: u.bytes })) }));
  }

  /** 预审: pass (the application is received) or return listing every problem at once. */
  async preReview(ctx: RequestContext, caseId: string, version: number, input: { outcome: 'pass' | 'return'; problems?: MaterialProblem[]; note?: string }) {
    const problems = preReviewIssues(input.outcome, input.problems ?? []);
    if (problems.length > 0) throw errors.invalid(problems);
    const action = { type: 'preReview' as const, outcome: input.outcome, ...(input.outcome === 'return' ? { problems: input.problems ?? [] } : {}), ...(input.note ? { note: input.note } : {}) };
    await this.cases.act(ctx, caseId, version, action);
    return this.cases.detail(ctx, caseId);
  }
}
