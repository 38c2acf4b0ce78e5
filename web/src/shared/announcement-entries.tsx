import { Table, Tag, type TableColumnsType } from 'antd';
import type { AnnouncementEntry } from './catalog-types.js';
import { formatChangeValue } from './change-format.js';
import './catalog-shared.css';
import { useI18n } from './i18n/index.js';

/**
 * What each proposal of a cleanup round does to its item (清理明细): a table in the console, a list
 * of entries on the portal (`list`), where a phone has no room for five columns.
 */
export function AnnouncementEntries({ entries, list }: { entries: readonly AnnouncementEntry[]; list?: boolean }) {
  const { t, locale } = useI18n();
  const a = t.catalog.announcement;
  const outcome = (e: AnnouncementEntry): string => {
    if (e.newCode) return a.newCode(e.newCode);
    if (e.intoName) return a.mergedInto(e.intoName);
    return e.changes.map((c) => t.catalog.common.labelled(c.label[locale], `${formatChangeValue(c, c.before, locale)} → ${formatChangeValue(c, c.after, locale)}`)).join(t.catalog.common.listJoin);
  };
  const name = (e: AnnouncementEntry) => (e.subItem ? a.withSubItem(e.name) : e.name);
  const action = (e: AnnouncementEntry) => <Tag color={e.action === 'cancel' ? 'red' : 'blue'}>{e.actionLabel[locale]}</Tag>;

  if (list) {
    return (
      <ul className="ow-entries">
        {entries.map((e) => (
          <li key={`${e.action}-${e.code}`}>
            <div className="ow-entry-head">
              {action(e)}
              <strong>{name(e)}</strong>
            </div>
            <div className="ow-cell-note ow-break">{e.code}</div>
            {e.reason ? <div>{t.catalog.common.labelled(a.reason, e.reason)}</div> : null}
            {outcome(e) ? <div>{t.catalog.common.labelled(a.outcome, outcome(e))}</div> : null}
          </li>
        ))}
      </ul>
    );
  }
  const columns: TableColumnsType<AnnouncementEntry> = [
    { title: a.action, dataIndex: 'action', width: 90, render: (_: unknown, e) => action(e) },
    { title: a.item, dataIndex: 'name', render: (_: string, e) => name(e) },
    { title: a.code, dataIndex: 'code', className: 'ow-mono', responsive: ['lg'] },
    { title: a.reason, dataIndex: 'reason', render: (reason?: string) => reason ?? '' },
    { title: a.outcome, key: 'outcome', render: (_: unknown, e) => outcome(e) },
  ];
  return <Table<AnnouncementEntry> rowKey={(e) => `${e.action}-${e.code}`} size="small" scroll={{ x: 'max-content' }} pagination={false} dataSource={[...entries]} columns={columns} />;
}
