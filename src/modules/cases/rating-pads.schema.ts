import Type, { type Static } from 'typebox';
import { Id, Nullable, Strict, Text } from '../../http/schema-helpers.js';

/** The header a rating pad sends its token in (never a cookie: a pad has no staff session). */
export const PAD_TOKEN_HEADER = 'x-pad-token';

export const PairPadBody = Strict({ windowId: Id, label: Text(40, { description: 'A name staff recognize, e.g. "3号窗口评价器"' }) });
export type PairPadBody = Static<typeof PairPadBody>;

export const PadListQuery = Strict({ windowId: Type.Optional(Id) });

export const PadRateBody = Strict({
  caseId: Id,
  level: Type.Integer({ minimum: 1, maximum: 5, description: '5 非常满意 … 1 非常不满意' }),
  comment: Type.Optional(Type.String({ maxLength: 500, description: 'Required (the reason) for 不满意 and 非常不满意' })),
});

export const PadView = Type.Object({
  id: Type.String(),
  windowId: Type.String(),
  windowNumber: Type.String(),
  windowName: Type.String(),
  label: Type.String(),
  createdAt: Type.String(),
  revokedAt: Nullable(Type.String()),
  lastSeenAt: Nullable(Type.String()),
});

export const PairedPad = Type.Object({
  pad: PadView,
  token: Type.String({ description: 'Shown once; only its hash is stored' }),
  path: Type.String({ description: 'The pad page with the token, to open on the tablet (or scan as a QR code)' }),
});

export const PadCurrent = Type.Object({
  pad: Type.Object({ label: Type.String(), windowNumber: Type.String(), windowName: Type.String() }),
  servedWithinMinutes: Type.Integer(),
  case: Type.Union([
    Type.Object({
      id: Type.String(),
      caseNo: Type.String(),
      itemName: Type.String(),
      applicantName: Type.String({ description: 'Masked' }),
      clerkName: Nullable(Type.String()),
      servedAt: Type.String(),
    }),
    Type.Null(),
  ]),
});
