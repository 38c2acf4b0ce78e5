import { Table, type TableProps } from 'antd';
import { useI18n } from '../../shared/i18n/index.js';

export interface RecordTableProps<T> extends Omit<TableProps<T>, 'rowKey' | 'dataSource' | 'rowClassName'> {
  rows: readonly T[];
  /** Rows shown greyed out: deactivated, revoked, past. */
  inactive?: (row: T) => boolean;
  rowKey?: TableProps<T>['rowKey'];
}

/**
 * The console's list table: keyed by id, medium size, scrolls sideways on narrow screens,
 * 20 rows a page with the total, inactive rows greyed out. Props given override the defaults.
 */
export function RecordTable<T extends object>({ rows, inactive, rowKey = 'id', ...props }: RecordTableProps<T>) {
  const { t } = useI18n();
  return (
    <Table<T>
      rowKey={rowKey}
      size="middle"
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: t.common.total }}
      dataSource={rows as T[]}
      {...(inactive ? { rowClassName: (row: T) => (inactive(row) ? 'ow-row-inactive' : '') } : {})}
      {...props}
    />
  );
}
