import { describe, expect, it } from 'vitest';
import type { Material } from '../../catalog/domain/item.js';
import { offeredOnline, preReviewIssues, submissionIssues, submissionKey, submittedMaterials } from './online.js';

const material = (name: string, requirement: Material['requirement']): Material => ({ name, originals: 1, copies: 0, requirement });
const MATERIALS = [material('申请书', 'required'), material('营业执照', 'required'), material('委托书', 'conditional')];

describe('online application rules', () => {
  it('offers online application only for items with the online channel', () => {
    expect(offeredOnline({ channels: ['window', 'online'] })).toBe(true);
    expect(offeredOnline({ channels: ['window', 'agency'] })).toBe(false);
  });

  it('lists every required material without a file, at its slot', () => {
    const problems = submissionIssues(MATERIALS, ['委托书']);
    expect(problems.map((p) => p.path)).toEqual(['/materials/0', '/materials/1']);
    expect(submissionIssues(MATERIALS, ['申请书', '营业执照'])).toEqual([]);
  });

  it('records uploaded materials as received and missing required ones as missing', () => {
    expect(submittedMaterials(MATERIALS, ['申请书', '委托书'])).toEqual([
      { name: '申请书', status: 'received' },
      { name: '营业执照', status: 'missing' },
      { name: '委托书', status: 'received' },
    ]);
  });

  it('refuses a pre-review return without problems or with blank ones', () => {
    expect(preReviewIssues('return', []).map((p) => p.code)).toEqual(['online.problems_required']);
    expect(preReviewIssues('return', [{ material: ' ', problem: '模糊' }, { material: '申请书', problem: '' }]).map((p) => p.path)).toEqual(['/problems/0/material', '/problems/1/problem']);
    expect(preReviewIssues('return', [{ material: '申请书', problem: '未签字' }])).toEqual([]);
    expect(preReviewIssues('pass', [])).toEqual([]);
    expect(preReviewIssues('pass', [{ material: '申请书', problem: '未签字' }]).map((p) => p.code)).toEqual(['online.pass_with_problems']);
  });

  it('scopes submission keys by account', () => {
    expect(submissionKey('a', 'k')).not.toBe(submissionKey('b', 'k'));
  });
});
