import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../kernel/errors/index.js';
import { actionsFrom, blankFieldIssues, CASE_STATES, mayHaveSuspensions, refusalDecision, transition, type CaseAction, type CaseSnapshot, type Performer } from './lifecycle.js';

const fresh = (overrides: Partial<CaseSnapshot> = {}): CaseSnapshot => ({
  state: 'received',
  resumeState: null,
  correctionNotices: 0,
  submissionNo: 1,
  reviewerId: null,
  extended: false,
  onTheSpot: false,
  ...overrides,
});
const clerk: Performer = { id: 'clerk', roles: ['clerk'], mayDecide: false, kind: 'staff' };
const reviewer: Performer = { id: 'rev', roles: ['reviewer'], mayDecide: false, kind: 'staff' };
const approver: Performer = { id: 'app', roles: ['approver'], mayDecide: false, kind: 'staff' };
const chief: Performer = { id: 'chief', roles: ['chief_representative', 'reviewer'], mayDecide: true, kind: 'staff' };
const supervisor: Performer = { id: 'sup', roles: ['supervisor'], mayDecide: false, kind: 'staff' };
const system: Performer = { id: null, roles: [], mayDecide: false, kind: 'system' };

function run(start: CaseSnapshot, steps: [CaseAction, Performer][]): CaseSnapshot {
  return steps.reduce((snapshot, [action, performer]) => {
    const t = transition(snapshot, action, performer);
    return { ...snapshot, ...t.patch, state: t.to };
  }, start);
}

function code(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return isAppError(error) ? error.code : 'crash';
  }
}

describe('case lifecycle', () => {
  it('walks receipt to delivery with one reviewer and another approver', () => {
    const end = run(fresh(), [
      [{ type: 'accept' }, clerk],
      [{ type: 'review', opinion: '材料齐全，符合条件', recommendation: 'grant' }, reviewer],
      [{ type: 'approve', decision: 'grant', reason: '准予许可' }, approver],
      [{ type: 'complete' }, clerk],
      [{ type: 'deliver', method: 'pickup', signedBy: '张三' }, clerk],
    ]);
    expect(end.state).toBe('delivered');
    expect(end.reviewerId).toBe('rev');
  });

  it('never lets the approver approve their own review', () => {
    const reviewed = run(fresh(), [
      [{ type: 'accept' }, clerk],
      [{ type: 'review', opinion: 'ok', recommendation: 'grant' }, chief],
    ]);
    expect(code(() => transition(reviewed, { type: 'approve', decision: 'grant', reason: 'x' }, chief))).toBe('case.approver_is_reviewer');
    expect(code(() => transition(reviewed, { type: 'approve', decision: 'grant', reason: 'x' }, approver))).toBe('ok');
  });

  it('requires a review before approval unless the case is on the spot', () => {
    const accepted = fresh({ state: 'accepted' });
    expect(code(() => transition(accepted, { type: 'approve', decision: 'grant', reason: 'x' }, approver))).toBe('case.review_first');
    expect(code(() => transition({ ...accepted, onTheSpot: true }, { type: 'approve', decision: 'grant', reason: 'x' }, approver))).toBe('ok');
  });

  it('notifies corrections once; a second request needs a supervisor override and is flagged', () => {
    const problems = [{ material: '营业执照', problem: '复印件不清晰' }];
    const once = run(fresh(), [[{ type: 'requestCorrection', problems }, clerk]]);
    expect(once.state).toBe('correction');
    const back = run(once, [[{ type: 'resubmit' }, clerk]]);
    expect(back).toMatchObject({ state: 'received', submissionNo: 2, correctionNotices: 1 });
    // A second request on the same application, even after resubmission: only by a supervisor's override.
    const sameSubmission = back;
    expect(code(() => transition(sameSubmission, { type: 'requestCorrection', problems }, clerk))).toBe('case.correction_once');
    expect(code(() => transition(sameSubmission, { type: 'requestCorrection', problems, override: true }, clerk))).toBe('case.correction_once');
    expect(transition(sameSubmission, { type: 'requestCorrection', problems, override: true }, supervisor).flags).toEqual(['second_correction']);
  });

  it('suspends and resumes to the state it left, and extends once', () => {
    const reviewed = fresh({ state: 'reviewed', reviewerId: 'rev' });
    const suspended = run(reviewed, [[{ type: 'suspend', kind: 'expertReview', reason: '专家评审' }, chief]]);
    expect(suspended).toMatchObject({ state: 'suspended', resumeState: 'reviewed' });
    expect(transition(reviewed, { type: 'suspend', kind: 'expertReview', reason: '专家评审' }, chief).flags).toEqual(['special_procedure']);
    expect([mayHaveSuspensions('deemed_acceptance,special_procedure'), mayHaveSuspensions('deemed_acceptance'), mayHaveSuspensions('')]).toEqual([true, false, false]);
    const extended = run(suspended, [[{ type: 'extend', days: 10, reason: '情况复杂' }, chief]]);
    expect(extended).toMatchObject({ state: 'suspended', extended: true });
    expect(code(() => transition(extended, { type: 'extend', days: 10, reason: 'again' }, chief))).toBe('case.extended_once');
    expect(run(extended, [[{ type: 'resume' }, chief]]).state).toBe('reviewed');
    expect(code(() => transition(reviewed, { type: 'extend', days: 10, reason: 'x' }, reviewer))).toBe('forbidden');
  });

  it('marks deemed acceptance by the system', () => {
    expect(transition(fresh(), { type: 'accept', deemed: true }, system).flags).toEqual(['deemed_acceptance']);
    expect(code(() => transition(fresh(), { type: 'review', opinion: 'x', recommendation: 'grant' }, system))).toBe('case.transition_not_allowed');
  });

  it('refuses only received applications, and final states allow nothing', () => {
    expect(code(() => transition(fresh({ state: 'accepted' }), { type: 'refuse', reason: 'x', legalBasis: 'y' }, clerk))).toBe('case.transition_not_allowed');
    for (const state of ['delivered', 'refused', 'withdrawn', 'terminated'] as const) expect(actionsFrom(state)).toEqual([]);
  });

  it('refuses only with a reason and a legal basis, both reported at once, and records them together', () => {
    let problems: string[] = [];
    try {
      transition(fresh(), { type: 'refuse', reason: ' ', legalBasis: '' }, clerk);
    } catch (error) {
      problems = isAppError(error) ? error.issues.map((i) => i.path) : [];
    }
    expect(problems).toEqual(['/action/reason', '/action/legalBasis']);
    expect(code(() => transition(fresh(), { type: 'refuse', reason: '材料不全', legalBasis: '' }, clerk))).toBe('validation_failed');
    expect(transition(fresh(), { type: 'refuse', reason: '不属本机关职权', legalBasis: '行政许可法第三十二条' }, clerk).to).toBe('refused');
    expect(refusalDecision({ reason: ' 不属本机关职权 ', legalBasis: '行政许可法第三十二条' })).toBe('不属本机关职权（依据：行政许可法第三十二条）');
  });

  it('refuses blank reasons, opinions, problems and delivery proofs, each at its place', () => {
    const blank = (action: CaseAction) => blankFieldIssues(action).map((i) => i.path);
    expect(blank({ type: 'withdraw', reason: '   ' })).toEqual(['/action/reason']);
    expect(blank({ type: 'approve', decision: 'grant', reason: ' ' })).toEqual(['/action/reason']);
    expect(blank({ type: 'review', opinion: '', recommendation: 'grant' })).toEqual(['/action/opinion']);
    expect(blank({ type: 'requestCorrection', problems: [{ material: ' ', problem: '模糊' }, { material: '申请书', problem: '' }] })).toEqual(['/action/problems/0/material', '/action/problems/1/problem']);
    expect(blank({ type: 'requestCorrection', problems: [] })).toEqual(['/action/problems']);
    expect(blank({ type: 'deliver', method: 'mail', signedBy: '张三' })).toEqual(['/action/trackingNo']);
    expect(blank({ type: 'deliver', method: 'pickup', signedBy: '张三' })).toEqual([]);
    expect(blank({ type: 'accept' })).toEqual([]);
    expect(code(() => transition(fresh({ state: 'accepted' }), { type: 'review', opinion: ' ', recommendation: 'grant' }, reviewer))).toBe('validation_failed');
  });

  it('keeps its invariants under any sequence of actions (property)', () => {
    const performers = [clerk, reviewer, approver, chief, supervisor, system];
    const actions: CaseAction[] = [
      { type: 'accept' },
      { type: 'requestCorrection', problems: [{ material: 'a', problem: 'b' }], override: true },
      { type: 'resubmit' },
      { type: 'review', opinion: 'o', recommendation: 'grant' },
      { type: 'approve', decision: 'deny', reason: 'r' },
      { type: 'suspend', kind: 'hearing', reason: 'r' },
      { type: 'resume' },
      { type: 'extend', days: 10, reason: 'r' },
      { type: 'complete' },
      { type: 'deliver', method: 'mail', trackingNo: 'SF1' },
      { type: 'withdraw', reason: 'r' },
    ];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(actions.length - 1), fc.nat(performers.length - 1)), { maxLength: 40 }), (steps) => {
        let snapshot = fresh();
        let extensions = 0;
        let lastReviewer: string | null = null;
        for (const [a, p] of steps) {
          const action = actions[a]!;
          const performer = performers[p]!;
          let t;
          try {
            t = transition(snapshot, action, performer);
          } catch (error) {
            if (!isAppError(error)) throw error;
            continue;
          }
          if (action.type === 'extend') extensions++;
          if (action.type === 'review') lastReviewer = performer.id;
          if (action.type === 'approve' && snapshot.state === 'reviewed') expect(performer.id).not.toBe(lastReviewer);
          snapshot = { ...snapshot, ...t.patch, state: t.to };
          expect(CASE_STATES).toContain(snapshot.state);
        }
        expect(extensions).toBeLessThanOrEqual(1);
      }),
    );
  });
});
