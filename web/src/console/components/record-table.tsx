import { Grid, Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../shared/i18n/index.js';

export interface RecordTableProps<T> extends Omit<TableProps<T>, 'rowKey' | 'dataSource' | 'rowClassName'> {
  rows: readonly T[];
  /** Rows shown greyed out: deactivated, revoked, past. */
  inactive?: (row: T) => boolean;
  rowKey?: TableProps<T>['rowKey'];
}

/**
 * The console's list table: keyed by id, medium size, scrolls sideways inside its card when wider
 * than it (its first column and its actions then stay in view), 20 rows a page with the total, inactive
 * rows greyed out. Props given override the defaults.
 */
export function RecordTable<T extends object>({ rows, inactive, rowKey = 'id', columns, ...props }: RecordTableProps<T>) {
  const { t } = useI18n();
  const desktop = useDesktopScreen();
  return (
    <Table<T>
      rowKey={rowKey}
      size="middle"
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: t.common.total }}
      dataSource={rows as T[]}
      columns={withFixedEdges(columns, desktop)}
      {...(inactive ? { rowClassName: (row: T) => (inactive(row) ? 'ow-row-inactive' : '') } : {})}
      {...props}
    />
  );
}

/** A screen at least antd's lg breakpoint (992 px) wide. */
export const useDesktopScreen = (): boolean => Grid.useBreakpoint().lg === true;

/**
 * On a desktop screen, a list's first column (what the row is) stays at the left and its
 * actions column (key 'actions') at the right while the columns between scroll sideways, and a
 * long column title (English above all) wraps rather than widening its column; on a phone
 * nothing is fixed, since fixed columns would cover the screen.
 */
export function withFixedEdges<T>(columns: TableColumnsType<T> | undefined, desktop: boolean): TableColumnsType<T> | undefined {
  if (!columns || !desktop) return columns;
  return columns.map((column, index) => {
    const title = typeof column.title === 'string' ? <span className="ow-head-wrap">{column.title}</span> : column.title;
    if (column.fixed !== undefined) return { ...column, title };
    if (index === 0) return { ...column, title, fixed: 'left' as const };
    if (column.key === 'actions') return { ...column, title, fixed: 'right' as const };
    return { ...column, title };
  });
}

/** A long text in a list (legal basis, powers, lists of names): wraps at about 11 (wide: 18) characters' width instead of widening its column. */
export function WrappedText({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return <div className={wide ? 'ow-cell-wrap ow-cell-wrap-wide' : 'ow-cell-wrap'}>{children}</div>;
}
