import { describe, expect, it } from 'vitest';
import { completeIdNumber } from '../../kernel/validators/index.js';
import { loginNameOf, maskedLoginName, normalizeLoginName, registrationIssues } from './applicants.domain.js';

const ID = completeIdNumber('33010219900101123');
const badCheck = ID.slice(0, 17) + (ID.endsWith('0') ? '1' : '0');

describe('applicant registration', () => {
  it('accepts a person with a valid ID number, phone and password', () => {
    expect(registrationIssues({ applicant: { type: 'person', name: '张三', idNumber: ID, phone: '13800001234' }, password: 'abc12345' }, '2026-03-02')).toEqual([]);
  });

  it('reports every problem at once with field paths: check digit, phone, weak password', () => {
    const problems = registrationIssues({ applicant: { type: 'person', name: '', idNumber: badCheck, phone: '1380000' }, password: 'short' }, '2026-03-02');
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['/applicant/name', '/applicant/idNumber', '/applicant/phone', '/password']));
  });

  it('checks an enterprise credit code (GB 32100) and the legal representative', () => {
    const problems = registrationIssues(
      { applicant: { type: 'enterprise', name: '某某公司', creditCode: '91330100MA2XXXXXX1', legalRepresentative: '', phone: '0571-88888888' }, password: 'abc12345' },
      '2026-03-02',
    );
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['/applicant/creditCode', '/applicant/legalRepresentative']));
  });

  it('refuses a password containing the login name', () => {
    const problems = registrationIssues({ applicant: { type: 'person', name: '张三', idNumber: ID, phone: '13800001234' }, password: `a${ID}` }, '2026-03-02');
    expect(problems.map((p) => p.code)).toContain('password.contains_username');
  });

  it('signs in with the canonical number and masks it for the log', () => {
    const person = { type: 'person' as const, name: '张三', idNumber: ID, phone: '13800001234' };
    expect(loginNameOf(person)).toBe(ID);
    expect(normalizeLoginName(` ${ID.toLowerCase()} `)).toBe(ID);
    expect(maskedLoginName(person)).not.toContain(ID.slice(6, 14));
  });
});
