import { Table, Tag } from 'antd';
import type { Announcement, CatalogFigures, CleanupAction } from './catalog-types.js';
import { CLEANUP_ACTIONS } from './catalog-types.js';
import { CLEANUP_ACTION_LABELS } from './catalog-labels.js';
import './catalog-shared.css';
import { useI18n } from './i18n/index.js';

const ROWS: readonly (keyof CatalogFigures)[] = ['items', 'subItems', 'licensingItems', 'promisedItems', 'onTheSpotItems', 'legalDaysTotal', 'promisedDaysTotal', 'compressionRatio'];

/** A ratio as a percentage with two decimals ("39.17%"), or — when there is none. */
export function percent(ratio: number | null): string {
  return ratio === null ? '—' : `${(ratio * 100).toFixed(2)}%`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/**
 * A cleanup announcement's figures: the catalog before and after the round (items, licensing,
 * promised and on-the-spot items, Σ legal and Σ promised days, 承诺时限压缩比) and how many items
 * each action touched. The console's preview and the portal's 公告 show the same table.
 */
export function AnnouncementFigures({ announcement }: { announcement: Announcement }) {
  const { t, locale } = useI18n();
  const a = t.catalog.announcement;
  const rows = ROWS.map((key) => {
    const before = announcement.before[key];
    const after = announcement.after[key];
    const ratio = key === 'compressionRatio';
    const change = ratio ? (before !== null && after !== null ? `${signed(Number(((after - before) * 100).toFixed(2)))}%` : '—') : signed((after ?? 0) - (before ?? 0));
    return { key, label: a.figures[key], before: ratio ? percent(before) : String(before), after: ratio ? percent(after) : String(after), change };
  });
  const counted = CLEANUP_ACTIONS.filter((action: CleanupAction) => (announcement.actionCounts[action] ?? 0) > 0);
  return (
    <div className="ow-announcement-figures">
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        bordered
        dataSource={rows}
        columns={[
          { title: a.figure, dataIndex: 'label' },
          { title: a.before, dataIndex: 'before', align: 'right' },
          { title: a.after, dataIndex: 'after', align: 'right' },
          { title: a.change, dataIndex: 'change', align: 'right' },
        ]}
      />
      <div className="ow-action-counts">
        <span>{a.actionCounts}</span>
        {counted.map((action) => (
          <Tag key={action} color={action === 'cancel' ? 'red' : action === 'retain' ? undefined : 'blue'}>
            {`${CLEANUP_ACTION_LABELS[action][locale]} ${announcement.actionCounts[action] ?? 0}`}
          </Tag>
        ))}
        {announcement.onTheSpotConversionRatio ? <span>{a.conversion(percent(announcement.onTheSpotConversionRatio))}</span> : null}
      </div>
    </div>
  );
}
