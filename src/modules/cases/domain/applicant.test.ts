import { describe, expect, it } from 'vitest';
import { completeCreditCode, completeIdNumber } from '../../../kernel/validators/index.js';
import { applicantIssues, normalizeApplicant } from './applicant.js';

const idNumber = completeIdNumber('33010219900101123');
const creditCode = completeCreditCode('9133109900000001');

describe('applicants', () => {
  it('accept a valid person and enterprise', () => {
    expect(applicantIssues({ type: 'person', name: '张三', idNumber, phone: '13800001234' }, '2026-03-02')).toEqual([]);
    expect(applicantIssues({ type: 'enterprise', name: '示范县老街餐饮有限公司', creditCode, legalRepresentative: '李四', phone: '0571-88881234' }, '2026-03-02')).toEqual([]);
  });
  it('report every problem at once', () => {
    const wrongCheck = idNumber.slice(0, 17) + (idNumber.endsWith('0') ? '1' : '0');
    const problems = applicantIssues({ type: 'person', name: ' ', idNumber: wrongCheck, phone: '1380000' }, '2026-03-02');
    expect(problems.map((p) => p.path)).toEqual(['/applicant/name', '/applicant/idNumber', '/applicant/phone']);
    const enterprise = applicantIssues({ type: 'enterprise', name: '公司', creditCode: '91331099000000011X', legalRepresentative: '', phone: '13800001234' }, '2026-03-02');
    expect(enterprise.map((p) => p.path)).toEqual(expect.arrayContaining(['/applicant/creditCode', '/applicant/legalRepresentative']));
  });
  it('normalizes identifiers', () => {
    const lower = idNumber.toLowerCase();
    expect(normalizeApplicant({ type: 'person', name: ' 张三 ', idNumber: lower, phone: '13800001234' })).toMatchObject({ name: '张三', idNumber });
  });
});
