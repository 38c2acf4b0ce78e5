import Type from 'typebox';
import { Id, Strict, Text } from '../../http/schema-helpers.js';
import { ApplicantSchema } from './cases.schema.js';

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
