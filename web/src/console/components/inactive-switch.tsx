import { Checkbox } from 'antd';
import { useI18n } from '../../shared/i18n/index.js';
import { useSearchParam } from './search-param.js';

/** "显示已停用", kept in the address as ?inactive=1. */
export function useShowInactive(): [boolean, (value: boolean) => void] {
  const [value, set] = useSearchParam('inactive');
  return [value === '1', (next) => set(next ? '1' : undefined)];
}

export function InactiveSwitch({ value, onChange }: { value: boolean; onChange: (value: boolean) => void }) {
  const { t } = useI18n();
  return (
    <Checkbox checked={value} onChange={(e) => onChange(e.target.checked)}>
      {t.common.showInactive}
    </Checkbox>
  );
}
