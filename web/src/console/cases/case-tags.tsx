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

/** The one state tag of the web app (console, portal, pre-review). */
export { StateTag } from '../../shared/case-state-tag.js';
