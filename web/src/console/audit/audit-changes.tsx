import { Table, Typography } from 'antd';
import type { AuditEvent } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A short name for the record an event touched: its name, number or document number. */
export function summaryOf(event: AuditEvent): string {
  const record = isRecord(event.after) ? event.after : isRecord(event.before) ? event.before : null;
  if (!record) return '';
  for (const key of ['displayName', 'name', 'documentNo']) {
    const value = record[key];
    if (typeof value === 'string' && value) return typeof record.number === 'string' ? `${record.number} ${value}` : value;
  }
  // Calendar records: a local closure (date and reason), a year notice (year and document numbers).
  if (typeof record.date === 'string' && typeof record.reason === 'string') return `${record.date} ${record.reason}`;
  if (typeof record.year === 'number') return [String(record.year), ...(Array.isArray(record.documents) ? record.documents.map(String) : [])].join(' ');
  return '';
}

/** The fields an event changed, before and after. */
export function AuditChanges({ event }: { event: AuditEvent }) {
  const { t } = useI18n();
  const before = isRecord(event.before) ? event.before : {};
  const after = isRecord(event.after) ? event.after : {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  if (keys.length === 0) return <Typography.Text type="secondary">{t.common.none}</Typography.Text>;
  const rows = keys.map((field) => ({ field, before: show(before[field]), after: show(after[field]) }));
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t.audit.field, dataIndex: 'field', className: 'ow-mono', width: 160 },
        { title: t.audit.before, dataIndex: 'before', className: 'ow-break' },
        { title: t.audit.after, dataIndex: 'after', className: 'ow-break' },
      ]}
    />
  );
}
