import { describe, expect, it } from 'vitest';
import type { ItemDraft } from './item.js';
import { validateItemDraft } from './item-validation.js';
import { sampleItem } from './sample-items.js';

const problems = (draft: ItemDraft, known = {}): [string, string][] => validateItemDraft(draft, known).map((i) => [i.path, i.code]);

describe('validateItemDraft', () => {
  it('accepts a complete item', () => {
    expect(validateItemDraft(sampleItem())).toEqual([]);
    expect(validateItemDraft(sampleItem({ promisedDays: 0 }))).toEqual([]);
  });

  it('refuses a promise beyond the law, in both languages', () => {
    const [found, ...rest] = validateItemDraft(sampleItem({ legalDays: 20, promisedDays: 25 }));
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ path: '/promisedDays', code: 'item.promise_exceeds_law' });
    expect(found?.message['zh-CN']).toContain('承诺不得超过法律规定');
    expect(found?.message['en-US']).toContain('a promise may not exceed the law');
  });

  it('reports every problem of a bad draft at once', () => {
    const draft = sampleItem({
      code: 'bad',
      name: ' ',
      legalDays: -1,
      promisedDays: 2.5,
      maxVisits: 11,
      channels: ['window', 'agency', 'window'],
      agencyAllowed: false,
      windowIds: [],
      legalBasis: [],
      result: '',
      materials: [
        { name: '身份证明', originals: 1, copies: 1, requirement: 'required' },
        { name: '身份证明', originals: 0, copies: 0, requirement: 'conditional' },
      ],
      fees: [{ name: '工本费', standard: '每证 10 元', legalBasis: '', waivable: false, amountFen: -5 }],
      steps: [
        { name: '受理', role: 'windowClerk', sharePercent: 60 },
        { name: '审批', role: 'approver', sharePercent: 50 },
      ],
    });
    expect(problems(draft)).toEqual([
      ['/code', 'item.code_format'],
      ['/name', 'text.required'],
      ['/legalBasis', 'item.legal_basis_required'],
      ['/result', 'item.result_required'],
      ['/legalDays', 'number.negative'],
      ['/promisedDays', 'number.integer'],
      ['/maxVisits', 'number.range'],
      ['/channels/2', 'item.channel_duplicate'],
      ['/agencyAllowed', 'item.agency_not_allowed'],
      ['/windowIds', 'item.windows_required'],
      ['/materials/1/originals', 'item.material_no_copies'],
      ['/materials/1/condition', 'item.material_condition_required'],
      ['/materials/1/name', 'item.material_duplicate'],
      ['/fees/0/legalBasis', 'text.required'],
      ['/fees/0/amountFen', 'number.negative'],
      ['/steps', 'item.step_shares_exceed'],
    ]);
  });

  it('needs materials for decision items but not for pure information services', () => {
    expect(problems(sampleItem({ materials: [] }))).toEqual([['/materials', 'item.materials_required']]);
    const consultation = sampleItem({ type: 'publicService', materials: [], legalBasis: [], steps: [], result: undefined, conditions: [] });
    expect(problems(consultation)).toEqual([]);
  });

  it('checks departments and windows against the known ids when given', () => {
    const known = { departmentIds: new Set(['dept-other']), windowIds: new Set(['win-01']) };
    expect(problems(sampleItem({ windowIds: ['win-03', 'win-01', 'win-01'] }), known)).toEqual([
      ['/departmentId', 'item.department_unknown'],
      ['/windowIds/0', 'item.window_unknown'],
      ['/windowIds/2', 'item.window_duplicate'],
    ]);
  });

  it('checks zero visits, unknown codes, conditions on required materials and multi-line entries', () => {
    const draft = {
      ...sampleItem({
        maxVisits: 0,
        channels: ['window'],
        conditions: ['第一条\n第二条'],
        materials: [{ name: '申请书', originals: 1, copies: 0, requirement: 'required', condition: '首次申请的' }],
      }),
      type: 'permit',
    } as unknown as ItemDraft;
    expect(problems(draft)).toEqual([
      ['/type', 'value.unknown'],
      ['/maxVisits', 'item.zero_visits_channel'],
      ['/conditions/0', 'text.single_line'],
      ['/materials/0/condition', 'item.material_condition_unexpected'],
    ]);
    expect(validateItemDraft(draft)[0]?.message['zh-CN']).toBe('事项类型“permit”无效，应为：行政许可、非行政许可审批、公共服务、行政确认、其他。');
  });

  it('names the entry in nested messages', () => {
    const [found] = validateItemDraft(sampleItem({ steps: [{ name: '受理', role: 'windowClerk', sharePercent: 120 }] }));
    expect(found?.path).toBe('/steps/0/sharePercent');
    expect(found?.message['zh-CN']).toBe('办理环节第 1 项的时限占比应在 0–100% 之间，现为 120。');
    expect(found?.message['en-US']).toBe('Share of the time limit of step 1 must be between 0 and 100%; got 120.');
  });
});
