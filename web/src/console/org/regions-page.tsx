import { Button, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useParams } from 'react-router-dom';
import type { Region } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure, NotFound } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { ActivationButton } from '../components/activation.js';
import { useFormRoute } from '../components/form-route.js';
import { InactiveSwitch, useShowInactive } from '../components/inactive-switch.js';
import { Page } from '../components/page.js';
import { ActiveTag } from '../components/status-tag.js';
import { useTreeExpansion } from '../components/use-tree-expansion.js';
import { CONSOLE, pathOf } from '../nav.js';
import { useMe } from '../session.js';
import { orgApi, toTree, type TreeRow } from './org-api.js';
import { RegionForm } from './region-form.js';

/** 行政区划: county → township → village as a tree. */
export function RegionsPage({ form }: { form?: 'new' | 'edit' }) {
  const { t } = useI18n();
  const { can } = useMe();
  const { code } = useParams();
  const [showInactive, setShowInactive] = useShowInactive();
  const route = useFormRoute(pathOf('regions'));
  const regions = useResource(() => orgApi.regions({ includeInactive: true }), 'regions');
  const manage = can('org.manage');

  const all = regions.data ?? [];
  const shown = showInactive ? all : all.filter((r) => r.active);
  const tree = toTree(shown, (r) => r.code, (r) => r.parentCode);
  const expansion = useTreeExpansion(shown.filter((r) => shown.some((c) => c.parentCode === r.code)).map((r) => r.code));

  if (regions.error) return <LoadFailure error={regions.error} home={CONSOLE} onRetry={regions.reload} />;
  const editing = form === 'edit' ? all.find((r) => r.code === code) ?? null : null;
  if (form === 'edit' && regions.data && !editing) return <NotFound home={pathOf('regions')} />;

  const columns: TableColumnsType<TreeRow<Region>> = [
    { title: t.common.name, dataIndex: 'name' },
    { title: t.regions.code, dataIndex: 'code', className: 'ow-mono' },
    { title: t.regions.level, dataIndex: 'level', render: (level: Region['level']) => <Tag>{t.enums.regionLevel[level]}</Tag> },
    { title: t.common.status, dataIndex: 'active', render: (active: boolean) => <ActiveTag active={active} /> },
  ];
  if (manage) {
    columns.push({
      title: t.common.actions,
      key: 'actions',
      render: (_: unknown, region) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => route.openEdit(region.code)}>
            {t.common.edit}
          </Button>
          <ActivationButton path={`/api/org/regions/${region.code}`} active={region.active} onDone={regions.reload} />
        </Space>
      ),
    });
  }

  return (
    <Page
      title={t.menu.regions}
      hint={t.pageHints.regions}
      extra={
        manage ? (
          <Button type="primary" onClick={route.openNew}>
            {t.regions.add}
          </Button>
        ) : null
      }
      toolbar={<InactiveSwitch value={showInactive} onChange={setShowInactive} />}
    >
      <Table<TreeRow<Region>>
        rowKey="code"
        size="middle"
        scroll={{ x: 'max-content' }}
        loading={regions.loading}
        columns={columns}
        dataSource={tree}
        pagination={false}
        expandable={{ expandedRowKeys: expansion.expandedRowKeys, onExpand: (open, row) => expansion.onExpand(open, row.code) }}
        rowClassName={(r) => (r.active ? '' : 'ow-row-inactive')}
      />
      {form ? <RegionForm regions={all} editing={editing} creating={form === 'new'} onClose={route.close} onSaved={regions.reload} /> : null}
    </Page>
  );
}
