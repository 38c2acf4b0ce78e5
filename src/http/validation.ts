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

/** Turns Ajv's errors into issues with a message in both languages; paths outside the body are prefixed with their part ("querystring:/from"). */
export function issuesFromAjv(ajvErrors: ErrorObject[], part: string): Issue[] {
  return ajvErrors
    .filter((e) => !['anyOf', 'oneOf', 'if'].includes(e.keyword) || ajvErrors.length === 1)
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
        case 'enum':
        case 'anyOf':
          return issue(field, 'not_allowed', text('取值不在允许范围内。', 'Not one of the allowed values.'));
        default:
          return issue(field, e.keyword, text('取值不正确（{rule}）。', 'Invalid value ({rule}).', { rule: e.keyword }));
      }
    })
    .map((i) => (part === 'body' ? i : { ...i, path: `${part}:${i.path}` }));
}
