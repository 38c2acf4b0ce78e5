import { Select } from 'antd';
import type { Center } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';

/** Choose one center of those in the user's scope, or all of them. */
export function CenterFilter({ centers, value, onChange }: { centers: readonly Center[]; value: string | undefined; onChange: (id: string | undefined) => void }) {
  const { t } = useI18n();
  return (
    <Select
      className="ow-filter"
      allowClear
      placeholder={t.common.labelled(t.common.center, t.common.all)}
      value={value}
      onChange={(id: string | undefined) => onChange(id)}
      options={centers.filter((c) => c.active).map((c) => ({ value: c.id, label: c.name }))}
      popupMatchSelectWidth={false}
    />
  );
}
