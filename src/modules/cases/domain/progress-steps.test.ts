import { describe, expect, it } from 'vitest';
import { stepBar } from './progress-steps.js';

const at = (state: string, day: number) => ({ at: `2026-03-0${day}T02:00:00.000Z`, type: 'x', state, stateLabel: state });

describe('the progress step bar', () => {
  it('follows the ordinary path and dates each step by its first arrival', () => {
    const bar = stepBar({ state: 'decided', timeline: [at('received', 1), at('accepted', 2), at('reviewed', 3), at('decided', 4)] });
    expect(bar).toMatchObject({ current: 3, status: 'process', special: null });
    expect(bar.reachedAt).toEqual({ received: '2026-03-01T02:00:00.000Z', accepted: '2026-03-02T02:00:00.000Z', reviewed: '2026-03-03T02:00:00.000Z', decided: '2026-03-04T02:00:00.000Z' });
    expect(stepBar({ state: 'delivered', timeline: [] })).toMatchObject({ current: 5, status: 'finish' });
  });

  it('shows corrections, suspensions and refusals at their step', () => {
    expect(stepBar({ state: 'correction', timeline: [at('received', 1), at('correction', 2)] })).toMatchObject({ current: 0, status: 'process', special: 'correction' });
    expect(stepBar({ state: 'suspended', timeline: [at('received', 1)] })).toMatchObject({ current: 2, special: 'suspended' });
    expect(stepBar({ state: 'refused', timeline: [at('received', 1), at('refused', 2)] })).toMatchObject({ current: 1, status: 'error', special: 'refused' });
  });

  it('stops a withdrawn case at the last step it reached', () => {
    expect(stepBar({ state: 'withdrawn', timeline: [at('received', 1), at('accepted', 2), at('withdrawn', 3)] })).toMatchObject({ current: 1, status: 'error', special: 'withdrawn' });
  });
});
