import { issue, text, type Issue } from '../../../kernel/errors/index.js';
import type { LocalizedText } from '../../../kernel/i18n/locale.js';
import { countIssues, duplicates, nthLabel, oneOfIssues, textIssues, textListIssues } from './checks.js';
import { isDecisionItem, MAX_VISITS_LIMIT, type ItemDraft } from './item.js';
import { itemCodeIssues } from './item-code.js';
import {
  CHANNEL_LABELS,
  ITEM_FIELD_LABELS as F,
  ITEM_TYPE_LABELS,
  MATERIAL_REQUIREMENT_LABELS,
  STEP_ROLE_LABELS,
} from './labels.js';

/**
 * 事项草稿校验：一次列出全部问题（paths are JSON pointers into the draft, e.g. `/materials/2/name`).
 *
 * Rules beyond field formats:
 * - 承诺时限不得超过法定时限 (a promise may not exceed the law).
 * - 行政许可、非行政许可审批、行政确认 decide on an application, so they need a legal basis, at
 *   least one material and a result; public services and other items may be pure information
 *   services without them.
 * - 材料：名称不重复；原件与复印件不能都为 0；依情形提交的须写明情形，必需的不写情形。
 * - 收费：名称不重复；标准与收费依据必填（无依据不得收费）。
 * - 流程环节的时限占比为 0–100 的整数，合计不超过 100%.
 * - 渠道不重复；含“窗口”须指定受理窗口；含“代办”须可代办；零跑动须有网上或代办渠道。
 * - 部门与窗口是否存在由调用方提供已知 id 集合时检查 (the service passes what the org module knows).
 */

export interface KnownReferences {
  departmentIds?: ReadonlySet<string>;
  windowIds?: ReadonlySet<string>;
}

const DAYS: LocalizedText = { 'zh-CN': ' 个工作日', 'en-US': ' working days' };
const L = {
  material: { 'zh-CN': '申请材料', 'en-US': 'material' },
  materialName: { 'zh-CN': '名称', 'en-US': 'name' },
  originals: { 'zh-CN': '原件份数', 'en-US': 'number of originals' },
  copies: { 'zh-CN': '复印件份数', 'en-US': 'number of copies' },
  requirement: { 'zh-CN': '必要性', 'en-US': 'requirement' },
  condition: { 'zh-CN': '情形说明', 'en-US': 'condition' },
  issuingBody: { 'zh-CN': '出具单位', 'en-US': 'issuing body' },
  templateRef: { 'zh-CN': '模板文件', 'en-US': 'template file' },
  fee: { 'zh-CN': '收费项目', 'en-US': 'fee' },
  feeName: { 'zh-CN': '名称', 'en-US': 'name' },
  standard: { 'zh-CN': '收费标准', 'en-US': 'standard' },
  feeBasis: { 'zh-CN': '收费依据', 'en-US': 'legal basis' },
  amount: { 'zh-CN': '金额（分）', 'en-US': 'amount (fen)' },
  step: { 'zh-CN': '办理环节', 'en-US': 'step' },
  stepName: { 'zh-CN': '名称', 'en-US': 'name' },
  role: { 'zh-CN': '岗位', 'en-US': 'role' },
  share: { 'zh-CN': '时限占比', 'en-US': 'share of the time limit' },
  channel: { 'zh-CN': '办理渠道', 'en-US': 'channel' },
  window: { 'zh-CN': '受理窗口', 'en-US': 'window' },
} satisfies Record<string, LocalizedText>;

/** Every problem of an item draft at once; empty when it may be saved. */
export function validateItemDraft(draft: ItemDraft, known: KnownReferences = {}): Issue[] {
  return [
    ...itemCodeIssues(draft.code, '/code'),
    ...textIssues(draft.name, '/name', F.name, { required: true, maxLength: 200 }),
    ...oneOfIssues(draft.type, '/type', F.type, ITEM_TYPE_LABELS),
    ...departmentIssues(draft, known),
    ...decisionIssues(draft),
    ...timeLimitIssues(draft),
    ...channelIssues(draft, known),
    ...textListIssues(draft.conditions, '/conditions', F.conditions),
    ...materialIssues(draft),
    ...feeIssues(draft),
    ...stepIssues(draft),
  ];
}

function departmentIssues(draft: ItemDraft, known: KnownReferences): Issue[] {
  const problems = textIssues(draft.departmentId, '/departmentId', F.departmentId, { required: true, maxLength: 100 });
  if (problems.length === 0 && known.departmentIds && !known.departmentIds.has(draft.departmentId)) {
    problems.push(
      issue(
        '/departmentId',
        'item.department_unknown',
        text(
          '实施部门“{id}”不存在，请改选已有部门，或先在组织管理中添加该部门。',
          'The implementing department "{id}" does not exist; choose an existing department or add it under Organization first.',
          { id: draft.departmentId },
        ),
      ),
    );
  }
  return problems;
}

/** 设定依据与办理结果：依申请作出决定的事项必须有。 */
function decisionIssues(draft: ItemDraft): Issue[] {
  const problems = [
    ...textListIssues(draft.legalBasis, '/legalBasis', F.legalBasis),
    ...textIssues(draft.result, '/result', F.result, { required: false, maxLength: 200 }),
  ];
  if (!isDecisionItem(draft)) return problems;
  const type = ITEM_TYPE_LABELS[draft.type];
  const params = { zhType: type['zh-CN'], enType: type['en-US'].toLowerCase() };
  if (draft.legalBasis.length === 0) {
    problems.push(
      issue(
        '/legalBasis',
        'item.legal_basis_required',
        text('{zhType}事项须有设定依据，请至少填写一条法律、法规或规章条款。', 'An item of {enType} needs a legal basis; enter at least one provision.', params),
      ),
    );
  }
  if (draft.result === undefined || draft.result.trim() === '') {
    problems.push(
      issue(
        '/result',
        'item.result_required',
        text('{zhType}事项须填写办理结果（证照或批文名称）。', 'An item of {enType} needs its result (the licence or certificate issued).', params),
      ),
    );
  }
  if (draft.materials.length === 0) {
    problems.push(
      issue(
        '/materials',
        'item.materials_required',
        text('{zhType}事项须列出申请材料，请至少添加一项材料。', 'An item of {enType} needs its application materials; add at least one.', params),
      ),
    );
  }
  return problems;
}

function timeLimitIssues(draft: ItemDraft): Issue[] {
  const problems = [
    ...countIssues(draft.legalDays, '/legalDays', F.legalDays, { min: 0, unit: DAYS }),
    ...countIssues(draft.promisedDays, '/promisedDays', F.promisedDays, { min: 0, unit: DAYS }),
    ...countIssues(draft.maxVisits, '/maxVisits', F.maxVisits, { min: 0, max: MAX_VISITS_LIMIT }),
  ];
  if (Number.isInteger(draft.legalDays) && Number.isInteger(draft.promisedDays) && draft.promisedDays > draft.legalDays) {
    problems.push(
      issue(
        '/promisedDays',
        'item.promise_exceeds_law',
        text(
          '承诺时限（{promised} 个工作日）超过法定时限（{legal} 个工作日）：承诺不得超过法律规定，请缩短承诺时限或核对法定时限。',
          'The promised limit ({promised} working days) exceeds the legal limit ({legal}): a promise may not exceed the law. Shorten the promise or check the legal limit.',
          { promised: draft.promisedDays, legal: draft.legalDays },
        ),
      ),
    );
  }
  return problems;
}

function channelIssues(draft: ItemDraft, known: KnownReferences): Issue[] {
  const problems: Issue[] = [];
  if (draft.channels.length === 0) {
    problems.push(
      issue('/channels', 'item.channels_required', text('请至少选择一种办理渠道（窗口、网上或代办）。', 'Choose at least one channel: window, online or agency.')),
    );
  }
  draft.channels.forEach((channel, i) => problems.push(...oneOfIssues(channel, `/channels/${i}`, L.channel, CHANNEL_LABELS)));
  for (const { index } of duplicates(draft.channels, (c) => c)) {
    problems.push(issue(`/channels/${index}`, 'item.channel_duplicate', text('办理渠道重复，请删去重复的一项。', 'A channel is listed twice; remove the repeat.')));
  }
  if (draft.channels.includes('agency') && !draft.agencyAllowed) {
    problems.push(
      issue(
        '/agencyAllowed',
        'item.agency_not_allowed',
        text('办理渠道含“代办”，但“可代办”为否；请改为可代办，或去掉代办渠道。', 'The channels include agency but agency is not allowed; allow agency or remove that channel.'),
      ),
    );
  }
  if (draft.channels.includes('window') && draft.windowIds.length === 0) {
    problems.push(
      issue('/windowIds', 'item.windows_required', text('办理渠道含“窗口”，请指定至少一个受理窗口。', 'The item is taken at a window; name at least one window.')),
    );
  }
  if (draft.maxVisits === 0 && !draft.channels.some((c) => c === 'online' || c === 'agency')) {
    problems.push(
      issue(
        '/maxVisits',
        'item.zero_visits_channel',
        text('最多跑动次数为 0（零跑动）时，须提供网上或代办渠道。', 'Zero visits needs an online or agency channel.'),
      ),
    );
  }
  draft.windowIds.forEach((id, i) => {
    const path = `/windowIds/${i}`;
    const blank = textIssues(id, path, nthLabel(L.window, i), { required: true, maxLength: 100 });
    problems.push(...blank);
    if (blank.length === 0 && known.windowIds && !known.windowIds.has(id)) {
      problems.push(
        issue(path, 'item.window_unknown', text('受理窗口“{id}”不存在，请改选已有窗口。', 'Window "{id}" does not exist; choose an existing window.', { id })),
      );
    }
  });
  for (const { index } of duplicates(draft.windowIds, (id) => id)) {
    problems.push(
      issue(`/windowIds/${index}`, 'item.window_duplicate', text('受理窗口“{id}”重复。', 'Window "{id}" is listed twice.', { id: draft.windowIds[index] ?? '' })),
    );
  }
  return problems;
}

function materialIssues(draft: ItemDraft): Issue[] {
  const problems = draft.materials.flatMap((material, i) => {
    const at = (field: string): string => `/materials/${i}/${field}`;
    const label = (field: LocalizedText): LocalizedText => nthLabel(L.material, i, field);
    const found = [
      ...textIssues(material.name, at('name'), label(L.materialName), { required: true, maxLength: 200 }),
      ...countIssues(material.originals, at('originals'), label(L.originals), { min: 0, max: 99 }),
      ...countIssues(material.copies, at('copies'), label(L.copies), { min: 0, max: 99 }),
      ...oneOfIssues(material.requirement, at('requirement'), label(L.requirement), MATERIAL_REQUIREMENT_LABELS),
      ...textIssues(material.condition, at('condition'), label(L.condition), { required: false }),
      ...textIssues(material.issuingBody, at('issuingBody'), label(L.issuingBody), { required: false, maxLength: 200 }),
      ...textIssues(material.templateRef, at('templateRef'), label(L.templateRef), { required: false, maxLength: 300 }),
    ];
    const name = material.name;
    if (material.originals === 0 && material.copies === 0) {
      found.push(
        issue(
          at('originals'),
          'item.material_no_copies',
          text('材料“{name}”的原件和复印件份数都是 0，请填写申请人应提交的份数。', 'Material "{name}" asks for no originals and no copies; enter how many the applicant brings.', { name }),
        ),
      );
    }
    const hasCondition = material.condition !== undefined && material.condition.trim() !== '';
    if (material.requirement === 'conditional' && !hasCondition) {
      found.push(
        issue(
          at('condition'),
          'item.material_condition_required',
          text('材料“{name}”为依情形提交，请写明在什么情形下提交。', 'Material "{name}" is needed only in some cases; say in which.', { name }),
        ),
      );
    }
    if (material.requirement === 'required' && hasCondition) {
      found.push(
        issue(
          at('condition'),
          'item.material_condition_unexpected',
          text('材料“{name}”标为必需，却写了情形说明；请改为“依情形”，或删去情形说明。', 'Material "{name}" is marked required but has a condition; mark it as needed in some cases, or remove the condition.', { name }),
        ),
      );
    }
    return found;
  });
  for (const { index, firstIndex } of duplicates(draft.materials, (m) => m.name.trim())) {
    problems.push(
      issue(
        `/materials/${index}/name`,
        'item.material_duplicate',
        text('材料“{name}”重复列出（第 {first} 项和第 {n} 项），请合并为一项。', 'Material "{name}" is listed twice (entries {first} and {n}); merge them into one.', {
          name: draft.materials[index]?.name ?? '',
          first: firstIndex + 1,
          n: index + 1,
        }),
      ),
    );
  }
  return problems;
}

function feeIssues(draft: ItemDraft): Issue[] {
  const problems = draft.fees.flatMap((fee, i) => {
    const at = (field: string): string => `/fees/${i}/${field}`;
    const label = (field: LocalizedText): LocalizedText => nthLabel(L.fee, i, field);
    return [
      ...textIssues(fee.name, at('name'), label(L.feeName), { required: true, maxLength: 200 }),
      ...textIssues(fee.standard, at('standard'), label(L.standard), { required: true, maxLength: 200 }),
      ...textIssues(fee.legalBasis, at('legalBasis'), label(L.feeBasis), { required: true }),
      ...(fee.amountFen === undefined ? [] : countIssues(fee.amountFen, at('amountFen'), label(L.amount), { min: 0 })),
    ];
  });
  for (const { index, firstIndex } of duplicates(draft.fees, (f) => f.name.trim())) {
    problems.push(
      issue(
        `/fees/${index}/name`,
        'item.fee_duplicate',
        text('收费项目“{name}”重复列出（第 {first} 项和第 {n} 项），请合并为一项。', 'Fee "{name}" is listed twice (entries {first} and {n}); merge them into one.', {
          name: draft.fees[index]?.name ?? '',
          first: firstIndex + 1,
          n: index + 1,
        }),
      ),
    );
  }
  return problems;
}

function stepIssues(draft: ItemDraft): Issue[] {
  const problems = draft.steps.flatMap((step, i) => {
    const at = (field: string): string => `/steps/${i}/${field}`;
    const label = (field: LocalizedText): LocalizedText => nthLabel(L.step, i, field);
    return [
      ...textIssues(step.name, at('name'), label(L.stepName), { required: true, maxLength: 100 }),
      ...oneOfIssues(step.role, at('role'), label(L.role), STEP_ROLE_LABELS),
      ...countIssues(step.sharePercent, at('sharePercent'), label(L.share), { min: 0, max: 100, unit: { 'zh-CN': '%', 'en-US': '%' } }),
    ];
  });
  const total = draft.steps.reduce((sum, step) => sum + (Number.isFinite(step.sharePercent) ? step.sharePercent : 0), 0);
  if (total > 100) {
    problems.push(
      issue(
        '/steps',
        'item.step_shares_exceed',
        text(
          '各办理环节的时限占比合计 {total}%，超过 100%；请调低部分环节的占比。',
          'The steps take {total}% of the time limit together, more than 100%; lower some of their shares.',
          { total },
        ),
      ),
    );
  }
  return problems;
}
