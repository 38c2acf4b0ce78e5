/** The ordinary path of a case, as the applicant's step bar (办件进度) shows it. Pure: used by the portal. */
export const STEP_KEYS = ['received', 'accepted', 'reviewed', 'decided', 'completed', 'delivered'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

/** States off the ordinary path, and the step they stand at. */
const SPECIAL: Record<string, { at: StepKey; status: 'process' | 'error' }> = {
  correction: { at: 'received', status: 'process' },
  suspended: { at: 'reviewed', status: 'process' },
  refused: { at: 'accepted', status: 'error' },
};

export interface StepBar {
  current: number;
  status: 'wait' | 'process' | 'finish' | 'error';
  /** The state shown on the current step instead of its ordinary name (待补正, 特别程序, 不予受理…). */
  special: string | null;
  /** When each step was reached (the first time), if it was. */
  reachedAt: Partial<Record<StepKey, string>>;
}

/** Where a case stands on the step bar, from its state and timeline. */
export function stepBar(progress: { state: string; timeline: readonly { at: string; state: string }[] }): StepBar {
  const reachedAt: Partial<Record<StepKey, string>> = {};
  for (const entry of progress.timeline) {
    const key = STEP_KEYS.find((k) => k === entry.state);
    if (key && !reachedAt[key]) reachedAt[key] = entry.at;
  }
  const ordinary = STEP_KEYS.indexOf(progress.state as StepKey);
  if (ordinary >= 0) return { current: ordinary, status: progress.state === 'delivered' ? 'finish' : 'process', special: null, reachedAt };
  const special = SPECIAL[progress.state];
  if (special) return { current: STEP_KEYS.indexOf(special.at), status: special.status, special: progress.state, reachedAt };
  // Withdrawn, terminated, or not yet received (online applications): stop at the last step reached.
  const last = STEP_KEYS.reduce((at, key, index) => (reachedAt[key] ? index : at), 0);
  return { current: last, status: ['withdrawn', 'terminated'].includes(progress.state) ? 'error' : 'process', special: progress.state, reachedAt };
}
