import { issue, text, type Issue } from '../../../kernel/errors/index.js';
import { actionsFrom, CASE_STATES, performs, TRANSITIONS, type CaseActionType, type CaseState, type Performer } from './lifecycle.js';

/**
 * 工作台的待办: which states make up each task list of the staff workbench.
 * - intake: received, awaiting the clerk's intake decision (受理 / 补正 / 不予受理);
 * - correction: waiting for the applicant's corrected materials;
 * - review: accepted, awaiting the reviewer (审核);
 * - approval: reviewed, awaiting the approver or chief representative (审批);
 * - suspended: in a special procedure, the clock stopped;
 * - delivery: decided or completed, awaiting completion and delivery (办结 / 送达).
 */
export const CASE_TASKS = {
  intake: ['received'],
  correction: ['correction'],
  review: ['accepted'],
  approval: ['reviewed'],
  suspended: ['suspended'],
  delivery: ['decided', 'completed'],
} as const satisfies Record<string, readonly CaseState[]>;

export type CaseTask = keyof typeof CASE_TASKS;
export const CASE_TASK_NAMES = Object.keys(CASE_TASKS) as CaseTask[];

/** The states of a list's filter ("accepted,reviewed"), with an issue naming any that is no case state. */
export function stateFilter(filter: string | undefined): { states: string[] | undefined; issues: Issue[] } {
  const states = filter?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = states?.filter((s) => !(CASE_STATES as readonly string[]).includes(s)) ?? [];
  const issues = unknown.length
    ? [issue('querystring:/state', 'case.state_unknown', text('未知的办件状态：{unknown}。可用的状态：{known}。', 'Unknown case state(s): {unknown}. Known states: {known}.', { unknown: unknown.join(', '), known: CASE_STATES.join(', ') }))]
    : [];
  return { states, issues };
}

/** The states to list for a task and/or an explicit state filter (both: their intersection). */
export function statesFor(task: CaseTask | undefined, states: readonly string[] | undefined): string[] | undefined {
  if (!task) return states?.length ? [...states] : undefined;
  const ofTask: readonly string[] = CASE_TASKS[task];
  return states?.length ? ofTask.filter((s) => states.includes(s)) : [...ofTask];
}

/** The actions `performer` may take on a case in `state` (the case page's buttons; the rules of each action still apply). */
export function actionsFor(state: CaseState, performer: Performer): CaseActionType[] {
  return actionsFrom(state).filter((type) => performs(performer, TRANSITIONS[type].by));
}
