import Type, { type Static, type TSchema } from 'typebox';
import { ErrorResponse, Id, Nullable, Strict, Text } from '../../http/schema-helpers.js';
import { CHANNELS, ITEM_TYPES, MATERIAL_REQUIREMENTS, STEP_ROLES } from './catalog.domain.js';
import { ITEM_STATUSES, VERSION_SOURCES } from './catalog.records.js';
import { LIFE_EVENT_IDS } from './life-events.js';

/**
 * Schemas of items, their versions and service guides. Shapes and types are checked here; the
 * rules (ranges, promised ≤ legal, known departments and windows …) by the domain, so that every
 * problem of an item is reported at once with a message that says what to do.
 */

const errorResponses = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 413: ErrorResponse, 422: ErrorResponse };
/** A route's responses: the view, and the error shape for every client error. */
export const response = (view: TSchema) => ({ 200: view, ...errorResponses });

export const Localized = Type.Object({ 'zh-CN': Type.String(), 'en-US': Type.String() }, { description: 'Text in zh-CN and en-US' });
const Line = (maxLength = 2000) => Type.String({ maxLength });
const Lines = (description: string) => Type.Array(Line(), { maxItems: 100, description });

export const ItemType = Type.Enum(ITEM_TYPES, { description: '行政许可 licensing / 非行政许可审批 / 公共服务 / 行政确认 / 其他' });
export const Channel = Type.Enum(CHANNELS);
export const LifeEventId = Type.Enum(LIFE_EVENT_IDS);
const CaseType = Type.Union([Type.Literal('onTheSpot'), Type.Literal('promised')], { description: '即办件 (promisedDays 0) or 承诺件' });
export const ItemStatusSchema = Type.Enum(ITEM_STATUSES);

export const MaterialSchema = Strict({
  name: Line(500),
  originals: Type.Integer(),
  copies: Type.Integer(),
  requirement: Type.Enum(MATERIAL_REQUIREMENTS),
  condition: Type.Optional(Line()),
  issuingBody: Type.Optional(Line(500)),
  templateRef: Type.Optional(Line(500)),
});
export const FeeSchema = Strict({
  name: Line(500),
  standard: Line(500),
  legalBasis: Line(),
  waivable: Type.Boolean(),
  amountFen: Type.Optional(Type.Integer({ description: 'Fixed amount in fen (分)' })),
});
export const StepSchema = Strict({ name: Line(500), role: Type.Enum(STEP_ROLES), sharePercent: Type.Integer() });

/** The elements of an item (ItemDraft), each optional: the base of create and update bodies. */
const itemElements = {
  name: Line(500),
  type: ItemType,
  departmentId: Type.String({ maxLength: 100, description: 'The implementing department (organization module)' }),
  legalBasis: Lines('设定依据, one provision per entry'),
  legalDays: Type.Integer({ description: '法定时限 in working days' }),
  promisedDays: Type.Integer({ description: '承诺时限 in working days; 0 = 即办件' }),
  maxVisits: Type.Integer({ description: '最多跑动次数 0–10' }),
  channels: Type.Array(Channel, { maxItems: 10 }),
  agencyAllowed: Type.Boolean({ description: '可代办' }),
  conditions: Lines('受理条件, one per entry'),
  materials: Type.Array(MaterialSchema, { maxItems: 200 }),
  fees: Type.Array(FeeSchema, { maxItems: 50 }),
  steps: Type.Array(StepSchema, { maxItems: 50 }),
  result: Type.Optional(Line(500)),
  windowIds: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50, description: 'Windows that take the item' }),
};
const LifeEvents = Type.Array(LifeEventId, { maxItems: 20, description: '主题分类 for the portal' });

export const CreateItem = Strict({
  code: Type.String({ maxLength: 100, description: '实施编码 {basic12}-{region6|9}-{department credit code}' }),
  ...itemElements,
  legalBasis: Type.Optional(itemElements.legalBasis),
  channels: itemElements.channels,
  agencyAllowed: Type.Optional(itemElements.agencyAllowed),
  conditions: Type.Optional(itemElements.conditions),
  materials: Type.Optional(itemElements.materials),
  fees: Type.Optional(itemElements.fees),
  steps: Type.Optional(itemElements.steps),
  windowIds: Type.Optional(itemElements.windowIds),
  lifeEvents: Type.Optional(LifeEvents),
  reason: Type.Optional(Text(500, { description: 'Why the item is added (default 新增事项)' })),
});
export type CreateItem = Static<typeof CreateItem>;

export const UpdateItem = Strict({
  ...Type.Partial(Type.Object(itemElements)).properties,
  lifeEvents: Type.Optional(LifeEvents),
  reason: Text(500, { description: 'Why the item changes: kept with the new version' }),
});
export type UpdateItem = Static<typeof UpdateItem>;

// ── views ─────────────────────────────────────────────────

const itemIdentity = {
  id: Type.String(),
  code: Type.String(),
  mainCode: Nullable(Type.String({ description: 'For a sub-item (办理项): its main item code' })),
  status: ItemStatusSchema,
  version: Type.Integer(),
  lifeEvents: Type.Array(Type.String()),
  caseType: CaseType,
  departmentName: Type.String(),
};

export const ItemView = Type.Object({
  ...itemIdentity,
  ...itemElements,
  departmentId: Type.String(),
  statusReason: Nullable(Type.String()),
  statusChangedAt: Nullable(Type.String()),
  mergedIntoId: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const ItemSummaryView = Type.Object({
  ...itemIdentity,
  name: Type.String(),
  type: ItemType,
  departmentId: Type.String(),
  legalDays: Type.Integer(),
  promisedDays: Type.Integer(),
  maxVisits: Type.Integer(),
  channels: Type.Array(Channel),
  updatedAt: Type.String(),
});

export const PageOf = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

export const ItemChangeView = Type.Object({
  path: Type.String(),
  field: Type.String(),
  kind: Type.Union([Type.Literal('added'), Type.Literal('removed'), Type.Literal('changed')]),
  label: Localized,
  before: Type.Optional(Type.Unknown()),
  after: Type.Optional(Type.Unknown()),
});

const versionFields = {
  itemId: Type.String(),
  version: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  reason: Type.String(),
  source: Type.Enum(VERSION_SOURCES),
  cleanupRoundId: Nullable(Type.String()),
  createdBy: Type.String(),
  createdAt: Type.String(),
  changes: Type.Array(ItemChangeView),
};
export const VersionSummaryView = Type.Object(versionFields);
export const VersionView = Type.Object({ ...versionFields, doc: Type.Object({ code: Type.String(), ...itemElements, departmentId: Type.String() }) });

export const WriteResult = Type.Object({
  item: ItemView,
  changed: Type.Boolean({ description: 'False when the update changed nothing: no new version was made' }),
});

// ── service guide ─────────────────────────────────────────

const GuideBlock = Type.Union([
  Type.Object({ type: Type.Literal('fields'), fields: Type.Array(Type.Object({ label: Localized, value: Localized })) }),
  Type.Object({ type: Type.Literal('list'), ordered: Type.Boolean(), entries: Type.Array(Localized) }),
  Type.Object({ type: Type.Literal('table'), columns: Type.Array(Localized), rows: Type.Array(Type.Array(Localized)) }),
  Type.Object({ type: Type.Literal('note'), text: Localized }),
]);
export const ServiceGuideView = Type.Object(
  {
    itemCode: Type.String(),
    title: Localized,
    sections: Type.Array(Type.Object({ id: Type.String(), heading: Localized, blocks: Type.Array(GuideBlock) })),
  },
  { description: '服务指南 / 一次性告知单: nine sections of layout-neutral blocks, for the portal page and the A4 print layout' },
);

const GuideWindowView = Type.Object({ id: Type.String(), number: Type.String(), name: Type.String(), location: Type.String(), phone: Type.String() });
export const PublicItemView = Type.Object({
  item: ItemView,
  guide: ServiceGuideView,
  department: Type.Object({ id: Type.String(), name: Type.String(), phone: Type.String() }),
  windows: Type.Array(GuideWindowView),
  center: Type.Object({ name: Type.String(), address: Type.String(), phone: Type.String() }),
});

// ── queries ───────────────────────────────────────────────

const searchFields = {
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Words in the name, code, result, legal basis or department name' })),
  departmentId: Type.Optional(Id),
  type: Type.Optional(ItemType),
  lifeEvent: Type.Optional(LifeEventId),
  channel: Type.Optional(Channel),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
};
export const PublicItemQuery = Strict(searchFields);
export type PublicItemQuery = Static<typeof PublicItemQuery>;
export const ItemQuery = Strict({ ...searchFields, status: Type.Optional(Type.Union([ItemStatusSchema, Type.Literal('all')], { description: 'Default active' })) });
export type ItemQuery = Static<typeof ItemQuery>;

export const VersionParams = Strict({ id: Id, version: Type.Integer({ minimum: 1 }) });
export const ItemKeyParams = Strict({ id: Type.String({ minLength: 1, maxLength: 100, description: 'Item id or item code' }) });

export const LifeEventView = Type.Object({
  id: Type.String(),
  audience: Type.Union([Type.Literal('person'), Type.Literal('enterprise')]),
  label: Localized,
  items: Type.Integer({ description: 'Active items in this life event' }),
  bundles: Type.Integer({ description: 'Active bundles in this life event' }),
});

export const ImportView = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  codes: Type.Object({ created: Type.Array(Type.String()), updated: Type.Array(Type.String()) }),
});
