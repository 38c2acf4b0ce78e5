/**
 * 事项（item）及其要素。An item is one line of the catalog (事项目录) as the center publishes it;
 * a sub-item (办理项) is an item whose code names a main item (see item-code.ts).
 *
 * Time limits are in working days (工作日). `promisedDays` 0 makes the item 即办件 (onTheSpot):
 * done on the day of acceptance; otherwise it is 承诺件 (promised).
 */

/** 事项类型：行政许可 / 非行政许可审批 / 公共服务 / 行政确认 / 其他。 */
export const ITEM_TYPES = ['licensing', 'nonLicensingApproval', 'publicService', 'administrativeConfirmation', 'other'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/**
 * 依申请作出决定的事项类型：必须有设定依据、申请材料和办理结果。
 * Public services and other items may be pure information services (政策咨询, 信息查询) without them.
 */
export const DECISION_ITEM_TYPES: readonly ItemType[] = ['licensing', 'nonLicensingApproval', 'administrativeConfirmation'];

/** 办理渠道：窗口 / 网上 / 代办。 */
export const CHANNELS = ['window', 'online', 'agency'] as const;
export type Channel = (typeof CHANNELS)[number];

/** 办件类型：即办件 / 承诺件。 */
export type CaseType = 'onTheSpot' | 'promised';

/** 材料必要性：必需 / 依情形提交。 */
export const MATERIAL_REQUIREMENTS = ['required', 'conditional'] as const;
export type MaterialRequirement = (typeof MATERIAL_REQUIREMENTS)[number];

/** 流程环节的办理岗位。 */
export const STEP_ROLES = ['windowClerk', 'reviewer', 'approver', 'chiefRepresentative'] as const;
export type StepRole = (typeof STEP_ROLES)[number];

/** 最多跑动次数的上限。 */
export const MAX_VISITS_LIMIT = 10;

/** 申请材料。 */
export interface Material {
  /** 材料名称，在一个事项内唯一 */
  name: string;
  /** 原件份数 */
  originals: number;
  /** 复印件份数 */
  copies: number;
  requirement: MaterialRequirement;
  /** 依情形提交时的情形说明（如“委托他人办理的”） */
  condition?: string;
  /** 出具单位（如“公安机关”、“申请人自备”） */
  issuingBody?: string;
  /** 空白表格或示范文本的文件引用 */
  templateRef?: string;
}

/** 收费项目。 */
export interface Fee {
  name: string;
  /** 收费标准，如“每证 10 元” */
  standard: string;
  /** 收费依据（文件名称及文号） */
  legalBasis: string;
  /** 是否可减免 */
  waivable: boolean;
  /** 固定金额（分），标准按件计收时填写，供开票 */
  amountFen?: number;
}

/** 办理流程的一个环节；环节按数组顺序进行。 */
export interface ProcessStep {
  name: string;
  role: StepRole;
  /** 占承诺时限的百分比（整数），各环节合计不超过 100 */
  sharePercent: number;
}

/**
 * 事项草稿：录入、导入或清理调整时的事项，经 `validateItemDraft` 校验后即为事项。
 * Lists of text (legalBasis, conditions) hold one single-line entry each.
 */
export interface ItemDraft {
  /** 实施编码 `{基本编码}-{区划代码}-{实施部门统一社会信用代码}`，见 item-code.ts */
  code: string;
  /** 事项名称 */
  name: string;
  type: ItemType;
  /** 实施部门（组织模块的部门 id） */
  departmentId: string;
  /** 设定依据，每条一项 */
  legalBasis: string[];
  /** 法定时限（工作日） */
  legalDays: number;
  /** 承诺时限（工作日），0 即即办件 */
  promisedDays: number;
  /** 最多跑动次数 0–10 */
  maxVisits: number;
  channels: Channel[];
  /** 是否可代办 */
  agencyAllowed: boolean;
  /** 受理条件，每条一项 */
  conditions: string[];
  materials: Material[];
  fees: Fee[];
  steps: ProcessStep[];
  /** 办理结果（证照或批文名称） */
  result?: string;
  /** 受理该事项的窗口 id */
  windowIds: string[];
}

/** 已通过校验的事项。 */
export type Item = ItemDraft;

/** 事项的字段名。 */
export type ItemField = keyof ItemDraft;

/** 即办件或承诺件。 */
export function caseTypeOf(item: Pick<ItemDraft, 'promisedDays'>): CaseType {
  return item.promisedDays === 0 ? 'onTheSpot' : 'promised';
}

/** 是否为依申请作出决定的事项类型。 */
export function isDecisionItem(item: Pick<ItemDraft, 'type'>): boolean {
  return DECISION_ITEM_TYPES.includes(item.type);
}
