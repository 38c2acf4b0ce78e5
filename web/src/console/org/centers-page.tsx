import { Button, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useParams } from 'react-router-dom';
import type { Center } from '../../shared/api-types.js';
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
import { CenterForm } from './center-form.js';
import { orgApi, toTree, type TreeRow } from './org-api.js';

/** 服务中心: the county center with its branch halls, township centers and village points. */
export function CentersPage({ form }: { form?: 'new' | 'edit' }) {
  const { t } = useI18n();
  const { can } = useMe();
  const { id } = useParams();
  const [showInactive, setShowInactive] = useShowInactive();
  const route = useFormRoute(pathOf('centers'));
  const data = useResource(() => Promise.all([orgApi.centers({ includeInactive: true }), orgApi.regions({ includeInactive: true })]), 'centers');
  const manage = can('org.manage');

  const [centers = [], regions = []] = data.data ?? [];
  const shown = showInactive ? centers : centers.filter((c) => c.active);
  const expansion = useTreeExpansion(shown.filter((c) => shown.some((k) => k.parentId === c.id)).map((c) => c.id));

  if (data.error) return <LoadFailure error={data.error} home={CONSOLE} onRetry={data.reload} />;
  const editing = form === 'edit' ? centers.find((c) => c.id === id) ?? null : null;
  if (form === 'edit' && data.data && !editing) return <NotFound home={pathOf('centers')} />;
  const regionName = new Map(regions.map((r) => [r.code, r.name]));

  const columns: TableColumnsType<TreeRow<Center>> = [
    { title: t.common.name, dataIndex: 'name' },
    { title: t.centers.level, dataIndex: 'level', render: (level: Center['level']) => <Tag color={level === 'county_center' ? 'blue' : undefined}>{t.enums.centerLevel[level]}</Tag> },
    { title: t.centers.region, dataIndex: 'regionCode', render: (code: string) => `${regionName.get(code) ?? ''} ${code}` },
    { title: t.common.address, dataIndex: 'address', responsive: ['md'] },
    { title: t.common.phone, dataIndex: 'phone', responsive: ['lg'] },
    { title: t.common.status, dataIndex: 'active', render: (active: boolean, center) => <ActiveTag active={active} placeholder={center.placeholder} /> },
  ];
  if (manage) {
    columns.push({
      title: t.common.actions,
      key: 'actions',
      render: (_: unknown, center) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => route.openEdit(center.id)}>
            {t.common.edit}
          </Button>
          <ActivationButton path={`/api/org/centers/${center.id}`} active={center.active} onDone={data.reload} />
        </Space>
      ),
    });
  }

  return (
    <Page
      title={t.menu.centers}
      hint={t.pageHints.centers}
      extra={
        manage ? (
          <Button type="primary" onClick={route.openNew}>
            {t.centers.add}
          </Button>
        ) : null
      }
      toolbar={<InactiveSwitch value={showInactive} onChange={setShowInactive} />}
    >
      <Table<TreeRow<Center>>
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        loading={data.loading}
        columns={columns}
        dataSource={toTree(shown, (c) => c.id, (c) => c.parentId)}
        pagination={false}
        expandable={{ expandedRowKeys: expansion.expandedRowKeys, onExpand: (open, row) => expansion.onExpand(open, row.id) }}
        rowClassName={(c) => (c.active ? '' : 'ow-row-inactive')}
      />
      {form ? <CenterForm centers={centers} regions={regions} editing={editing} creating={form === 'new'} onClose={route.close} onSaved={data.reload} /> : null}
    </Page>
  );
}
