import Type, { type Static } from 'typebox';

/**
 * The shapes of what the case endpoints answer: OpenAPI documents them, Fastify serializes by
 * them, and the presenter's functions are typed by them (so the three cannot drift apart).
 */
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Day = Type.String({ description: 'YYYY-MM-DD (China time)' });
const Instant = Type.String({ description: 'ISO 8601 instant (UTC)' });

/** The applicant as stored (staff see it in full); imported history may hold empty strings. */
const ApplicantView = Type.Union([
  Type.Object({ type: Type.Literal('person'), name: Type.String(), idNumber: Type.String(), phone: Type.String() }),
  Type.Object({ type: Type.Literal('enterprise'), name: Type.String(), creditCode: Type.String(), legalRepresentative: Type.String(), phone: Type.String() }),
]);

export const ClockViewSchema = Type.Object({
  deadline: Day,
  remainingWorkdays: Type.Integer(),
  overdue: Type.Boolean(),
  level: Type.Union([Type.Literal('green'), Type.Literal('yellow'), Type.Literal('red')]),
  provisional: Type.Boolean({ description: 'A year without its holiday notice was counted' }),
  clockStopped: Type.Boolean({ description: 'Suspended (Art. 45)' }),
  suspendedWorkdays: Type.Integer(),
});
export type ClockView = Static<typeof ClockViewSchema>;

export const CaseViewSchema = Type.Object({
  id: Type.String(),
  caseNo: Type.String(),
  queryCode: Type.String(),
  centerId: Type.String(),
  departmentId: Type.String(),
  itemId: Type.String(),
  itemVersion: Type.Integer(),
  itemName: Type.String(),
  windowId: Nullable(Type.String()),
  channel: Type.Union([Type.Literal('window'), Type.Literal('online'), Type.Literal('agency')]),
  caseType: Type.Union([Type.Literal('onTheSpot'), Type.Literal('promised')]),
  legalDays: Type.Integer(),
  promisedDays: Type.Integer(),
  state: Type.String(),
  version: Type.Integer(),
  applicant: ApplicantView,
  receivedAt: Nullable(Instant),
  acceptedAt: Nullable(Instant),
  acceptedOn: Nullable(Day),
  deemedAccepted: Type.Boolean(),
  reviewerId: Nullable(Type.String()),
  approverId: Nullable(Type.String()),
  decision: Nullable(Type.Union([Type.Literal('grant'), Type.Literal('deny')])),
  decisionReason: Nullable(Type.String()),
  extensionDays: Type.Integer(),
  completedAt: Nullable(Instant),
  deliveredAt: Nullable(Instant),
  flags: Type.Array(Type.String()),
  clock: Nullable(ClockViewSchema),
});
export type CaseView = Static<typeof CaseViewSchema>;

export const CaseDetailSchema = Type.Object({
  ...CaseViewSchema.properties,
  events: Type.Array(
    Type.Object({ type: Type.String(), from: Nullable(Type.String()), to: Type.String(), at: Instant, actorName: Type.String(), data: Type.Unknown() }),
  ),
  materials: Type.Array(
    Type.Object({
      submissionNo: Type.Integer(),
      name: Type.String(),
      status: Type.Union([Type.Literal('received'), Type.Literal('missing'), Type.Literal('defective')]),
      originals: Type.Integer(),
      copies: Type.Integer(),
      note: Type.String(),
    }),
  ),
});
export type CaseDetail = Static<typeof CaseDetailSchema>;

const MaskedApplicant = Type.Union([
  Type.Object({ type: Type.Literal('person'), name: Type.String(), idNumber: Type.String(), phone: Type.String() }),
  Type.Object({ type: Type.Literal('enterprise'), name: Type.String(), creditCode: Type.String(), phone: Type.String() }),
]);
export type MaskedApplicant = Static<typeof MaskedApplicant>;

export const ProgressSchema = Type.Object({
  caseNo: Type.String(),
  itemName: Type.String(),
  departmentId: Type.String(),
  state: Type.String(),
  stateLabel: Type.String(),
  applicant: MaskedApplicant,
  receivedOn: Nullable(Day),
  acceptedOn: Nullable(Day),
  expectedCompletion: Nullable(Day),
  completedOn: Nullable(Day),
  decision: Nullable(Type.Union([Type.Literal('grant'), Type.Literal('deny')])),
  canRate: Type.Boolean(),
  rated: Type.Boolean(),
  timeline: Type.Array(Type.Object({ at: Instant, type: Type.String(), state: Type.String(), stateLabel: Type.String() })),
});
export type Progress = Static<typeof ProgressSchema>;
