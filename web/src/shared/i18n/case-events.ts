/**
 * The names of a case's events (its lifecycle's actions as done): the case page's timeline and
 * the audit log (case.receive, case.accept …) name them alike.
 */
export const CASE_EVENTS_ZH_CN: Record<string, string> = {
  receive: '收件',
  submit: '网上提交',
  preReview: '预审',
  accept: '受理',
  requestCorrection: '一次性告知补正',
  resubmit: '补正后重新提交',
  refuse: '不予受理',
  review: '审核',
  approve: '审批',
  suspend: '暂停计时',
  resume: '恢复计时',
  extend: '延期',
  complete: '办结',
  deliver: '送达',
  withdraw: '撤回',
  terminate: '终止',
};

export const CASE_EVENTS_EN_US: Record<string, string> = {
  receive: 'Received',
  submit: 'Submitted online',
  preReview: 'Pre-review',
  accept: 'Accepted',
  requestCorrection: 'Correction requested',
  resubmit: 'Resubmitted',
  refuse: 'Refused',
  review: 'Reviewed',
  approve: 'Decided',
  suspend: 'Clock stopped',
  resume: 'Clock resumed',
  extend: 'Extended',
  complete: 'Completed',
  deliver: 'Delivered',
  withdraw: 'Withdrawn',
  terminate: 'Terminated',
};
