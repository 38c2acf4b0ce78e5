import Type, { type Static } from 'typebox';
import { Id, Strict, Text } from '../../http/schema-helpers.js';
import { SUSPENSION_KINDS } from './domain/lifecycle.js';
import { CASE_TASK_NAMES } from './domain/tasks.js';

const Person = Strict({ type: Type.Literal('person'), name: Text(50), idNumber: Type.String({ maxLength: 30 }), phone: Type.String({ maxLength: 30 }) });
const Enterprise = Strict({
  type: Type.Literal('enterprise'),
  name: Text(100),
  creditCode: Type.String({ maxLength: 30 }),
  legalRepresentative: Type.String({ maxLength: 50 }),
  phone: Type.String({ maxLength: 30 }),
});
export const ApplicantSchema = Type.Union([Person, Enterprise]);

const MaterialReceived = Strict({
  name: Text(100),
  status: Type.Enum(['received', 'missing', 'defective'] as const),
  originals: Type.Optional(Type.Integer({ minimum: 0, maximum: 99 })),
  copies: Type.Optional(Type.Integer({ minimum: 0, maximum: 99 })),
  note: Type.Optional(Type.String({ maxLength: 200 })),
});

export const ReceiveBody = Strict({
  itemId: Id,
  windowId: Type.Optional(Type.Union([Id, Type.Null()])),
  channel: Type.Enum(['window', 'agency'] as const),
  applicant: ApplicantSchema,
  materials: Type.Array(MaterialReceived, { maxItems: 100 }),
  idempotencyKey: Type.String({ minLength: 8, maxLength: 100, description: 'A key the client makes once per submission; a retry with it returns the same case' }),
});
export type ReceiveBody = Static<typeof ReceiveBody>;

const Problem = Strict({ material: Text(100), problem: Text(200) });
const Reason = Text(500);

/** One of the lifecycle's actions (see src/modules/cases/domain/lifecycle.ts and docs/cases.md). */
export const ActionSchema = Type.Union([
  Strict({ type: Type.Literal('accept') }),
  Strict({ type: Type.Literal('requestCorrection'), problems: Type.Array(Problem, { minItems: 1, maxItems: 100 }), override: Type.Optional(Type.Boolean()) }),
  Strict({ type: Type.Literal('resubmit') }),
  Strict({ type: Type.Literal('refuse'), reason: Reason, legalBasis: Reason }),
  Strict({ type: Type.Literal('review'), opinion: Reason, recommendation: Type.Enum(['grant', 'deny'] as const) }),
  Strict({ type: Type.Literal('approve'), decision: Type.Enum(['grant', 'deny'] as const), reason: Reason }),
  Strict({ type: Type.Literal('suspend'), kind: Type.Enum(SUSPENSION_KINDS), reason: Reason }),
  Strict({ type: Type.Literal('resume') }),
  Strict({ type: Type.Literal('extend'), days: Type.Integer({ minimum: 1, maximum: 30 }), reason: Reason }),
  Strict({ type: Type.Literal('complete') }),
  Strict({
    type: Type.Literal('deliver'),
    method: Type.Enum(['pickup', 'mail', 'electronic'] as const),
    trackingNo: Type.Optional(Type.String({ maxLength: 50 })),
    signedBy: Type.Optional(Type.String({ maxLength: 50 })),
    licenceNo: Type.Optional(Type.String({ maxLength: 80 })),
  }),
  Strict({ type: Type.Literal('withdraw'), reason: Reason }),
  Strict({ type: Type.Literal('terminate'), reason: Reason }),
]);

export const ActBody = Strict({ version: Type.Integer({ minimum: 1, description: 'The case version the caller saw (409 if it changed)' }), action: ActionSchema });
/** What a write answers with: the full case (default) or the compact one, as in lists (cheaper, for clients acting in a loop). */
export const ViewQuery = Strict({ view: Type.Optional(Type.Union([Type.Literal('full'), Type.Literal('compact')])) });
export type ActBody = Static<typeof ActBody>;

export const CaseListQuery = Strict({
  state: Type.Optional(Type.String({ maxLength: 200, description: 'Comma-separated states' })),
  q: Type.Optional(Type.String({ maxLength: 50 })),
  task: Type.Optional(Type.Enum(CASE_TASK_NAMES, { description: 'A workbench task list (src/modules/cases/domain/tasks.ts); with state, their intersection' })),
  departmentId: Type.Optional(Id),
  centerId: Type.Optional(Id),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
});
export type CaseListQuery = Static<typeof CaseListQuery>;

export const ProgressQuery = Strict({ caseNo: Type.String({ minLength: 1, maxLength: 40 }), queryCode: Type.String({ minLength: 1, maxLength: 12 }) });
export const RateBody = Strict({
  caseNo: Type.String({ minLength: 1, maxLength: 40 }),
  queryCode: Type.String({ minLength: 1, maxLength: 12 }),
  level: Type.Integer({ minimum: 1, maximum: 5, description: '5 非常满意 … 1 非常不满意' }),
  comment: Type.Optional(Type.String({ maxLength: 500 })),
  channel: Type.Optional(Type.Enum(['portal', 'qr'] as const)),
});

export const WaiveBody = Strict({ names: Type.Array(Text(100), { minItems: 1, maxItems: 50 }), reason: Text(300) });
export const PayBody = Strict({ invoiceNo: Type.String({ minLength: 1, maxLength: 40, description: 'One invoice number for all open lines (一票制)' }) });
export const BillView = Type.Object({
  lines: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      amountFen: Type.Integer(),
      waivable: Type.Boolean(),
      waiverReason: Type.Union([Type.String(), Type.Null()]),
      invoiceNo: Type.Union([Type.String(), Type.Null()]),
      paidAt: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  totalFen: Type.Integer(),
  dueFen: Type.Integer(),
});
