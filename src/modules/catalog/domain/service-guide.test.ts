import { describe, expect, it } from 'vitest';
import { sampleItem } from './sample-items.js';
import { buildServiceGuide, GUIDE_SECTION_IDS, type GuideBlock, type GuideContext } from './service-guide.js';

const context: GuideContext = {
  department: { id: 'dept-market', name: '县市场监督管理局' },
  windows: [
    { id: 'win-01', name: '1 号综合窗口', location: '一楼东侧', phone: '0551-65120001' },
    { id: 'win-03', name: '3 号市场服务窗口', location: '一楼西侧', phone: '0551-65120003' },
  ],
  complaintPhones: ['0551-65129999', '12345'],
};

function block<T extends GuideBlock['type']>(blocks: GuideBlock[] | undefined, type: T): Extract<GuideBlock, { type: T }> | undefined {
  return blocks?.find((b): b is Extract<GuideBlock, { type: T }> => b.type === type);
}

describe('buildServiceGuide', () => {
  const guide = buildServiceGuide(sampleItem(), context);
  const sectionOf = (id: string): GuideBlock[] | undefined => guide.sections.find((s) => s.id === id)?.blocks;

  it('has the nine sections in order, with headings in both languages', () => {
    expect(guide.sections.map((s) => s.id)).toEqual([...GUIDE_SECTION_IDS]);
    expect(guide.title['zh-CN']).toBe('食品经营许可服务指南');
    expect(guide.sections[3]?.heading).toEqual({ 'zh-CN': '四、申请材料', 'en-US': '4. Materials' });
  });

  it('states the basic information', () => {
    const fields = block(sectionOf('basicInfo'), 'fields')?.fields.map((f) => [f.label['zh-CN'], f.value['zh-CN']]);
    expect(fields).toEqual([
      ['事项名称', '食品经营许可'],
      ['实施编码', sampleItem().code],
      ['事项类型', '行政许可'],
      ['实施部门', '县市场监督管理局'],
      ['办件类型', '承诺件'],
      ['办理结果', '食品经营许可证'],
      ['办理渠道', '窗口、网上'],
      ['可代办', '是'],
      ['最多跑动次数', '1 次'],
    ]);
  });

  it('tabulates the materials with their requirement, issuer and template', () => {
    const table = block(sectionOf('materials'), 'table');
    expect(table?.columns.map((c) => c['zh-CN'])).toEqual(['序号', '材料名称', '原件', '复印件', '要求', '出具单位', '样表']);
    expect(table?.rows.map((row) => row.map((cell) => cell['zh-CN']))).toEqual([
      ['1', '食品经营许可申请书', '1', '0', '必需', '申请人', 'templates/food-licence-application.docx'],
      ['2', '营业执照', '0', '1', '必需', '市场监督管理部门', '无'],
      ['3', '授权委托书', '1', '0', '依情形：委托他人办理的', '申请人自备', '无'],
    ]);
  });

  it('shows legal against promised limits and the share of each step', () => {
    const limits = block(sectionOf('timeLimits'), 'fields')?.fields.map((f) => f.value['zh-CN']);
    expect(limits).toEqual(['20 个工作日', '5 个工作日']);
    const steps = block(sectionOf('process'), 'table')?.rows.map((row) => row.map((cell) => cell['zh-CN']));
    expect(steps?.[1]).toEqual(['2', '审核', '审核人', '40%（约 2 个工作日）']);
    const onTheSpot = buildServiceGuide(sampleItem({ promisedDays: 0 }), context);
    const spotLimits = block(onTheSpot.sections[5]?.blocks, 'fields')?.fields[1]?.value['en-US'];
    expect(spotLimits).toBe('On the spot (done on the day of acceptance)');
  });

  it('lists the windows of the item and the phones to call', () => {
    const rows = block(sectionOf('windows'), 'table')?.rows.map((row) => row.map((cell) => cell['zh-CN']));
    expect(rows).toEqual([['3 号市场服务窗口', '一楼西侧', '0551-65120003']]);
    expect(block(sectionOf('windows'), 'note')?.text['zh-CN']).toBe('也可在网上办事大厅申请。');
    const contacts = block(sectionOf('contacts'), 'fields')?.fields.map((f) => f.value['zh-CN']);
    expect(contacts).toEqual(['0551-65120003', '0551-65129999、12345']);
  });

  it('says so when there is nothing to list, rather than leaving a section out', () => {
    const bare = buildServiceGuide(sampleItem({ type: 'publicService', conditions: [], materials: [], fees: [], steps: [], legalBasis: [] }), {
      ...context,
      department: { ...context.department, consultPhone: '0551-65120000' },
    });
    const notes = bare.sections.map((s) => block(s.blocks, 'note')?.text['zh-CN'] ?? null);
    expect(notes).toEqual([null, '无', '无特别条件。', '无需提交材料。', '不收费。', expect.stringContaining('受理当日不计入'), '窗口受理后即时办理。', '也可在网上办事大厅申请。', null]);
    expect(block(bare.sections[8]?.blocks, 'fields')?.fields[0]?.value['zh-CN']).toBe('0551-65120000');
  });
});
