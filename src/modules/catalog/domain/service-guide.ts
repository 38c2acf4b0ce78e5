import type { LocalizedText } from '../../../kernel/i18n/locale.js';
import { caseTypeOf, type Item, type Material, type ProcessStep } from './item.js';
import {
  CASE_TYPE_LABELS,
  CHANNEL_LABELS,
  ITEM_FIELD_LABELS as F,
  ITEM_TYPE_LABELS,
  MATERIAL_REQUIREMENT_LABELS,
  STEP_ROLE_LABELS,
} from './labels.js';

/**
 * 服务指南（办事指南 / 一次性告知单）：由事项生成的结构化文档。
 *
 * A guide is a title and nine sections in a fixed order; each section holds layout-neutral blocks
 * (label–value fields, a list, a table, a note) whose every string exists in zh-CN and en-US, so
 * the web page and the A4 print layout render the same document with the same code. A section
 * with nothing to say carries a note (e.g. 不收费) rather than disappearing, so that printed guides
 * all look alike.
 */

export const GUIDE_SECTION_IDS = [
  'basicInfo',
  'legalBasis',
  'conditions',
  'materials',
  'fees',
  'timeLimits',
  'process',
  'windows',
  'contacts',
] as const;
export type GuideSectionId = (typeof GUIDE_SECTION_IDS)[number];

export type GuideBlock =
  | { type: 'fields'; fields: { label: LocalizedText; value: LocalizedText }[] }
  | { type: 'list'; ordered: boolean; entries: LocalizedText[] }
  | { type: 'table'; columns: LocalizedText[]; rows: LocalizedText[][] }
  | { type: 'note'; text: LocalizedText };

export interface GuideSection {
  id: GuideSectionId;
  heading: LocalizedText;
  blocks: GuideBlock[];
}

export interface ServiceGuide {
  itemCode: string;
  title: LocalizedText;
  sections: GuideSection[];
}

/** 受理窗口：名称、位置、电话（来自组织模块）。 */
export interface GuideWindow {
  id: string;
  name: string;
  location: string;
  phone: string;
}

/** 生成指南所需的组织信息，由服务层从组织模块取来。 */
export interface GuideContext {
  department: { id: string; name: string; consultPhone?: string };
  /** The windows of the center; those named by the item are shown, in the item's order. */
  windows: readonly GuideWindow[];
  /** 投诉电话：效能投诉中心、12345 等 */
  complaintPhones: readonly string[];
}

function t(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, 'en-US': en };
}

/** Content typed by staff is the same in every language. */
function same(value: string): LocalizedText {
  return { 'zh-CN': value, 'en-US': value };
}

function joined(labels: readonly LocalizedText[]): LocalizedText {
  return { 'zh-CN': labels.map((l) => l['zh-CN']).join('、'), 'en-US': labels.map((l) => l['en-US']).join(', ') };
}

function days(n: number): LocalizedText {
  return t(`${n} 个工作日`, `${n} working day${n === 1 ? '' : 's'}`);
}

const YES = t('是', 'Yes');
const NO = t('否', 'No');
const NONE = t('无', 'None');

/** 由事项和组织信息生成服务指南。 */
export function buildServiceGuide(item: Item, context: GuideContext): ServiceGuide {
  return {
    itemCode: item.code,
    title: t(`${item.name}服务指南`, `Service guide: ${item.name}`),
    sections: [
      section('basicInfo', t('一、基本信息', '1. Basic information'), basicInfo(item, context)),
      section('legalBasis', t('二、设定依据', '2. Legal basis'), listOrNote(item.legalBasis, NONE)),
      section('conditions', t('三、受理条件', '3. Conditions'), listOrNote(item.conditions, t('无特别条件。', 'No special conditions.'))),
      section('materials', t('四、申请材料', '4. Materials'), materials(item.materials)),
      section('fees', t('五、收费标准', '5. Fees'), fees(item)),
      section('timeLimits', t('六、办理时限', '6. Time limits'), timeLimits(item)),
      section('process', t('七、办理流程', '7. Process'), processSteps(item)),
      section('windows', t('八、受理窗口', '8. Where to apply'), windows(item, context)),
      section('contacts', t('九、咨询与投诉', '9. Enquiries and complaints'), contacts(item, context)),
    ],
  };
}

function section(id: GuideSectionId, heading: LocalizedText, blocks: GuideBlock[]): GuideSection {
  return { id, heading, blocks };
}

function listOrNote(entries: readonly string[], empty: LocalizedText): GuideBlock[] {
  return entries.length === 0 ? [{ type: 'note', text: empty }] : [{ type: 'list', ordered: true, entries: entries.map(same) }];
}

function basicInfo(item: Item, context: GuideContext): GuideBlock[] {
  const visits = item.maxVisits === 0 ? t('0 次（零跑动）', '0 (no visit needed)') : t(`${item.maxVisits} 次`, String(item.maxVisits));
  return [
    {
      type: 'fields',
      fields: [
        { label: F.name, value: same(item.name) },
        { label: F.code, value: same(item.code) },
        { label: F.type, value: ITEM_TYPE_LABELS[item.type] },
        { label: F.departmentId, value: same(context.department.name) },
        { label: t('办件类型', 'Case type'), value: CASE_TYPE_LABELS[caseTypeOf(item)] },
        { label: F.result, value: item.result ? same(item.result) : NONE },
        { label: F.channels, value: joined(item.channels.map((c) => CHANNEL_LABELS[c])) },
        { label: F.agencyAllowed, value: item.agencyAllowed ? YES : NO },
        { label: F.maxVisits, value: visits },
      ],
    },
  ];
}

function materials(list: readonly Material[]): GuideBlock[] {
  if (list.length === 0) return [{ type: 'note', text: t('无需提交材料。', 'No materials are needed.') }];
  return [
    {
      type: 'table',
      columns: [t('序号', 'No.'), t('材料名称', 'Material'), t('原件', 'Originals'), t('复印件', 'Copies'), t('要求', 'Requirement'), t('出具单位', 'Issued by'), t('样表', 'Template')],
      rows: list.map((m, i) => [
        same(String(i + 1)),
        same(m.name),
        same(String(m.originals)),
        same(String(m.copies)),
        requirementText(m),
        m.issuingBody ? same(m.issuingBody) : t('申请人自备', 'The applicant'),
        m.templateRef ? same(m.templateRef) : NONE,
      ]),
    },
    { type: 'note', text: t('材料齐全、符合法定形式的当场受理；材料不全的，窗口一次告知需补正的全部内容。', 'Complete applications are accepted on the spot; if anything is missing, the window lists everything to correct at once.') },
  ];
}

/** “必需” or “依情形：{condition}”. */
export function requirementText(m: Pick<Material, 'requirement' | 'condition'>): LocalizedText {
  const label = MATERIAL_REQUIREMENT_LABELS[m.requirement];
  if (m.requirement === 'required' || !m.condition) return label;
  return { 'zh-CN': `${label['zh-CN']}：${m.condition}`, 'en-US': `${label['en-US']}: ${m.condition}` };
}

function fees(item: Item): GuideBlock[] {
  if (item.fees.length === 0) return [{ type: 'note', text: t('不收费。', 'Free of charge.') }];
  return [
    {
      type: 'table',
      columns: [t('收费项目', 'Fee'), t('收费标准', 'Standard'), t('收费依据', 'Legal basis'), t('可减免', 'Waivable')],
      rows: item.fees.map((fee) => [same(fee.name), same(fee.standard), same(fee.legalBasis), fee.waivable ? YES : NO]),
    },
  ];
}

function timeLimits(item: Item): GuideBlock[] {
  const onTheSpot = caseTypeOf(item) === 'onTheSpot';
  return [
    {
      type: 'fields',
      fields: [
        { label: F.legalDays, value: item.legalDays === 0 ? t('当场', 'On the spot') : days(item.legalDays) },
        { label: F.promisedDays, value: onTheSpot ? t('即办（受理当日办结）', 'On the spot (done on the day of acceptance)') : days(item.promisedDays) },
      ],
    },
    {
      type: 'note',
      text: t(
        '时限按工作日计算，自受理之日起算，受理当日不计入；听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审所需时间不计入时限。',
        'Limits are in working days from acceptance, not counting the day of acceptance; hearings, tendering, auctions, testing, inspection, quarantine, appraisal and expert review do not count.',
      ),
    },
  ];
}

/** 环节用时：承诺时限乘占比；即办件为当场。 */
function stepTime(item: Item, step: ProcessStep): LocalizedText {
  if (caseTypeOf(item) === 'onTheSpot') return t('当场', 'On the spot');
  const share = (item.promisedDays * step.sharePercent) / 100;
  const rounded = Math.round(share * 10) / 10;
  return t(`${step.sharePercent}%（约 ${rounded} 个工作日）`, `${step.sharePercent}% (about ${rounded} working days)`);
}

function processSteps(item: Item): GuideBlock[] {
  if (item.steps.length === 0) return [{ type: 'note', text: t('窗口受理后即时办理。', 'Handled at the window once accepted.') }];
  return [
    {
      type: 'table',
      columns: [t('序号', 'No.'), t('环节', 'Step'), t('岗位', 'Role'), t('时限', 'Time')],
      rows: item.steps.map((step, i) => [same(String(i + 1)), same(step.name), STEP_ROLE_LABELS[step.role], stepTime(item, step)]),
    },
  ];
}

function itemWindows(item: Item, context: GuideContext): GuideWindow[] {
  return item.windowIds.flatMap((id) => context.windows.filter((w) => w.id === id));
}

function windows(item: Item, context: GuideContext): GuideBlock[] {
  const shown = itemWindows(item, context);
  const online = item.channels.includes('online') ? [{ type: 'note' as const, text: t('也可在网上办事大厅申请。', 'You can also apply online on the portal.') }] : [];
  if (shown.length === 0) return [{ type: 'note', text: t('不设窗口受理。', 'Not taken at a window.') }, ...online];
  return [
    {
      type: 'table',
      columns: [t('窗口', 'Window'), t('位置', 'Location'), t('电话', 'Phone')],
      rows: shown.map((w) => [same(w.name), same(w.location), same(w.phone)]),
    },
    ...online,
  ];
}

function contacts(item: Item, context: GuideContext): GuideBlock[] {
  const consult = context.department.consultPhone
    ? [context.department.consultPhone]
    : [...new Set(itemWindows(item, context).map((w) => w.phone))];
  return [
    {
      type: 'fields',
      fields: [
        { label: t('咨询电话', 'Enquiries'), value: consult.length > 0 ? t(consult.join('、'), consult.join(', ')) : NONE },
        { label: t('投诉电话', 'Complaints'), value: context.complaintPhones.length > 0 ? t(context.complaintPhones.join('、'), context.complaintPhones.join(', ')) : NONE },
      ],
    },
  ];
}
