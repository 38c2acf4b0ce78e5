import { DatePicker, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Center, Department } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import type { ReportKind } from './report-period.js';

export interface ReportFilters {
  center?: string | undefined;
  department?: string | undefined;
}

/** The report's period (a month or a year), center (with its subtree) and department. */
export function ReportToolbar({
  kind,
  value,
  onValue,
  filters,
  onFilters,
  centers,
  departments,
}: {
  kind: ReportKind;
  value: string;
  onValue: (value: string) => void;
  filters: ReportFilters;
  onFilters: (filters: ReportFilters) => void;
  centers: readonly Center[];
  departments: readonly Department[];
}) {
  const { t } = useI18n();
  const r = t.stats.report;
  const format = kind === 'month' ? 'YYYY-MM' : 'YYYY';
  return (
    <Space wrap size={[12, 8]}>
      <Space size={6}>
        <Typography.Text>{kind === 'month' ? r.month : r.year}</Typography.Text>
        <DatePicker
          picker={kind}
          allowClear={false}
          aria-label={kind === 'month' ? r.pickMonth : r.pickYear}
          value={dayjs(kind === 'month' ? `${value}-01` : `${value}-01-01`)}
          format={format}
          onChange={(date) => date && onValue(date.format(format))}
        />
      </Space>
      <Select
        className="ow-filter"
        aria-label={t.common.center}
        allowClear
        placeholder={r.allCenters}
        value={filters.center}
        onChange={(center: string | undefined) => onFilters({ ...filters, center })}
        options={centers.map((c) => ({ value: c.id, label: c.name }))}
        popupMatchSelectWidth={false}
      />
      <Select
        className="ow-filter"
        aria-label={t.common.department}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={r.allDepartments}
        value={filters.department}
        onChange={(department: string | undefined) => onFilters({ ...filters, department })}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
        popupMatchSelectWidth={false}
      />
    </Space>
  );
}
