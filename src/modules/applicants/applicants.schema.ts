import Type from 'typebox';
import { Strict } from '../../http/schema-helpers.js';
import { ApplicantSchema } from '../cases/cases.schema.js';

export const RegisterBody = Strict({
  applicant: ApplicantSchema,
  password: Type.String({ minLength: 1, maxLength: 200 }),
});

export const ApplicantLoginBody = Strict({
  loginName: Type.String({ minLength: 1, maxLength: 40, description: 'Resident ID number (person) or unified social credit code (enterprise)' }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});

export const ApplicantMeView = Type.Object({
  id: Type.String(),
  kind: Type.Enum(['person', 'enterprise'] as const),
  displayName: Type.String(),
  /** The applicant's own data (the account holder sees it in full), for prefilling applications. */
  applicant: Type.Unknown(),
  /** Send this in the X-CSRF-Token header with every write. */
  csrfToken: Type.String(),
});
