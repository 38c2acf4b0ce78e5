import { Tag } from 'antd';
import { useI18n } from './i18n/index.js';
import { STATE_LABELS } from './progress-labels.js';

/** The colour of each state, everywhere a state shows (tags, the portal's timeline). */
export const STATE_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  received: 'cyan',
  correction: 'warning',
  accepted: 'blue',
  reviewed: 'blue',
  suspended: 'purple',
  decided: 'geekblue',
  completed: 'success',
  delivered: 'success',
  refused: 'error',
  withdrawn: 'default',
  terminated: 'default',
};

/** A case or draft state as a coloured tag, labelled as the server labels it (cases.presenter.ts). */
export function StateTag({ state, className }: { state: string; className?: string }) {
  const { locale } = useI18n();
  return (
    <Tag color={STATE_COLORS[state] ?? 'default'} className={className}>
      {STATE_LABELS[state]?.[locale] ?? state}
    </Tag>
  );
}
