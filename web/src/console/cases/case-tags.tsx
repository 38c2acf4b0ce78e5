import { Tag, Tooltip } from 'antd';
import type { ClockView } from './cases-api.js';
import { useCasesText } from './cases-text.js';

const LEVEL_COLOR = { green: 'success', yellow: 'warning', red: 'error' } as const;

/** The clock's warning colour (green / yellow / red) with the working days left. */
export function ClockTag({ clock }: { clock: ClockView | null }) {
  const { c } = useCasesText();
  if (!clock) return <Tag>{c.list.notStarted}</Tag>;
  const label = clock.clockStopped ? c.list.stopped : c.list.daysLeft(clock.overdue ? -Math.abs(clock.remainingWorkdays) : clock.remainingWorkdays);
  return (
    <Tooltip title={c.levels[clock.level]}>
      <Tag color={LEVEL_COLOR[clock.level]} data-testid={`clock-${clock.level}`}>
        {label}
      </Tag>
    </Tooltip>
  );
}

const STATE_COLOR: Record<string, string> = {
  received: 'blue',
  correction: 'orange',
  accepted: 'cyan',
  reviewed: 'geekblue',
  suspended: 'purple',
  decided: 'gold',
  completed: 'green',
  delivered: 'green',
  refused: 'red',
  withdrawn: 'default',
  terminated: 'default',
};

export function StateTag({ state }: { state: string }) {
  const { c } = useCasesText();
  return <Tag color={STATE_COLOR[state] ?? 'default'}>{c.states[state] ?? state}</Tag>;
}
