import type { LocalizedText } from '../../../kernel/i18n/locale.js';
import type { CleanupAction } from './cleanup.js';
import type { CaseType, Channel, ItemField, ItemType, MaterialRequirement, StepRole } from './item.js';

/**
 * 目录中各代码值和字段的中英文名称：the one place where the catalog's words are spelled, used by
 * the service guide, the version diff, the announcement and the Excel template.
 */

function t(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, 'en-US': en };
}

export const ITEM_TYPE_LABELS: Readonly<Record<ItemType, LocalizedText>> = {
  licensing: t('行政许可', 'Administrative licensing'),
  nonLicensingApproval: t('非行政许可审批', 'Non-licensing approval'),
  publicService: t('公共服务', 'Public service'),
  administrativeConfirmation: t('行政确认', 'Administrative confirmation'),
  other: t('其他', 'Other'),
};

export const CHANNEL_LABELS: Readonly<Record<Channel, LocalizedText>> = {
  window: t('窗口', 'At a window'),
  online: t('网上', 'Online'),
  agency: t('代办', 'Through an agent'),
};

export const CASE_TYPE_LABELS: Readonly<Record<CaseType, LocalizedText>> = {
  onTheSpot: t('即办件', 'On the spot'),
  promised: t('承诺件', 'Promised'),
};

export const MATERIAL_REQUIREMENT_LABELS: Readonly<Record<MaterialRequirement, LocalizedText>> = {
  required: t('必需', 'Required'),
  conditional: t('依情形', 'In some cases'),
};

export const STEP_ROLE_LABELS: Readonly<Record<StepRole, LocalizedText>> = {
  windowClerk: t('窗口工作人员', 'Window clerk'),
  reviewer: t('审核人', 'Reviewer'),
  approver: t('审批人', 'Approver'),
  chiefRepresentative: t('首席代表', 'Chief representative'),
};

export const ITEM_FIELD_LABELS: Readonly<Record<ItemField, LocalizedText>> = {
  code: t('实施编码', 'Item code'),
  name: t('事项名称', 'Item name'),
  type: t('事项类型', 'Item type'),
  departmentId: t('实施部门', 'Implementing department'),
  legalBasis: t('设定依据', 'Legal basis'),
  legalDays: t('法定时限', 'Legal time limit'),
  promisedDays: t('承诺时限', 'Promised time limit'),
  maxVisits: t('最多跑动次数', 'Maximum visits'),
  channels: t('办理渠道', 'Channels'),
  agencyAllowed: t('可代办', 'Agency allowed'),
  conditions: t('受理条件', 'Conditions'),
  materials: t('申请材料', 'Materials'),
  fees: t('收费', 'Fees'),
  steps: t('办理流程', 'Process'),
  result: t('办理结果', 'Result'),
  windowIds: t('受理窗口', 'Windows'),
};

/** A code value from its Chinese or English label or its identifier (for imports); undefined if none. */
export function valueFromLabel<K extends string>(labels: Readonly<Record<K, LocalizedText>>, input: string): K | undefined {
  const wanted = input.trim().toLowerCase();
  const keys = Object.keys(labels) as K[];
  return keys.find(
    (key) => key.toLowerCase() === wanted || labels[key]['zh-CN'] === input.trim() || labels[key]['en-US'].toLowerCase() === wanted,
  );
}

export const CLEANUP_ACTION_LABELS: Readonly<Record<CleanupAction, LocalizedText>> = {
  retain: t('保留', 'Retain'),
  cancel: t('取消', 'Cancel'),
  adjust: t('调整', 'Adjust'),
  delegate: t('下放', 'Delegate'),
  merge: t('合并', 'Merge'),
  toOnTheSpot: t('即办化', 'Make on-the-spot'),
};
