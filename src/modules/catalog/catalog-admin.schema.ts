import Type, { type Static } from 'typebox';
import { CalendarDate, Id, Strict, Text } from '../../http/schema-helpers.js';
import { CLEANUP_ACTIONS } from './catalog.domain.js';
import { FeeSchema, ItemChangeView, ItemStatusSchema, ItemType, LifeEventId, Localized, MaterialSchema, UpdateItem } from './catalog.schema.js';
import { Nullable } from '../../http/schema-helpers.js';

/** Schemas of bundles (一件事), cleanup rounds (清理) and the fee catalog (收费目录). */

const LifeEvents = Type.Array(LifeEventId, { maxItems: 20 });

// ── bundles 一件事 ────────────────────────────────────────
export const CreateBundle = Strict({
  code: Type.String({ maxLength: 100, description: 'Bundle code, unique, e.g. YJS-KBCYD' }),
  name: Type.String({ maxLength: 500 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  itemCodes: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 30, description: 'Codes of the active items, in the order of handling' }),
  lifeEvents: Type.Optional(LifeEvents),
});
export type CreateBundle = Static<typeof CreateBundle>;
export const UpdateBundle = Strict({ ...Type.Partial(CreateBundle).properties });
export type UpdateBundle = Static<typeof UpdateBundle>;

export const BundleView = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  lifeEvents: Type.Array(Type.String()),
  active: Type.Boolean(),
  items: Type.Array(Type.Object({ id: Type.String(), code: Type.String(), name: Type.String(), status: ItemStatusSchema })),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

const materialFields = MaterialSchema.properties;
export const BundleGuideView = Type.Object({
  code: Type.String(),
  name: Type.String(),
  description: Type.Optional(Type.String()),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      code: Type.String(),
      name: Type.String(),
      type: ItemType,
      departmentId: Type.String(),
      departmentName: Type.String(),
      legalDays: Type.Integer(),
      promisedDays: Type.Integer(),
      maxVisits: Type.Integer(),
    }),
  ),
  materials: Type.Array(
    Type.Object({
      name: Type.String(),
      issuingBody: materialFields.issuingBody,
      originals: Type.Integer(),
      copies: Type.Integer(),
      requirement: materialFields.requirement,
      conditions: Type.Array(Type.String()),
      templateRef: materialFields.templateRef,
      neededBy: Type.Array(Type.Object({ code: Type.String(), name: Type.String() }), { description: 'The items that need this material' }),
    }),
    { description: 'Each material once, however many items need it' },
  ),
  fees: Type.Array(Type.Object({ itemCode: Type.String(), itemName: Type.String(), fee: FeeSchema })),
  materialCounts: Type.Object({ separately: Type.Integer(), together: Type.Integer() }),
});
export const PublicBundleView = Type.Object({ bundle: BundleView, guide: BundleGuideView });

// ── cleanup rounds 清理 ───────────────────────────────────
const { reason: _reason, lifeEvents: _lifeEvents, ...adjustable } = UpdateItem.properties;
export const ProposalSchema = Strict({
  action: Type.Enum(CLEANUP_ACTIONS, { description: '保留 retain / 取消 cancel / 调整 adjust / 下放 delegate / 合并 merge / 即办化 toOnTheSpot' }),
  code: Type.String({ maxLength: 100, description: 'The item code' }),
  reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Published; required for every action but retain' })),
  changes: Type.Optional(Strict(adjustable, { description: 'adjust: the elements that change' })),
  to: Type.Optional(
    Strict(
      {
        departmentId: Id,
        windowIds: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 })),
        regionCode: Type.Optional(Type.String({ maxLength: 12, description: "Default: the region of the department's center" })),
      },
      { description: 'delegate: the receiving township department and its windows' },
    ),
  ),
  intoCode: Type.Optional(Type.String({ maxLength: 100, description: 'merge: the code of the item that takes this one in' })),
});
export const CreateRound = Strict({
  title: Text(200, { description: 'e.g. 2026 年行政审批事项清理' }),
  documentNo: Type.Optional(Nullable(Type.String({ maxLength: 100, description: '公告文号, needed at approval' }))),
  proposals: Type.Array(ProposalSchema, { maxItems: 5000 }),
});
export type CreateRound = Static<typeof CreateRound>;
export const UpdateRound = Strict({ ...Type.Partial(CreateRound).properties });
export type UpdateRound = Static<typeof UpdateRound>;
export const ApproveRound = Strict({ documentNo: Type.Optional(Type.String({ maxLength: 100 })) });

const Figures = Type.Object({
  items: Type.Integer({ description: 'Main items' }),
  subItems: Type.Integer(),
  licensingItems: Type.Integer(),
  promisedItems: Type.Integer(),
  onTheSpotItems: Type.Integer(),
  legalDaysTotal: Type.Integer({ description: 'Σ legal days over promised-type items' }),
  promisedDaysTotal: Type.Integer({ description: 'Σ promised days over promised-type items' }),
  compressionRatio: Type.Union([Type.Number(), Type.Null()], { description: '承诺时限压缩比 Σ promised ÷ Σ legal' }),
});
export const AnnouncementView = Type.Object({
  roundId: Type.String(),
  title: Type.String(),
  documentNo: Type.String(),
  approvedAt: Nullable(Type.String({ description: 'Null in a preview' })),
  before: Figures,
  after: Figures,
  actionCounts: Type.Record(Type.String(), Type.Integer()),
  onTheSpotConversionRatio: Type.Union([Type.Number(), Type.Null()]),
  entries: Type.Array(
    Type.Object({
      action: Type.String(),
      actionLabel: Localized,
      code: Type.String(),
      name: Type.String(),
      type: Type.String(),
      subItem: Type.Boolean(),
      reason: Type.Optional(Type.String()),
      newCode: Type.Optional(Type.String()),
      intoCode: Type.Optional(Type.String()),
      intoName: Type.Optional(Type.String()),
      changes: Type.Array(ItemChangeView),
    }),
  ),
});

const roundFields = {
  id: Type.String(),
  title: Type.String(),
  documentNo: Nullable(Type.String()),
  status: Type.Union([Type.Literal('draft'), Type.Literal('approved')]),
  createdBy: Type.String(),
  approvedBy: Nullable(Type.String()),
  approvedAt: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
};
export const RoundSummaryView = Type.Object({ ...roundFields, proposalCount: Type.Integer() });
export const RoundView = Type.Object({ ...roundFields, proposals: Type.Array(ProposalSchema), announcement: Nullable(AnnouncementView) });
export const RoundQuery = Strict({ status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('approved')])) });

// ── fee catalog 收费目录 ──────────────────────────────────
export const CreateFee = Strict({
  name: Type.String({ maxLength: 200 }),
  departmentId: Type.Optional(Nullable(Id)),
  standard: Type.String({ maxLength: 500, description: 'e.g. 每证 20 元' }),
  legalBasis: Type.String({ maxLength: 1000, description: 'The document and its number; no basis, no fee' }),
  amountFen: Type.Optional(Nullable(Type.Integer({ description: 'Fixed amount in fen (分)' }))),
  waivable: Type.Optional(Type.Boolean()),
});
export type CreateFee = Static<typeof CreateFee>;
export const CancelFee = Strict({
  cancelledOn: CalendarDate,
  documentNo: Type.String({ maxLength: 100, description: 'The document that cancels the fee, e.g. 苏政发〔2009〕111号' }),
  reason: Type.Optional(Type.String({ maxLength: 1000 })),
});
export type CancelFee = Static<typeof CancelFee>;
export const FeeView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  departmentId: Nullable(Type.String()),
  departmentName: Type.String(),
  standard: Type.String(),
  legalBasis: Type.String(),
  amountFen: Nullable(Type.Integer()),
  waivable: Type.Boolean(),
  status: Type.Union([Type.Literal('active'), Type.Literal('cancelled')]),
  cancelledOn: Nullable(Type.String()),
  cancelDocumentNo: Nullable(Type.String()),
  cancelReason: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export const FeeQuery = Strict({
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('cancelled')])),
  departmentId: Type.Optional(Id),
});
export const CancelFeeView = Type.Object({
  fee: FeeView,
  itemsStillCharging: Type.Array(Type.Object({ id: Type.String(), code: Type.String(), name: Type.String() }), {
    description: 'Active items whose fees still name this fee: adjust them',
  }),
});
