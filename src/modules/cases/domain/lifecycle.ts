import { errors, issue, text, type Issue } from '../../../kernel/errors/index.js';
import type { LocalizedText } from '../../../kernel/i18n/locale.js';
import { ACTION_LABELS, STATE_LABELS } from './labels.js';
import type { Role } from '../../../kernel/permissions/roles.js';

/**
 * The life of a case (办件), after the Administrative Licensing Law (DESIGN §3):
 *
 *   draft ─submit→ submitted ─preReview(pass)→ received      (online: 预审)
 *                            └preReview(return)→ correction
 *   (window) receive → received ─accept→ accepted            (受理; also deemed, Art. 32)
 *                              ├requestCorrection→ correction ─resubmit→ received   (补正, 一次告知)
 *                              └refuse→ refused                                      (不予受理)
 *   accepted ─review→ reviewed ─approve(grant|deny)→ decided ─complete→ completed ─deliver→ delivered
 *   accepted|reviewed ─suspend→ suspended ─resume→ (back)     (Art. 45: the clock stops)
 *   accepted|reviewed|suspended ─extend→ (same state), once   (Art. 42)
 *   any state before a decision ─withdraw|terminate→ withdrawn | terminated
 *
 * This file is pure: it decides whether an action is allowed from a state by a performer and
 * what changes; the service stores the result, the clock (kernel/calendar) computes deadlines.
 */
export const CASE_STATES = [
  'draft',
  'submitted',
  'received',
  'correction',
  'accepted',
  'reviewed',
  'suspended',
  'decided',
  'completed',
  'delivered',
  'refused',
  'withdrawn',
  'terminated',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const FINAL_STATES: readonly CaseState[] = ['delivered', 'refused', 'withdrawn', 'terminated'];
/** States in which the legal clock runs (or is stopped by a suspension). */
export const CLOCK_STATES: readonly CaseState[] = ['accepted', 'reviewed', 'suspended'];
const BEFORE_DECISION: readonly CaseState[] = ['draft', 'submitted', 'received', 'correction', 'accepted', 'reviewed', 'suspended'];

/** Special procedures that stop the clock (Art. 45). */
export const SUSPENSION_KINDS = ['hearing', 'expertReview', 'testing', 'inspection', 'quarantine', 'appraisal', 'tendering', 'auction', 'siteInspection', 'publicNotice'] as const;
export type SuspensionKind = (typeof SUSPENSION_KINDS)[number];

export type Decision = 'grant' | 'deny';
export type DeliveryMethod = 'pickup' | 'mail' | 'electronic';

/** One missing or defective material in a correction notice (补正告知书). */
export interface MaterialProblem {
  material: string;
  problem: string;
}

export type CaseAction =
  | { type: 'submit' }
  | { type: 'preReview'; outcome: 'pass' | 'return'; problems?: MaterialProblem[]; note?: string }
  | { type: 'accept'; deemed?: boolean }
  | { type: 'requestCorrection'; problems: MaterialProblem[]; override?: boolean }
  | { type: 'resubmit' }
  | { type: 'refuse'; reason: string; legalBasis: string }
  | { type: 'review'; opinion: string; recommendation: Decision }
  | { type: 'approve'; decision: Decision; reason: string }
  | { type: 'suspend'; kind: SuspensionKind; reason: string }
  | { type: 'resume' }
  | { type: 'extend'; days: number; reason: string }
  | { type: 'complete' }
  | { type: 'deliver'; method: DeliveryMethod; trackingNo?: string; signedBy?: string; licenceNo?: string }
  | { type: 'withdraw'; reason: string }
  | { type: 'terminate'; reason: string };

export type CaseActionType = CaseAction['type'];

/** What the domain needs to know of a case to decide a transition. */
export interface CaseSnapshot {
  state: CaseState;
  /** The state a suspended case returns to. */
  resumeState: 'accepted' | 'reviewed' | null;
  /** Correction notices (补正告知) given on this application so far: 一次告知 allows one; more need a supervisor's override. */
  correctionNotices: number;
  submissionNo: number;
  reviewerId: string | null;
  extended: boolean;
  /** Item case type: an on-the-spot (即办) case may be decided by one approver without a separate review. */
  onTheSpot: boolean;
}

/** Who performs an action: roles, and the chief representative's powers in force. */
export interface Performer {
  id: string | null;
  roles: readonly Role[];
  /** 审批决定权 in force for the case's department (a chief representative's authorization). */
  mayDecide: boolean;
  /** System actions (deemed acceptance job) and applicants (online submission, withdrawal). */
  kind: 'staff' | 'system' | 'applicant';
}

/** The flag of a case that entered a special procedure (Art. 45) at least once: only such a case has suspensions. */
export const SPECIAL_PROCEDURE_FLAG = 'special_procedure';

/** Whether a case with these comma-separated flags may have suspensions (its clock must read them). */
export function mayHaveSuspensions(flags: string): boolean {
  return flags.split(',').includes(SPECIAL_PROCEDURE_FLAG);
}

export interface Transition {
  from: CaseState;
  to: CaseState;
  /** Changes to the snapshot. */
  patch: Partial<CaseSnapshot>;
  /** Marks for e-supervision (e.g. a second correction request by override). */
  flags: string[];
}

interface Rule {
  from: readonly CaseState[];
  /** Who may do it: roles, or the system / applicant. */
  by: readonly (Role | 'system' | 'applicant' | 'decider')[];
}

/** The transition table. `decider`: an approver, or a chief representative holding 审批决定权. */
export const TRANSITIONS: Record<CaseActionType, Rule> = {
  submit: { from: ['draft'], by: ['applicant', 'agent', 'clerk'] },
  preReview: { from: ['submitted'], by: ['clerk', 'chief_representative'] },
  accept: { from: ['received'], by: ['clerk', 'chief_representative', 'agent', 'system'] },
  requestCorrection: { from: ['received'], by: ['clerk', 'chief_representative', 'supervisor'] },
  resubmit: { from: ['correction'], by: ['applicant', 'agent', 'clerk'] },
  refuse: { from: ['received'], by: ['clerk', 'chief_representative'] },
  review: { from: ['accepted'], by: ['reviewer', 'chief_representative'] },
  approve: { from: ['reviewed', 'accepted'], by: ['decider'] },
  suspend: { from: ['accepted', 'reviewed'], by: ['reviewer', 'decider'] },
  resume: { from: ['suspended'], by: ['reviewer', 'decider'] },
  extend: { from: ['accepted', 'reviewed', 'suspended'], by: ['decider'] },
  complete: { from: ['decided'], by: ['clerk', 'decider', 'chief_representative'] },
  deliver: { from: ['completed'], by: ['clerk', 'agent', 'chief_representative'] },
  withdraw: { from: BEFORE_DECISION, by: ['applicant', 'agent', 'clerk'] },
  terminate: { from: BEFORE_DECISION, by: ['decider', 'supervisor'] },
};

export function performs(performer: Performer, by: Rule['by']): boolean {
  if (performer.kind === 'system') return by.includes('system');
  if (performer.kind === 'applicant') return by.includes('applicant');
  if (by.includes('decider') && (performer.roles.includes('approver') || performer.mayDecide)) return true;
  return performer.roles.some((role) => by.includes(role));
}

const notAllowed = (action: CaseActionType, state: CaseState) =>
  errors.rule(
    'case.transition_not_allowed',
    {
      'zh-CN': `办件当前为“${STATE_LABELS[state]?.['zh-CN'] ?? state}”，不能${ACTION_LABELS[action]['zh-CN']}。`,
      'en-US': `A case that is ${(STATE_LABELS[state]?.['en-US'] ?? state).toLowerCase()} cannot be given "${ACTION_LABELS[action]['en-US']}".`,
    },
    { state, action },
  );

const REQUIRED_TEXT: Partial<Record<CaseActionType, Record<string, LocalizedText>>> = {
  // 不予受理 is a written decision: its reason and legal basis (Art. 32).
  refuse: { reason: text('请写明不予受理的理由。', 'State the reason for refusal.'), legalBasis: text('请写明不予受理的法律依据。', 'State the legal basis for refusal.') },
  review: { opinion: text('请写明审核意见。', 'Write the review opinion.') },
  approve: { reason: text('请写明审批决定的理由。', 'State the reason for the decision.') },
  suspend: { reason: text('请写明暂停计时的理由。', 'State why the clock stops.') },
  extend: { reason: text('请写明延期的理由。', 'State the reason for the extension.') },
  withdraw: { reason: text('请写明撤回的原因。', 'State why the application is withdrawn.') },
  terminate: { reason: text('请写明终止办理的理由。', 'State why handling is terminated.') },
};
const DELIVERY_PROOF = { pickup: 'signedBy', mail: 'trackingNo', electronic: 'licenceNo' } as const;

/**
 * The texts an action must carry, not blank: every one missing at once, at its place in the
 * action request (`/action/…`). A correction notice lists at least one problem, each complete.
 */
export function blankFieldIssues(action: CaseAction): Issue[] {
  const fields = action as unknown as Record<string, unknown>;
  const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';
  const problems = Object.entries(REQUIRED_TEXT[action.type] ?? {})
    .filter(([field]) => !filled(fields[field]))
    .map(([field, message]) => issue(`/action/${field}`, 'required', message));
  if (action.type === 'requestCorrection') {
    if (action.problems.length === 0) problems.push(issue('/action/problems', 'required', text('补正告知须一次性列明全部问题。', 'A correction notice lists every problem at once.')));
    action.problems.forEach((p, i) => {
      if (!filled(p.material)) problems.push(issue(`/action/problems/${i}/material`, 'required', text('请写明有问题的材料。', 'Name the material with the problem.')));
      if (!filled(p.problem)) problems.push(issue(`/action/problems/${i}/problem`, 'required', text('请写明问题。', 'Describe the problem.')));
    });
  }
  if (action.type === 'deliver' && !filled(action[DELIVERY_PROOF[action.method]])) {
    problems.push(issue(`/action/${DELIVERY_PROOF[action.method]}`, 'required', text('请填写送达凭证（领取人、快递单号或电子证照编号）。', 'Give the proof of delivery (who signed, the tracking number or the licence number).')));
  }
  return problems;
}

/** The next state and changes for `action`, or throws an `unprocessable` / `forbidden` error. */
export function transition(current: CaseSnapshot, action: CaseAction, performer: Performer): Transition {
  const rule = TRANSITIONS[action.type];
  if (!rule.from.includes(current.state)) throw notAllowed(action.type, current.state);
  if (!performs(performer, rule.by)) {
    throw errors.forbidden(`case.${action.type}`, {
      'zh-CN': '该环节须由相应岗位的人员办理。',
      'en-US': 'This step must be done by someone in the matching role.',
    }, { reason: 'role' });
  }
  const blank = blankFieldIssues(action);
  if (blank.length > 0) throw errors.invalid(blank);
  const base = { from: current.state, flags: [] as string[] };
  switch (action.type) {
    case 'submit':
      return { ...base, to: 'submitted', patch: {} };
    case 'preReview':
      return action.outcome === 'pass'
        ? { ...base, to: 'received', patch: {} }
        : { ...base, to: 'correction', patch: { correctionNotices: current.correctionNotices + 1 } };
    case 'accept':
      return { ...base, to: 'accepted', patch: {}, flags: action.deemed ? ['deemed_acceptance'] : [] };
    case 'requestCorrection': {
      if (current.correctionNotices > 0) {
        // 一次告知: everything missing is listed at once; a second request on the same
        // application, even after the applicant resubmitted, needs a supervisor.
        if (!action.override || !performer.roles.includes('supervisor')) {
          throw errors.rule(
            'case.correction_once',
            text('补正须一次性告知：本申请已发过补正通知，再次要求补正须由监察员核准（override）。', 'Corrections are notified once: this application already had a correction notice; a second one needs a supervisor\'s override.'),
          );
        }
        return { ...base, to: 'correction', patch: { correctionNotices: current.correctionNotices + 1 }, flags: ['second_correction'] };
      }
      return { ...base, to: 'correction', patch: { correctionNotices: 1 } };
    }
    case 'resubmit':
      return { ...base, to: 'received', patch: { submissionNo: current.submissionNo + 1 } };
    case 'refuse':
      return { ...base, to: 'refused', patch: {} };
    case 'review':
      return { ...base, to: 'reviewed', patch: { reviewerId: performer.id } };
    case 'approve': {
      if (current.state === 'accepted' && !current.onTheSpot) {
        throw errors.rule('case.review_first', text('该件须先经审核（一审一核）再审批。', 'This case must be reviewed before it is approved (one reviews, another approves).'));
      }
      if (current.reviewerId && current.reviewerId === performer.id) {
        throw errors.rule('case.approver_is_reviewer', text('审批人不能审批自己审核过的办件（一审一核）。', 'The approver cannot approve a case they reviewed themselves.'));
      }
      return { ...base, to: 'decided', patch: {} };
    }
    case 'suspend':
      return { ...base, to: 'suspended', patch: { resumeState: current.state as 'accepted' | 'reviewed' }, flags: [SPECIAL_PROCEDURE_FLAG] };
    case 'resume':
      return { ...base, to: current.resumeState ?? 'accepted', patch: { resumeState: null } };
    case 'extend':
      if (current.extended) throw errors.rule('case.extended_once', text('延期只能一次（行政许可法第四十二条）。', 'A case can be extended only once (Art. 42).'));
      return { ...base, to: current.state, patch: { extended: true } };
    case 'complete':
      return { ...base, to: 'completed', patch: {} };
    case 'deliver':
      return { ...base, to: 'delivered', patch: {} };
    case 'withdraw':
      return { ...base, to: 'withdrawn', patch: {} };
    case 'terminate':
      return { ...base, to: 'terminated', patch: {} };
  }
}

/** The decision text a refusal records: its reason with the legal basis. */
export function refusalDecision(action: { reason: string; legalBasis: string }): string {
  return `${action.reason.trim()}（依据：${action.legalBasis.trim()}）`;
}

/** The actions possible from a state (for the workbench's buttons). */
export function actionsFrom(state: CaseState): CaseActionType[] {
  return (Object.keys(TRANSITIONS) as CaseActionType[]).filter((type) => TRANSITIONS[type].from.includes(state));
}
