import { Tag } from 'antd';
import { useI18n } from './i18n/index.js';

const COLORS: Record<string, string> = {
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

/** A case or draft state as a coloured tag (shared by the portal's 我的办件 and the console's 预审). */
export function StateTag({ state }: { state: string }) {
  const { t } = useI18n();
  return <Tag color={COLORS[state] ?? 'default'}>{t.online.states[state] ?? state}</Tag>;
}
