import Type, { type Static } from 'typebox';
import { CalendarDate, InstantString, Nullable } from '../../http/schema-helpers.js';
import { DOCUMENT_KINDS, type DocumentContent } from './domain/documents.js';

/**
 * The shapes of what the case endpoints answer: OpenAPI documents them, Fastify serializes by
 * them, and the presenter's functions are typed by them (so the three cannot drift apart).
 */

/** The applicant as stored (staff see it in full); imported history may hold empty strings. */
export const ApplicantView = Type.Union([
  Type.Object({ type: Type.Literal('person'), name: Type.String(), idNumber: Type.String(), phone: Type.String() }),
  Type.Object({ type: Type.Literal('enterprise'), name: Type.String(), creditCode: Type.String(), legalRepresentative: Type.String(), phone: Type.String() }),
]);

export const ClockViewSchema = Type.Object({
  deadline: CalendarDate,
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
  receivedAt: Nullable(InstantString),
  acceptedAt: Nullable(InstantString),
  acceptedOn: Nullable(CalendarDate),
  deemedAccepted: Type.Boolean(),
  reviewerId: Nullable(Type.String()),
  approverId: Nullable(Type.String()),
  decision: Nullable(Type.Union([Type.Literal('grant'), Type.Literal('deny')])),
  decisionReason: Nullable(Type.String()),
  extensionDays: Type.Integer(),
  completedAt: Nullable(InstantString),
  deliveredAt: Nullable(InstantString),
  flags: Type.Array(Type.String()),
  clock: Nullable(ClockViewSchema),
});
export type CaseView = Static<typeof CaseViewSchema>;

export const CaseDetailSchema = Type.Object({
  ...CaseViewSchema.properties,
  events: Type.Array(
    Type.Object({ type: Type.String(), from: Nullable(Type.String()), to: Type.String(), at: InstantString, actorName: Type.String(), data: Type.Unknown() }),
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
  receivedOn: Nullable(CalendarDate),
  acceptedOn: Nullable(CalendarDate),
  expectedCompletion: Nullable(CalendarDate),
  completedOn: Nullable(CalendarDate),
  decision: Nullable(Type.Union([Type.Literal('grant'), Type.Literal('deny')])),
  canRate: Type.Boolean(),
  rated: Type.Boolean(),
  timeline: Type.Array(Type.Object({ at: InstantString, type: Type.String(), state: Type.String(), stateLabel: Type.String() })),
});
export type Progress = Static<typeof ProgressSchema>;

/** 文书: one document a transition issued, as listed (its content is read one at a time). */
export const DocumentSummarySchema = Type.Object({
  id: Type.String(),
  kind: Type.Enum(DOCUMENT_KINDS),
  title: Type.String(),
  number: Type.String({ description: 'Per center, kind and year; a reprint keeps it' }),
  issuedOn: CalendarDate,
  issuedAt: InstantString,
  issuedBy: Nullable(Type.String()),
  caseVersion: Type.Integer({ description: 'The case version the transition made' }),
});
export type DocumentSummary = Static<typeof DocumentSummarySchema>;

export const DocumentSchema = Type.Object({
  ...DocumentSummarySchema.properties,
  content: Type.Unsafe<DocumentContent>(
    Type.Object({}, { additionalProperties: true, description: 'The content as issued (DocumentContent in src/modules/cases/domain/documents.ts): letterhead, applicant, paragraphs, materials or problems, dates, decision, QR target' }),
  ),
});
