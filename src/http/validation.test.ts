import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { ActBody, ReceiveBody, ViewQuery } from '../modules/cases/cases.schema.js';
import { issuesFromAjv } from './validation.js';

const ajv = new Ajv({ allErrors: true, strict: false });
function issues(schema: object, value: unknown, part = 'body') {
  const validate = ajv.compile(schema);
  expect(validate(value)).toBe(false);
  return issuesFromAjv(validate.errors ?? [], part).map((i) => `${i.path} ${i.code}`);
}

describe('validation issues', () => {
  it('report the problems of the action its type names, not of every other kind of action', () => {
    expect(issues(ActBody, { version: 1, action: { type: 'extend', days: 0, reason: 'x' } })).toEqual(['/action/days too_small']);
    expect(issues(ActBody, { version: 1, action: { type: 'review', extra: 1 } })).toEqual(['/action/opinion required', '/action/recommendation required', '/action/extra unknown_field']);
  });

  it('name the allowed values of an unknown type once', () => {
    const found = issues(ActBody, { version: 1, action: { type: 'approveAll' } });
    expect(found).toEqual(['/action/type not_allowed']);
  });

  it('report an applicant by its own type', () => {
    const body = { itemId: 'x', channel: 'window', applicant: { type: 'person', name: '张三', idNumber: 'x'.repeat(40), phone: '1' }, materials: [], idempotencyKey: 'k-12345678' };
    const found = issues(ReceiveBody, body);
    expect(found.every((f) => f.startsWith('/applicant/idNumber'))).toBe(true);
    expect(found.some((f) => f.includes('creditCode'))).toBe(false);
  });

  it('give the same issue once', () => {
    expect(issues(ViewQuery, { view: 'bogus' }, 'querystring')).toEqual(['querystring:/view not_allowed']);
  });
});
