import type { Db, Executor } from '../../db/database.js';
import type { RequestContext } from '../../kernel/context.js';
import { errors, issue, text, type Issue } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids/ids.js';
import { authorize } from '../../kernel/permissions/policy.js';
import { instantOf } from '../../kernel/time/clock.js';
import type { UnitOfWork } from '../../kernel/unit-of-work.js';
import type { AuditLog } from '../../kernel/audit/audit.writer.js';
import { applyCleanupRound, cleanupIssues, CLEANUP_ACTION_LABELS, type CleanupEntry, type CleanupProposal, type CleanupResult } from './catalog.domain.js';
import type { CatalogItem, CleanupProposalInput, CleanupRound, PublishedAnnouncement } from './catalog.records.js';
import type { CatalogReferences } from './catalog.references.js';
import type { CreateRound, UpdateRound } from './catalog-admin.schema.js';
import type { CatalogService } from './catalog.service.js';
import { catalogStore } from './catalog.store.js';
import { actorName, docOf, failIf, orFail } from './catalog.support.js';
import { cleanupStore } from './cleanup.store.js';

/** An announcement entry with its action's label, for pages that show it. */
export type AnnouncementView = Omit<PublishedAnnouncement, 'approvedAt' | 'entries'> & {
  approvedAt: string | null;
  entries: (CleanupEntry & { actionLabel: { 'zh-CN': string; 'en-US': string } })[];
};
export type RoundView = Omit<CleanupRound, 'announcement'> & { announcement: AnnouncementView | null };

/**
 * 清理轮次: the center proposes an action for items of the catalog (retain, cancel, adjust,
 * delegate to a township, merge, make on-the-spot), previews the announcement, and approves the
 * round — which applies it: new versions for changed items, status for cancelled and merged ones,
 * and the public announcement with the before/after figures.
 */
export class CleanupService {
  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
    private readonly catalog: CatalogService,
  ) {}

  async list(ctx: RequestContext, status?: CleanupRound['status']): Promise<Array<CleanupRound & { proposalCount: number }>> {
    authorize(ctx.actor, 'catalog.read');
    return (await cleanupStore.list(this.db, status)).map((r) => ({ ...r, proposalCount: r.proposals.length }));
  }

  async get(ctx: RequestContext, id: string): Promise<RoundView> {
    authorize(ctx.actor, 'catalog.read');
    return presented(orFail(await cleanupStore.find(this.db, id), 'round', id));
  }

  /** A draft round; its proposals are checked against the current catalog (every problem at once). */
  async create(ctx: RequestContext, input: CreateRound): Promise<RoundView> {
    authorize(ctx.actor, 'catalog.manage');
    const refs = await this.catalog.references();
    return this.uow.write(ctx, async (trx, audit) => {
      failIf(await this.issues(trx, input.proposals, refs));
      const at = instantOf(ctx.clock);
      const round: CleanupRound = {
        id: newId(ctx.clock),
        title: input.title,
        documentNo: input.documentNo ?? null,
        status: 'draft',
        proposals: input.proposals,
        announcement: null,
        createdBy: actorName(ctx),
        approvedBy: null,
        approvedAt: null,
        createdAt: at,
        updatedAt: at,
      };
      await cleanupStore.insert(trx, round);
      await audit.record({ action: 'cleanup.create', entityType: 'cleanup_round', entityId: round.id, after: round });
      return presented(round);
    });
  }

  async update(ctx: RequestContext, id: string, patch: UpdateRound): Promise<RoundView> {
    authorize(ctx.actor, 'catalog.manage');
    const refs = await this.catalog.references();
    return this.uow.write(ctx, async (trx, audit) => {
      const before = this.draft(await cleanupStore.find(trx, id), id);
      const after: CleanupRound = { ...before, ...patch, documentNo: patch.documentNo === undefined ? before.documentNo : patch.documentNo, updatedAt: instantOf(ctx.clock) };
      if (patch.proposals) failIf(await this.issues(trx, patch.proposals, refs));
      await cleanupStore.update(trx, after);
      await audit.record({ action: 'cleanup.update', entityType: 'cleanup_round', entityId: id, before, after });
      return presented(after);
    });
  }

  /** The announcement: as published for an approved round, as it would be for a draft (400 with every problem if it no longer applies). */
  async announcement(ctx: RequestContext, id: string): Promise<AnnouncementView> {
    authorize(ctx.actor, 'catalog.read');
    const round = orFail(await cleanupStore.find(this.db, id), 'round', id);
    if (round.announcement) return labelled(round.announcement);
    const { result } = await this.plan(this.db, round.proposals, await this.catalog.references());
    return labelled({ ...result.announcement, roundId: round.id, title: round.title, documentNo: round.documentNo ?? '', approvedAt: null });
  }

  /** Approves a draft and applies it to the catalog, all or nothing. */
  async approve(ctx: RequestContext, id: string, documentNo?: string): Promise<RoundView> {
    authorize(ctx.actor, 'catalog.manage');
    const refs = await this.catalog.references();
    return this.uow.write(ctx, async (trx, audit) => {
      const before = this.draft(await cleanupStore.find(trx, id), id);
      const number = (documentNo ?? before.documentNo ?? '').trim();
      if (number === '') {
        failIf([issue('/documentNo', 'cleanup.document_required', text('批准清理结果须填写公告文号。', 'Approving a cleanup needs the number of the announcement document.'))]);
      }
      const { result, items } = await this.plan(trx, before.proposals, refs);
      await this.refuseTakenCodes(trx, result, items);
      const at = instantOf(ctx.clock);
      for (const entry of result.announcement.entries) await this.applyEntry(trx, audit, { ctx, round: before, entry, result, items, at });
      const approved: CleanupRound = {
        ...before,
        documentNo: number,
        status: 'approved',
        announcement: { ...result.announcement, roundId: before.id, title: before.title, documentNo: number, approvedAt: at },
        approvedBy: actorName(ctx),
        approvedAt: at,
        updatedAt: at,
      };
      await cleanupStore.update(trx, approved);
      await audit.record({ action: 'cleanup.approve', entityType: 'cleanup_round', entityId: id, before: { status: before.status }, after: { status: 'approved', documentNo: number, figures: { before: result.announcement.before, after: result.announcement.after } } });
      return presented(approved);
    });
  }

  /** Approved announcements, newest first (public). */
  async publishedAnnouncements(): Promise<AnnouncementView[]> {
    return (await cleanupStore.list(this.db, 'approved')).flatMap((r) => (r.announcement ? [labelled(r.announcement)] : []));
  }

  private draft(round: CleanupRound | null, id: string): CleanupRound {
    const found = orFail(round, 'round', id);
    if (found.status !== 'draft') {
      throw errors.rule('cleanup.already_approved', text('该清理轮次已批准，不能再修改。', 'This cleanup round is approved already and can no longer change.'));
    }
    return found;
  }

  /** Every problem of the proposals at once: their form (per action) and the domain's rules against the current catalog. */
  private async issues(db: Executor, proposals: readonly CleanupProposalInput[], refs: CatalogReferences): Promise<Issue[]> {
    const converted = toDomain(proposals, refs);
    const items = (await this.catalog.activeItems(db)).map(docOf);
    // A proposal whose form is wrong would only repeat its problem in the domain's words.
    const malformed = new Set(converted.issues.map((i) => i.path.split('/').slice(0, 3).join('/')));
    const rules = cleanupIssues(items, converted.proposals, refs.known).filter((i) => !malformed.has(i.path.split('/').slice(0, 3).join('/')));
    return [...converted.issues, ...rules];
  }

  private async plan(db: Executor, proposals: readonly CleanupProposalInput[], refs: CatalogReferences): Promise<{ result: CleanupResult; items: CatalogItem[] }> {
    failIf(await this.issues(db, proposals, refs));
    const converted = toDomain(proposals, refs);
    const items = await this.catalog.activeItems(db);
    return { result: applyCleanupRound(items.map(docOf), converted.proposals, refs.known), items };
  }

  /** A delegated item's new code must not be the code of a cancelled or merged item either. */
  private async refuseTakenCodes(db: Executor, result: CleanupResult, items: readonly CatalogItem[]): Promise<void> {
    const problems: Issue[] = [];
    for (const [index, entry] of result.announcement.entries.entries()) {
      const item = items.find((i) => i.code === entry.code);
      if (entry.newCode && item && (await catalogStore.codeTaken(db, entry.newCode, item.id))) {
        problems.push(issue(`/proposals/${index}/to`, 'catalog.code_duplicate', text('下放后的实施编码“{code}”已被其他事项使用。', 'The code after delegation, "{code}", is taken by another item.', { code: entry.newCode })));
      }
    }
    failIf(problems);
  }

  private async applyEntry(
    trx: Executor,
    audit: AuditLog,
    a: { ctx: RequestContext; round: CleanupRound; entry: CleanupEntry; result: CleanupResult; items: readonly CatalogItem[]; at: string },
  ): Promise<void> {
    const { entry, items, at, round } = a;
    const item = orFail(items.find((i) => i.code === entry.code), 'item', entry.code);
    const reason = entry.reason ?? '';
    const auditOf = (after: unknown) =>
      audit.record({ action: `item.cleanup.${entry.action}`, entityType: 'item', entityId: item.id, before: { version: item.version, status: item.status }, after });
    switch (entry.action) {
      case 'retain':
        return;
      case 'cancel':
      case 'merge': {
        const into = entry.intoCode ? items.find((i) => i.code === entry.intoCode) : undefined;
        const status = entry.action === 'cancel' ? 'cancelled' : 'merged';
        await catalogStore.setStatus(trx, item.id, { status, reason, mergedIntoId: into?.id ?? null, cleanupRoundId: round.id, at });
        return auditOf({ status, reason, mergedIntoId: into?.id ?? null, roundId: round.id });
      }
      default: {
        const code = entry.newCode ?? entry.code;
        const doc = orFail(a.result.items.find((i) => i.code === code), 'item', code);
        const version = item.version + 1;
        await catalogStore.addVersion(trx, { itemId: item.id, version, doc, changes: entry.changes, reason, source: 'cleanup', cleanupRoundId: round.id, createdBy: actorName(a.ctx), at });
        return auditOf({ version, changes: entry.changes, roundId: round.id });
      }
    }
  }
}

function presented(round: CleanupRound): RoundView {
  return { ...round, announcement: round.announcement ? labelled(round.announcement) : null };
}

function labelled(announcement: Omit<AnnouncementView, 'entries'> & { entries: CleanupEntry[] }): AnnouncementView {
  return { ...announcement, entries: announcement.entries.map((e) => ({ ...e, actionLabel: CLEANUP_ACTION_LABELS[e.action] })) };
}

const FOR_ACTION = { changes: 'adjust', to: 'delegate', intoCode: 'merge' } as const;

/** The proposals as the domain takes them; a delegation's code parts come from the receiving department. */
function toDomain(inputs: readonly CleanupProposalInput[], refs: CatalogReferences): { proposals: CleanupProposal[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const proposals = inputs.map((input, index): CleanupProposal => {
    const at = `/proposals/${index}`;
    for (const [field, action] of Object.entries(FOR_ACTION)) {
      const present = input[field as keyof typeof FOR_ACTION] !== undefined;
      if (present !== (input.action === action)) {
        issues.push(
          present
            ? issue(`${at}/${field}`, 'cleanup.field_not_for_action', text('“{field}”只用于“{zh}”，请删去。', '"{field}" belongs to {en} only; remove it.', { field, zh: CLEANUP_ACTION_LABELS[action]['zh-CN'], en: action }))
            : issue(`${at}/${field}`, 'cleanup.field_required', text('“{zh}”须填写“{field}”。', 'A proposal to {en} needs "{field}".', { field, zh: CLEANUP_ACTION_LABELS[action]['zh-CN'], en: action })),
        );
      }
    }
    const base = { code: input.code, reason: input.reason ?? '' };
    switch (input.action) {
      case 'retain':
        return input.reason === undefined ? { action: 'retain', code: input.code } : { action: 'retain', ...base };
      case 'cancel':
      case 'toOnTheSpot':
        return { action: input.action, ...base };
      case 'merge':
        return { action: 'merge', ...base, intoCode: input.intoCode ?? '' };
      case 'adjust':
        return { action: 'adjust', ...base, changes: input.changes ?? {} };
      case 'delegate': {
        const department = input.to ? refs.department(input.to.departmentId) : undefined;
        if (input.to && (!department || !department.active)) {
          issues.push(issue(`${at}/to/departmentId`, 'cleanup.department_unknown', text('找不到承接部门，或已停用。', 'The receiving department is unknown or inactive.')));
        } else if (department && !department.creditCode) {
          issues.push(
            issue(`${at}/to/departmentId`, 'item.department_credit_code_missing', text('承接部门“{name}”尚未登记统一社会信用代码；请先在组织管理中填写。', 'The receiving department "{name}" has no unified social credit code yet; enter it under Organization first.', { name: department.name })),
          );
        }
        const regionCode = input.to?.regionCode ?? (department ? refs.center(department.centerId)?.regionCode : undefined) ?? '';
        return {
          action: 'delegate',
          ...base,
          to: { regionCode, departmentCode: department?.creditCode ?? '', departmentId: input.to?.departmentId ?? '', windowIds: input.to?.windowIds ?? [] },
        };
      }
    }
  });
  return { proposals, issues };
}
