import { Ajv, type ErrorObject, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { issue, text, type Issue } from '../kernel/errors/index.js';

const common: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false };

/** Bodies are validated exactly: no type coercion, no unknown fields. */
const bodyAjv = addFormats.default(new Ajv({ ...common, coerceTypes: false }));
/** Query strings and path parameters arrive as text: numbers and booleans are coerced. */
const urlAjv = addFormats.default(new Ajv({ ...common, coerceTypes: 'array' }));

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : urlAjv;
  return ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
};

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  integer: '整数',
  number: '数字',
  boolean: '是/否（true 或 false）',
  array: '列表',
  object: '对象',
  null: '空值',
};

const UNIONS = ['anyOf', 'oneOf'];

/** The union branch (its index) an error lies in, or null when it is outside `union`. */
function branchOf(union: ErrorObject, error: ErrorObject): number | null {
  const prefix = `${union.schemaPath}/`;
  return error !== union && error.schemaPath.startsWith(prefix) ? Number(error.schemaPath.slice(prefix.length).split('/')[0]) : null;
}

/**
 * A union told apart by a constant field (an action's or applicant's `type`) keeps only the
 * errors of the branch that field names: a wrong `days` of an extension is reported as such, not
 * with the complaints of the fourteen other kinds of action. An unknown `type` gives one issue
 * listing the allowed ones. Other unions are left as they are.
 */
function withinChosenBranches(errors: ErrorObject[]): ErrorObject[] {
  let kept = errors;
  const unions = errors.filter((e) => UNIONS.includes(e.keyword)).sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const union of unions) {
    if (!kept.includes(union)) continue;
    const inside = kept.filter((e) => branchOf(union, e) !== null);
    const allowedOf = (errors: ErrorObject[]) => [...new Set(errors.flatMap((e) => ((e.params as { allowedValue?: unknown; allowedValues?: unknown[] }).allowedValues ?? [(e.params as { allowedValue?: unknown }).allowedValue])))];
    const isValueChoice = (e: ErrorObject) => (e.keyword === 'const' || e.keyword === 'enum') && e.instancePath === union.instancePath;
    if (inside.length > 0 && inside.every(isValueChoice)) {
      // A choice of values ('full' | 'compact'): one issue naming them all.
      kept = [...kept.filter((e) => e !== union && branchOf(union, e) === null), { ...inside[0]!, keyword: 'enum', params: { allowedValues: allowedOf(inside) }, schemaPath: union.schemaPath }];
      continue;
    }
    const isDiscriminator = (e: ErrorObject) =>
      (e.keyword === 'const' || e.keyword === 'enum') && e.instancePath.startsWith(`${union.instancePath}/`) && !e.instancePath.slice(union.instancePath.length + 1).includes('/');
    const discriminators = inside.filter(isDiscriminator);
    if (discriminators.length === 0) continue;
    const mismatched = new Set(discriminators.map((e) => branchOf(union, e)));
    const candidates = [...new Set(inside.map((e) => branchOf(union, e)))].filter((b) => !mismatched.has(b));
    if (candidates.length === 1) {
      kept = kept.filter((e) => e !== union && (branchOf(union, e) === null || branchOf(union, e) === candidates[0]));
    } else if (candidates.length === 0) {
      const unknown: ErrorObject = { ...discriminators[0]!, keyword: 'enum', params: { allowedValues: allowedOf(discriminators) }, schemaPath: union.schemaPath };
      kept = [...kept.filter((e) => e !== union && branchOf(union, e) === null), unknown];
    }
  }
  return kept;
}

/** Turns Ajv's errors into issues with a message in both languages; paths outside the body are prefixed with their part ("querystring:/from"). */
export function issuesFromAjv(ajvErrors: ErrorObject[], part: string): Issue[] {
  const chosen = withinChosenBranches(ajvErrors);
  const issues = chosen
    .filter((e) => !['anyOf', 'oneOf', 'if'].includes(e.keyword) || chosen.length === 1)
    .map((e) => {
      const field = e.instancePath || '/';
      const p = e.params as Record<string, unknown>;
      switch (e.keyword) {
        case 'required':
          return issue(`${field === '/' ? '' : field}/${String(p.missingProperty)}`, 'required', text('必填项，请填写。', 'Required; please fill it in.'));
        case 'additionalProperties':
          return issue(
            `${field === '/' ? '' : field}/${String(p.additionalProperty)}`,
            'unknown_field',
            text('不认识的字段“{name}”，请删除或检查拼写。', 'Unknown field "{name}"; remove it or check the spelling.', { name: p.additionalProperty }),
          );
        case 'type':
          return issue(field, 'type', text('类型错误：应为{zh}。', 'Wrong type: expected {type}.', { type: p.type, zh: TYPE_NAMES[String(p.type)] ?? p.type }));
        case 'minLength':
          return Number(p.limit) === 1
            ? issue(field, 'required', text('不能为空。', 'Must not be empty.'))
            : issue(field, 'too_short', text('至少 {n} 个字符。', 'At least {n} characters.', { n: p.limit }));
        case 'maxLength':
          return issue(field, 'too_long', text('最多 {n} 个字符。', 'At most {n} characters.', { n: p.limit }));
        case 'minimum':
          return issue(field, 'too_small', text('不能小于 {n}。', 'Must be at least {n}.', { n: p.limit }));
        case 'maximum':
          return issue(field, 'too_large', text('不能大于 {n}。', 'Must be at most {n}.', { n: p.limit }));
        case 'maxItems':
          return issue(field, 'too_many', text('最多 {n} 项。', 'At most {n} entries.', { n: p.limit }));
        case 'minItems':
          return issue(field, 'too_few', text('至少 {n} 项。', 'At least {n} entries.', { n: p.limit }));
        case 'uniqueItems':
          return issue(field, 'duplicate_items', text('有重复项。', 'Contains duplicates.'));
        case 'pattern':
        case 'format':
          return issue(field, 'format', text('格式不正确。', 'Wrong format.'));
        case 'const':
        case 'enum': {
          const allowed = ((p.allowedValues as unknown[] | undefined) ?? [p.allowedValue]).map(String);
          return issue(field, 'not_allowed', text('取值不在允许范围内，可选：{zh}。', 'Not one of the allowed values: {en}.', { zh: allowed.join('、'), en: allowed.join(', ') }));
        }
        case 'anyOf':
          return issue(field, 'not_allowed', text('取值不在允许范围内。', 'Not one of the allowed values.'));
        default:
          return issue(field, e.keyword, text('取值不正确（{rule}）。', 'Invalid value ({rule}).', { rule: e.keyword }));
      }
    })
    .map((i) => (part === 'body' ? i : { ...i, path: `${part}:${i.path}` }));
  // The same issue from two branches of a union (?view=bogus against 'full' and 'compact') once.
  return issues.filter((i, n) => issues.findIndex((j) => j.path === i.path && j.code === i.code && j.message['en-US'] === i.message['en-US']) === n);
}
