import type { LocalizedText } from '../../../kernel/i18n/locale.js';
import type { CaseActionType } from './lifecycle.js';

/** The states' names, for people: notices, the public progress page, messages. */
export const STATE_LABELS: Readonly<Record<string, LocalizedText>> = {
  draft: { 'zh-CN': '草稿', 'en-US': 'Draft' },
  submitted: { 'zh-CN': '已提交，待预审', 'en-US': 'Submitted, awaiting pre-review' },
  received: { 'zh-CN': '已收件', 'en-US': 'Received' },
  correction: { 'zh-CN': '待补正', 'en-US': 'Awaiting correction' },
  accepted: { 'zh-CN': '已受理', 'en-US': 'Accepted' },
  reviewed: { 'zh-CN': '审核中', 'en-US': 'Under review' },
  suspended: { 'zh-CN': '特别程序中（暂停计时）', 'en-US': 'Special procedure (clock stopped)' },
  decided: { 'zh-CN': '已审批', 'en-US': 'Decided' },
  completed: { 'zh-CN': '已办结', 'en-US': 'Completed' },
  delivered: { 'zh-CN': '已送达', 'en-US': 'Delivered' },
  refused: { 'zh-CN': '不予受理', 'en-US': 'Refused' },
  withdrawn: { 'zh-CN': '已撤回', 'en-US': 'Withdrawn' },
  terminated: { 'zh-CN': '已终止', 'en-US': 'Terminated' },
};

/** The lifecycle's actions' names, for people (messages; the console has its own button texts). */
export const ACTION_LABELS: Readonly<Record<CaseActionType, LocalizedText>> = {
  submit: { 'zh-CN': '提交', 'en-US': 'submit' },
  preReview: { 'zh-CN': '预审', 'en-US': 'pre-review' },
  accept: { 'zh-CN': '受理', 'en-US': 'accept' },
  requestCorrection: { 'zh-CN': '告知补正', 'en-US': 'request a correction' },
  resubmit: { 'zh-CN': '补正后重新提交', 'en-US': 'resubmit after correction' },
  refuse: { 'zh-CN': '不予受理', 'en-US': 'refuse' },
  review: { 'zh-CN': '审核', 'en-US': 'review' },
  approve: { 'zh-CN': '审批决定', 'en-US': 'decide' },
  suspend: { 'zh-CN': '暂停计时（特别程序）', 'en-US': 'suspend (special procedure)' },
  resume: { 'zh-CN': '恢复计时', 'en-US': 'resume' },
  extend: { 'zh-CN': '延期', 'en-US': 'extend' },
  complete: { 'zh-CN': '办结', 'en-US': 'complete' },
  deliver: { 'zh-CN': '送达', 'en-US': 'deliver' },
  withdraw: { 'zh-CN': '撤回申请', 'en-US': 'withdraw' },
  terminate: { 'zh-CN': '终止办理', 'en-US': 'terminate' },
};
