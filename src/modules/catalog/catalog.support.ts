import type { RequestContext } from '../../kernel/context.js';
import { errors, text, type Issue } from '../../kernel/errors/index.js';
import { ITEM_FIELD_LABELS, type Item, type ItemField } from './catalog.domain.js';

/** Small helpers shared by the catalog's services. */

export const ENTITY = {
  item: '事项',
  version: '事项版本',
  bundle: '一件事',
  round: '清理轮次',
  fee: '收费项目',
} as const;

export function orFail<T>(value: T | null | undefined, entity: keyof typeof ENTITY, id: string): T {
  if (value === null || value === undefined) throw errors.notFound(ENTITY[entity], id);
  return value;
}

export function failIf(problems: readonly Issue[]): void {
  if (problems.length > 0) throw errors.invalid([...problems]);
}

/** A 409 for a code (item code, bundle code …) that is taken already. */
export function codeTaken(errorCode: string, zh: string, en: string, params: Record<string, unknown>) {
  return errors.conflict(errorCode, text(zh, en, params), params);
}

/** Who did it, as stored with versions and rounds. */
export function actorName(ctx: RequestContext): string {
  return ctx.actor.name;
}

const ITEM_FIELDS = Object.keys(ITEM_FIELD_LABELS) as ItemField[];

/** Exactly the elements of an item (what a version stores), whatever else the value carries. */
export function docOf(value: Item): Item {
  const doc = Object.fromEntries(ITEM_FIELDS.filter((field) => value[field] !== undefined).map((field) => [field, value[field]]));
  return doc as unknown as Item;
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}
