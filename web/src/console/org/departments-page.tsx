import { Button, Space, Tag, type TableColumnsType } from 'antd';
import { useParams } from 'react-router-dom';
import type { Department } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { Forbidden, LoadFailure, NotFound } from '../../shared/results.js';
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
import { DepartmentForm } from './department-form.js';
import { byId, orgApi } from './org-api.js';
import { RecordTable } from '../components/record-table.js';

/** 进驻部门. Administrators manage them; a chief representative edits their own department's contacts. */
export function DepartmentsPage({ form }: { form?: 'new' | 'edit' }) {
  const { t } = useI18n();
  const { me, can } = useMe();
  const { id } = useParams();
  const [showInactive, setShowInactive] = useShowInactive();
  const [centerId, setCenterId] = useSearchParam('center');
  const route = useFormRoute(pathOf('departments'));
  const data = useResource(() => Promise.all([orgApi.departments({ includeInactive: true }), orgApi.centers()]), 'departments');
  const manage = can('org.manage');
  const mayEdit = (d: Department) => manage || (can('department.edit') && d.id === me.departmentId);

  if (data.error) return <LoadFailure error={data.error} home={CONSOLE} onRetry={data.reload} />;
  const [departments = [], centers = []] = data.data ?? [];
  const editing = form === 'edit' ? departments.find((d) => d.id === id) ?? null : null;
  if (form === 'edit' && data.data && !editing) return <NotFound home={pathOf('departments')} />;
  if (editing && !mayEdit(editing)) return <Forbidden home={pathOf('departments')} />;
  const centerOf = byId(centers);
  const shown = departments.filter((d) => (showInactive || d.active) && (!centerId || d.centerId === centerId));

  const columns: TableColumnsType<Department> = [
    { title: t.common.code, dataIndex: 'code', className: 'ow-mono', width: 96 },
    { title: t.common.name, dataIndex: 'name' },
    { title: t.departments.shortName, dataIndex: 'shortName' },
    { title: t.departments.kind, dataIndex: 'kind', render: (kind: Department['kind']) => <Tag color={kind === 'authorized_org' ? 'purple' : undefined}>{t.enums.departmentKind[kind]}</Tag> },
    { title: t.common.center, dataIndex: 'centerId', responsive: ['lg'], render: (centerId: string) => centerOf.get(centerId)?.name ?? '' },
    { title: t.common.phone, dataIndex: 'phone', responsive: ['md'] },
    { title: t.catalog.org.creditCode, dataIndex: 'creditCode', className: 'ow-mono', responsive: ['xl'], render: (code: string | null) => code ?? '' },
    { title: t.common.status, dataIndex: 'active', render: (active: boolean, department) => <ActiveTag active={active} placeholder={department.placeholder} /> },
  ];
  if (manage || can('department.edit')) {
    columns.push({
      title: t.common.actions,
      key: 'actions',
      render: (_: unknown, d) => (
        <Space size={0}>
          {mayEdit(d) ? (
            <Button type="link" size="small" onClick={() => route.openEdit(d.id)}>
              {t.common.edit}
            </Button>
          ) : null}
          {manage ? <ActivationButton path={`/api/org/departments/${d.id}`} active={d.active} onDone={data.reload} /> : null}
        </Space>
      ),
    });
  }

  return (
    <Page
      title={t.menu.departments}
      hint={t.pageHints.departments}
      extra={
        manage ? (
          <Button type="primary" onClick={route.openNew}>
            {t.departments.add}
          </Button>
        ) : null
      }
      toolbar={
        <Space wrap>
          <CenterFilter centers={centers} value={centerId} onChange={setCenterId} />
          <InactiveSwitch value={showInactive} onChange={setShowInactive} />
        </Space>
      }
    >
      <RecordTable<Department>
        rows={shown}
        inactive={(d) => !d.active}
        loading={data.loading}
        columns={columns}
      />
      {form ? (
        <DepartmentForm centers={centers} defaultCenterId={centerId ?? me.centerId} editing={editing} creating={form === 'new'} limited={!manage} onClose={route.close} onSaved={data.reload} />
      ) : null}
    </Page>
  );
}
