import type { Db } from '../../db/database.js';
import type { RequestContext } from '../../kernel/context.js';
import { publicActor } from '../../kernel/context.js';
import { errors, issue, text } from '../../kernel/errors/index.js';
import { newId, newSecretToken } from '../../kernel/ids/ids.js';
import { authorize } from '../../kernel/permissions/policy.js';
import { instantOf } from '../../kernel/time/clock.js';
import type { UnitOfWork } from '../../kernel/unit-of-work.js';
import { recordRating } from './case-rating.js';
import { noRollups, type CaseRollups } from './cases.ports.js';
import { maskedApplicant } from './cases.presenter.js';
import { casesStore } from './cases.store.js';
import type { Applicant } from './domain/applicant.js';
import type { RatingLevel } from './domain/rating.js';
import { PAD_POLICY, padMayRate, padTokenHash, servedAt, servedSince, shouldTouch, type PadRefusal } from './domain/rating-pad.js';
import type { PairPadBody } from './rating-pads.schema.js';
import { ratingPadsStore, type RatingPadRow } from './rating-pads.store.js';

/** The window a pad is bound to, as the organization module tells it. */
export interface PadWindow {
  id: string;
  centerId: string;
  number: string;
  name: string;
  active: boolean;
}

/** What rating pads need from the organization module (wired in app.ts). */
export interface PadOrganization {
  windows(): Promise<PadWindow[]>;
}

const REFUSALS: Record<PadRefusal, ReturnType<typeof text>> = {
  other_window: text('该办件不是在本窗口办理的，不能在本评价器上评价。', 'This case was not served at this window.'),
  not_served: text('该办件尚未办结，办结后才能评价。', 'This case is not completed yet.'),
  too_late: text('评价器只能评价 {m} 分钟内在本窗口办结的办件；请通过办件查询页面评价。', 'A pad rates only cases served here in the last {m} minutes; please rate on the portal.', { m: PAD_POLICY.servedWithinMinutes }),
};

/** 评价器: pairing pads to windows (supervisors and admins), and what a paired pad shows and rates. */
export class RatingPadsService {
  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
    private readonly org: PadOrganization,
    private readonly rollups: CaseRollups = noRollups,
  ) {}

  private view(pad: RatingPadRow, windows: PadWindow[]) {
    const window = windows.find((w) => w.id === pad.window_id);
    return {
      id: pad.id,
      windowId: pad.window_id,
      windowNumber: window?.number ?? '',
      windowName: window?.name ?? '',
      label: pad.label,
      createdAt: pad.created_at,
      revokedAt: pad.revoked_at,
      lastSeenAt: pad.last_seen_at,
    };
  }

  async list(ctx: RequestContext, windowId?: string) {
    authorize(ctx.actor, 'window.pad.manage');
    const [pads, windows] = await Promise.all([ratingPadsStore.list(this.db, ctx.actor.centerScope, windowId), this.org.windows()]);
    return pads.map((p) => this.view(p, windows));
  }

  /** Pairs a new pad with a window. The token is returned once; only its hash is kept. */
  async pair(ctx: RequestContext, input: PairPadBody) {
    const windows = await this.org.windows();
    const window = windows.find((w) => w.id === input.windowId && w.active);
    if (!window) throw errors.invalid([issue('/windowId', 'pad.window_unknown', text('找不到该窗口，或窗口已停用。', 'Unknown or inactive window.'))]);
    authorize(ctx.actor, 'window.pad.manage', { centerId: window.centerId });
    const token = newSecretToken();
    const pad: RatingPadRow = {
      id: newId(ctx.clock),
      window_id: window.id,
      center_id: window.centerId,
      token_hash: padTokenHash(token),
      label: input.label.trim(),
      created_by: ctx.actor.id,
      created_at: instantOf(ctx.clock),
      revoked_at: null,
      last_seen_at: null,
    };
    await this.uow.write(ctx, async (trx, audit) => {
      await ratingPadsStore.insert(trx, pad);
      await audit.record({ action: 'rating_pad.pair', entityType: 'rating_pad', entityId: pad.id, centerId: pad.center_id, after: { windowId: pad.window_id, windowNumber: window.number, label: pad.label } });
    });
    return { pad: this.view(pad, windows), token, path: `/pad?token=${encodeURIComponent(token)}` };
  }

  /** Revokes a pad: its token stops working at once. Revoking again changes nothing. */
  async revoke(ctx: RequestContext, id: string) {
    const pad = await ratingPadsStore.find(this.db, id);
    if (!pad) throw errors.notFound('评价器', id);
    authorize(ctx.actor, 'window.pad.manage', { centerId: pad.center_id });
    const windows = await this.org.windows();
    if (pad.revoked_at) return this.view(pad, windows);
    const at = instantOf(ctx.clock);
    await this.uow.write(ctx, async (trx, audit) => {
      await ratingPadsStore.revoke(trx, id, at);
      await audit.record({ action: 'rating_pad.revoke', entityType: 'rating_pad', entityId: id, centerId: pad.center_id, before: { revokedAt: null }, after: { revokedAt: at, label: pad.label } });
    });
    return this.view({ ...pad, revoked_at: at }, windows);
  }

  /** The pad behind a token: 401 without or with an unknown token, 403 once revoked. */
  private async padOf(ctx: RequestContext, token: string | undefined): Promise<RatingPadRow> {
    const pad = token ? await ratingPadsStore.byTokenHash(this.db, padTokenHash(token)) : null;
    if (!pad) throw errors.unauthenticated('pad.token_unknown', text('评价器未配对或配对码无效，请联系管理员重新配对。', 'This pad is not paired, or its token is invalid; ask an administrator to pair it.'));
    if (pad.revoked_at) throw errors.revoked('pad.revoked', text('该评价器已停用，请联系管理员重新配对。', 'This pad has been revoked; ask an administrator to pair it again.'));
    const now = ctx.clock.now();
    if (shouldTouch(pad.last_seen_at, now)) await ratingPadsStore.touch(this.db, pad.id, now.toISOString());
    return pad;
  }

  /** What the pad shows now: the case just served at its window and not yet rated, or nothing (欢迎). */
  async current(ctx: RequestContext, token: string | undefined) {
    const pad = await this.padOf(ctx, token);
    const window = (await this.org.windows()).find((w) => w.id === pad.window_id);
    const row = await ratingPadsStore.lastServedUnrated(this.db, pad.window_id, servedSince(ctx.clock.now()));
    const served = row
      ? {
          id: row.id,
          caseNo: row.case_no,
          itemName: row.item_name,
          applicantName: maskedApplicant(JSON.parse(row.applicant_json) as Applicant).name,
          clerkName: await ratingPadsStore.servingClerk(this.db, row.id),
          servedAt: servedAt(row)!,
        }
      : null;
    return { pad: { label: pad.label, windowNumber: window?.number ?? '', windowName: window?.name ?? '' }, servedWithinMinutes: PAD_POLICY.servedWithinMinutes, case: served };
  }

  /** A rating on the pad: the case must have been served at the pad's window, lately; once per case. */
  async rate(ctx: RequestContext, token: string | undefined, input: { caseId: string; level: number; comment?: string | undefined }) {
    const pad = await this.padOf(ctx, token);
    const row = await casesStore.find(this.db, input.caseId);
    const refusal = row ? padMayRate(row, pad.window_id, ctx.clock.now()) : 'other_window';
    if (!row || refusal) throw errors.rule(`pad.${refusal ?? 'other_window'}`, REFUSALS[refusal ?? 'other_window']);
    const padCtx: RequestContext = { ...ctx, actor: { ...publicActor, name: `评价器：${pad.label}` } };
    const rating = { level: input.level as RatingLevel, comment: input.comment, channel: 'pad', padId: pad.id } as const;
    await this.uow.write(padCtx, (trx, audit) => recordRating(padCtx, trx, audit, row, rating, this.rollups));
    return { ok: true as const, level: rating.level };
  }
}
