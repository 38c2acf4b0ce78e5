import { Card, Empty, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { ItemChange, ItemVersion } from '../../shared/catalog-types.js';
import { formatChangeValue, type ChangeNames } from '../../shared/change-format.js';
import { useI18n } from '../../shared/i18n/index.js';

const KIND_COLOR: Record<ItemChange['kind'], string> = { added: 'green', removed: 'red', changed: 'blue' };

/** 版本历史: every version, newest first, with who, when, why, and what changed against the one before. */
export function VersionHistory({ versions, current, names }: { versions: readonly ItemVersion[]; current: number; names: ChangeNames }) {
  const { t, locale } = useI18n();
  const v = t.catalog.versions;
  if (versions.length === 0) return <Empty />;

  const columns: TableColumnsType<ItemChange> = [
    { title: v.field, dataIndex: 'label', width: 200, render: (label: ItemChange['label']) => label[locale] },
    { title: v.kind, dataIndex: 'kind', width: 80, render: (kind: ItemChange['kind']) => <Tag color={KIND_COLOR[kind]}>{v.kinds[kind]}</Tag> },
    { title: v.before, key: 'before', render: (_: unknown, c) => <span className="ow-change-before">{formatChangeValue(c, c.before, locale, names)}</span> },
    { title: v.after, key: 'after', render: (_: unknown, c) => <span className="ow-change-after">{formatChangeValue(c, c.after, locale, names)}</span> },
  ];

  return (
    <div className="ow-versions" data-testid="version-history">
      {versions.map((version) => (
        <Card
          key={version.version}
          size="small"
          className="ow-version"
          data-version={version.version}
          title={
            <Space wrap>
              <Typography.Text strong>{v.version(version.version)}</Typography.Text>
              <Tag>{v.source[version.source]}</Tag>
              {version.version === current ? <Tag color="blue">{v.current}</Tag> : null}
            </Space>
          }
          extra={
            <Typography.Text type="secondary">
              {dayjs(version.createdAt).format('YYYY-MM-DD HH:mm')} · {v.by(version.createdBy)}
            </Typography.Text>
          }
        >
          <div className="ow-version-reason">
            <Typography.Text type="secondary">{t.catalog.common.labelled(v.reason, '')}</Typography.Text>
            {version.reason}
          </div>
          {version.changes.length > 0 ? (
            <Table<ItemChange> rowKey="path" size="small" pagination={false} columns={columns} dataSource={version.changes} scroll={{ x: 'max-content' }} />
          ) : (
            <Typography.Text type="secondary">{v.first}</Typography.Text>
          )}
        </Card>
      ))}
    </div>
  );
}
