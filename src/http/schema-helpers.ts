import Type, { type TSchema } from 'typebox';

/**
 * Shared pieces of the HTTP schemas. Every object schema forbids unknown properties, so a
 * misspelled field is an error rather than silently ignored.
 */
export const Strict = <P extends Record<string, TSchema>>(properties: P, options: { description?: string } = {}) =>
  Type.Object(properties, { additionalProperties: false, ...options });

export const Text = (maxLength: number, options: { minLength?: number; description?: string } = {}) =>
  Type.String({ minLength: options.minLength ?? 1, maxLength, ...(options.description ? { description: options.description } : {}) });

export const Id = Type.String({ minLength: 1, maxLength: 64, description: 'UUIDv7 identifier' });
export const CalendarDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Calendar date YYYY-MM-DD (China time)' });
export const InstantString = Type.String({ description: 'Instant, ISO 8601 UTC' });
export const Phone = Type.String({ maxLength: 40, pattern: '^[0-9+\\-() ]*$', description: 'Phone number' });

export const IdParams = Strict({ id: Id });

/** The schema, or null. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { description: 'Error: a stable code, a message in the caller\'s language, and details (e.g. every invalid field)' },
);

export const ListOf = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) });
export const Ok = Type.Object({ ok: Type.Boolean() });
