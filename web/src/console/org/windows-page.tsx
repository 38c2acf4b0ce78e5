import { Button, Input, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useParams } from 'react-router-dom';
import type { ServiceWindow } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure, NotFound } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { ActivationButton } from '../components/activation.js';
import { CenterFilter } from '../components/center-filter.js';
import { useFormRoute } from '../components/form-route.js';
import { InactiveSwitch, useShowInactive } from '../components/inactive-switch.js';
import { Page } from '../components/page.js';
import { useSearchParam } from '../components/search-param.js';
import { ActiveTag } from '../components/status-tag.js';
import { CONSOLE, pathOf } from '../nav.js';
import { useMe } from '../session.js';
import { byId, orgApi } from './org-api.js';
import { WindowForm } from './window-form.js';
import { RecordTable } from '../components/record-table.js';

const KIND_COLOR: Record<ServiceWindow['kind'], string> = { dedicated: 'blue', comprehensive: 'green', category: 'orange' };

/** 窗口: the hall's windows and the departments each one serves. */
export function WindowsPage({ form }: { form?: 'new' | 'edit' }) {
  const { t } = useI18n();
  const { me, can } = useMe();
  const { id } = useParams();
  const [showInactive, setShowInactive] = useShowInactive();
  const [centerId, setCenterId] = useSearchParam('center');
  const [keyword, setKeyword] = useSearchParam('q');
  const route = useFormRoute(pathOf('windows'));
  const data = useResource(() => Promise.all([orgApi.windows({ includeInactive: true }), orgApi.departments({ includeInactive: true }), orgApi.centers()]), 'windows');
  const manage = can('org.manage');

  if (data.error) return <LoadFailure error={data.error} home={CONSOLE} onRetry={data.reload} />;
  const [windows = [], departments = [], centers = []] = data.data ?? [];
  const editing = form === 'edit' ? windows.find((w) => w.id === id) ?? null : null;
  if (form === 'edit' && data.data && !editing) return <NotFound home={pathOf('windows')} />;
  const departmentOf = byId(departments);
  const centerOf = byId(centers);
  const needle = keyword?.trim().toUpperCase() ?? '';
  const shown = windows
    .filter((w) => (showInactive || w.active) && (!centerId || w.centerId === centerId))
    .filter((w) => !needle || w.number.includes(needle) || w.name.toUpperCase().includes(needle))
    .sort((a, b) => a.number.localeCompare(b.number));

  const columns: TableColumnsType<ServiceWindow> = [
    { title: t.windows.number, dataIndex: 'number', width: 90, render: (n: string) => <Typography.Text strong>{n}</Typography.Text> },
    { title: t.common.name, dataIndex: 'name' },
    { title: t.windows.kind, dataIndex: 'kind', render: (kind: ServiceWindow['kind'], w) => <Tag color={KIND_COLOR[kind]}>{kind === 'category' && w.category ? `${t.enums.windowKind[kind]} · ${w.category}` : t.enums.windowKind[kind]}</Tag> },
    {
      title: t.windows.departments,
      dataIndex: 'departmentIds',
      render: (ids: string[]) => (
        <Space size={[4, 4]} wrap>
          {ids.map((d) => (
            <Tag key={d} title={departmentOf.get(d)?.name}>
              {departmentOf.get(d)?.shortName ?? d}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: t.windows.location, dataIndex: 'location', responsive: ['md'] },
    { title: t.common.center, dataIndex: 'centerId', responsive: ['xl'], render: (c: string) => centerOf.get(c)?.name ?? '' },
    { title: t.common.status, dataIndex: 'active', render: (active: boolean) => <ActiveTag active={active} /> },
  ];
  if (manage) {
    columns.push({
      title: t.common.actions,
      key: 'actions',
      render: (_: unknown, w) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => route.openEdit(w.id)}>
            {t.common.edit}
          </Button>
          <ActivationButton path={`/api/org/windows/${w.id}`} active={w.active} onDone={data.reload} />
        </Space>
      ),
    });
  }

  return (
    <Page
      title={t.menu.windows}
      hint={t.pageHints.windows}
      extra={
        manage ? (
          <Button type="primary" onClick={route.openNew}>
            {t.windows.add}
          </Button>
        ) : null
      }
      toolbar={
        <Space wrap>
          <CenterFilter centers={centers} value={centerId} onChange={setCenterId} />
          <Input.Search className="ow-filter" allowClear placeholder={t.windows.keyword} defaultValue={keyword} onSearch={(v) => setKeyword(v || undefined)} />
          <InactiveSwitch value={showInactive} onChange={setShowInactive} />
        </Space>
      }
    >
      <RecordTable<ServiceWindow>
        rows={shown}
        inactive={(w) => !w.active}
        loading={data.loading}
        columns={columns}
      />
      {form ? (
        <WindowForm centers={centers} departments={departments} defaultCenterId={centerId ?? me.centerId} editing={editing} creating={form === 'new'} onClose={route.close} onSaved={data.reload} />
      ) : null}
    </Page>
  );
}
