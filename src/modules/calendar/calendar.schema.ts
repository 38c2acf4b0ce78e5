import Type, { type Static } from 'typebox';
import { Id, Strict, Text } from '../../http/schema-helpers.js';

const Warning = Type.Object({ code: Type.String(), years: Type.Array(Type.Integer()), message: Type.String() });

export const DeadlineQuery = Strict({
  start: Type.String({ maxLength: 20, description: 'YYYY-MM-DD or YYYY-MM-DDTHH:mm, China time' }),
  days: Type.Integer({ description: 'Working days, 0 (on the spot) to 3650' }),
  centerId: Type.Optional(Id),
});
export const DeadlineView = Type.Object({
  deadline: Type.String({ description: 'YYYY-MM-DD' }),
  provisional: Type.Boolean({ description: 'True when a year without a published notice was reached' }),
  warnings: Type.Array(Warning),
});

export const WorkdaysQuery = Strict({
  from: Type.String({ maxLength: 10 }),
  to: Type.String({ maxLength: 10 }),
  centerId: Type.Optional(Id),
});
export const WorkdaysView = Type.Object({
  workdays: Type.Integer({ description: 'Working days strictly after `from` up to and including `to`' }),
  provisional: Type.Boolean(),
  warnings: Type.Array(Warning),
});

export const MonthQuery = Strict({ month: Type.String({ pattern: '^\\d{4}-\\d{2}$' }), centerId: Type.Optional(Id) });
export const DayView = Type.Object({
  date: Type.String(),
  weekday: Type.Integer(),
  kind: Type.String(),
  workday: Type.Boolean(),
  name: Type.Union([Type.String(), Type.Null()]),
  provisional: Type.Boolean(),
});

export const YearView = Type.Object({
  year: Type.Integer(),
  origin: Type.Union([Type.Literal('shipped'), Type.Literal('entered')]),
  documents: Type.Array(Type.String()),
  holidays: Type.Integer(),
  makeUpWorkdays: Type.Integer(),
  days: Type.Array(Type.Object({ date: Type.String(), kind: Type.String(), name: Type.String() })),
});

export const ImportBody = Strict({ text: Type.String({ minLength: 1, maxLength: 200_000, description: 'The notice in the text format of src/kernel/calendar/README.md' }) });
export const ImportView = Type.Object({
  years: Type.Array(Type.Integer()),
  warnings: Type.Array(Type.Object({ path: Type.String(), code: Type.String(), message: Type.String() })),
});

export const CenterQuery = Strict({ centerId: Id });
export const CreateClosure = Strict({ centerId: Id, date: Type.String({ maxLength: 10 }), reason: Text(100) });
export type CreateClosure = Static<typeof CreateClosure>;
export const ClosureView = Type.Object({ id: Type.String(), centerId: Type.String(), date: Type.String(), reason: Type.String() });

export const ServiceHoursBody = Strict({
  workday: Type.String({ maxLength: 100, description: "e.g. '08:30-12:00,14:00-17:30'" }),
  saturday: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
});
export const ServiceHoursView = Type.Object({ workday: Type.String(), saturday: Type.Union([Type.String(), Type.Null()]) });
export const CenterParams = Strict({ centerId: Id });

export const YearParams = Strict({ year: Type.Integer({ minimum: 1900, maximum: 2200 }) });
