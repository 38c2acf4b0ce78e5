import Type, { type Static } from 'typebox';
import { CalendarDate, Id, InstantString, Nullable, Strict, Text } from '../../http/schema-helpers.js';
import { MATERIAL_REQUIREMENTS } from '../catalog/catalog.domain.js';
import { ApplicantSchema } from './cases.schema.js';
import { ApplicantView, CaseViewSchema } from './cases.views.js';

export const StartBody = Strict({ itemId: Id });
export const UpdateDraftBody = Strict({ applicant: ApplicantSchema });
export const SubmitBody = Strict({
  idempotencyKey: Type.String({ minLength: 8, maxLength: 100, description: 'Made once per submission by the client; a retry with it returns the same case' }),
});
export const VersionBody = Strict({ version: Type.Integer({ minimum: 1 }) });

export const UploadQuery = Strict({
  material: Text(100, { description: 'The material (one of the item\'s) the file is for' }),
  fileName: Type.String({ maxLength: 200, description: 'The file\'s own name, for display only' }),
});
export const UploadParams = Strict({ id: Id, uploadId: Id });

const Problem = Strict({ material: Text(100), problem: Text(200) });
const ProblemView = Type.Object({ material: Type.String(), problem: Type.String() });
export const PreReviewBody = Strict({
  version: Type.Integer({ minimum: 1, description: 'The case version the caller saw (409 if it changed)' }),
  outcome: Type.Enum(['pass', 'return'] as const),
  problems: Type.Optional(Type.Array(Problem, { maxItems: 100, description: 'Required on return: every problem at once (一次告知)' })),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});

export const UploadView = Type.Object({
  id: Type.String(),
  material: Type.String(),
  fileName: Type.String(),
  type: Type.String(),
  bytes: Type.Integer(),
  sha256: Type.String(),
  createdAt: Type.String(),
});

// ── what the online endpoints answer (the presenter's functions are typed by these) ──

/** One line of 我的办件: the application's state is its case's once submitted. */
export const ApplicationSummaryView = Type.Object({
  id: Type.String(),
  itemId: Type.String(),
  itemName: Type.String(),
  state: Type.String({ description: 'draft, or the case\'s state once submitted' }),
  caseNo: Nullable(Type.String({ description: 'Once submitted: with the query code, for progress queries and rating' })),
  queryCode: Nullable(Type.String()),
  version: Type.Integer({ description: 'The version to send with an action (the case\'s once submitted)' }),
  promisedDays: Nullable(Type.Integer()),
  caseType: Nullable(Type.Union([Type.Literal('onTheSpot'), Type.Literal('promised')])),
  createdAt: InstantString,
  submittedAt: Nullable(InstantString),
  receivedOn: Nullable(CalendarDate),
  acceptedOn: Nullable(CalendarDate),
  expectedCompletion: Nullable(CalendarDate),
  completedOn: Nullable(CalendarDate),
});
export type ApplicationSummaryView = Static<typeof ApplicationSummaryView>;

/** An application as its applicant sees it: the form, one slot per material with its files, the case's progress. */
export const ApplicationView = Type.Object({
  ...ApplicationSummaryView.properties,
  applicant: ApplicantView,
  materials: Type.Array(
    Type.Object({
      name: Type.String(),
      requirement: Type.Enum(MATERIAL_REQUIREMENTS),
      condition: Nullable(Type.String()),
      uploads: Type.Array(UploadView),
    }),
  ),
  returned: Nullable(Type.Object({ at: InstantString, problems: Type.Array(ProblemView), note: Nullable(Type.String()) }, { description: 'The latest return or correction notice, while it is to be fixed (一次告知)' })),
  timeline: Type.Array(Type.Object({ at: InstantString, type: Type.String(), state: Type.String() })),
  uploadLimits: Type.Object(
    { maxFileBytes: Type.Integer(), maxFiles: Type.Integer() },
    { description: 'What the uploads may be: each file at most maxFileBytes, at most maxFiles for the application' },
  ),
});
export type ApplicationView = Static<typeof ApplicationView>;

/** A submitted application in the pre-review queue (网上预审): the case with its files. */
export const PreReviewQueueItem = Type.Object({
  ...CaseViewSchema.properties,
  uploads: Type.Array(Type.Object({ id: Type.String(), material: Type.String(), fileName: Type.String(), type: Type.String(), bytes: Type.Integer() })),
});
export type PreReviewQueueItem = Static<typeof PreReviewQueueItem>;
