import { Alert, Button, Input, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { chinaTime } from '../../shared/china-time.js';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import type { StaffMember } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure, NotFound } from '../../shared/results.js';
import { ROLE_LABELS } from '../../shared/roles.js';
import { useResource } from '../../shared/use-resource.js';
import { ownDepartmentOnly } from '../access.js';
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
import { ResetPasswordModal } from './reset-password-modal.js';
import { StaffForm } from './staff-form.js';
import { RecordTable, WrappedText } from '../components/record-table.js';

/** 工作人员. Department roles see only their own department (the server filters; the page says so). */
export function StaffPage({ form }: { form?: 'new' | 'edit' }) {
  const { t, locale } = useI18n();
  const { me, can } = useMe();
  const { id } = useParams();
  const [showInactive, setShowInactive] = useShowInactive();
  const [centerId, setCenterId] = useSearchParam('center');
  const [departmentId, setDepartmentId] = useSearchParam('department');
  const [keyword, setKeyword] = useSearchParam('q');
  const [resetting, setResetting] = useState<StaffMember | null>(null);
  const route = useFormRoute(pathOf('staff'));
  const data = useResource(
    () => Promise.all([orgApi.staff({ includeInactive: true }), orgApi.departments({ includeInactive: true }), orgApi.windows({ includeInactive: true }), orgApi.centers()]),
    'staff',
  );
  const manage = can('staff.manage');
  const limited = ownDepartmentOnly(me);

  if (data.error) return <LoadFailure error={data.error} home={CONSOLE} onRetry={data.reload} />;
  const [staff = [], departments = [], windows = [], centers = []] = data.data ?? [];
  const editing = form === 'edit' ? staff.find((s) => s.id === id) ?? null : null;
  if (form === 'edit' && data.data && !editing) return <NotFound home={pathOf('staff')} />;
  const departmentOf = byId(departments);
  const windowOf = byId(windows);
  const centerOf = byId(centers);
  const needle = keyword?.trim().toLowerCase() ?? '';
  const shown = staff
    .filter((s) => (showInactive || s.active) && (!centerId || s.centerId === centerId) && (!departmentId || s.departmentId === departmentId))
    .filter((s) => !needle || s.displayName.toLowerCase().includes(needle) || s.username.includes(needle));
  const now = new Date().toISOString();

  const columns: TableColumnsType<StaffMember> = [
    { title: t.staff.displayName, dataIndex: 'displayName', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    { title: t.staff.username, dataIndex: 'username', className: 'ow-mono' },
    { title: t.common.department, dataIndex: 'departmentId', render: (d: string | null) => (d ? departmentOf.get(d)?.shortName ?? '' : '—') },
    { title: t.common.window, dataIndex: 'windowId', responsive: ['md'], render: (w: string | null) => (w ? windowOf.get(w)?.number ?? '' : '—') },
    { title: t.common.center, dataIndex: 'centerId', responsive: ['xl'], render: (c: string) => centerOf.get(c)?.name ?? '' },
    {
      title: t.staff.roles,
      dataIndex: 'roles',
      render: (roles: StaffMember['roles']) => (
        <WrappedText>
          <Space size={[4, 4]} wrap>
            {roles.map((r) => (
              <Tag key={r} color="blue">
                {ROLE_LABELS[r][locale]}
              </Tag>
            ))}
          </Space>
        </WrappedText>
      ),
    },
    { title: t.common.phone, dataIndex: 'phone', responsive: ['lg'] },
    {
      title: t.common.status,
      key: 'status',
      render: (_: unknown, s) =>
        s.lockedUntil && s.lockedUntil > now ? <Tag color="error" title={t.staff.lockedUntil(chinaTime(s.lockedUntil))}>{t.staff.locked}</Tag> : <ActiveTag active={s.active} />,
    },
  ];
  if (manage) {
    columns.push({
      title: t.common.actions,
      key: 'actions',
      render: (_: unknown, s) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => route.openEdit(s.id)}>
            {t.common.edit}
          </Button>
          <Button type="link" size="small" onClick={() => setResetting(s)}>
            {t.password.reset}
          </Button>
          <ActivationButton path={`/api/org/staff/${s.id}`} active={s.active} onDone={data.reload} />
        </Space>
      ),
    });
  }

  const ownDepartmentName = me.departmentId ? departmentOf.get(me.departmentId)?.name ?? '' : '';
  return (
    <Page
      title={t.menu.staff}
      hint={t.pageHints.staff}
      extra={
        manage ? (
          <Button type="primary" onClick={route.openNew}>
            {t.staff.add}
          </Button>
        ) : null
      }
      toolbar={
        <Space wrap>
          {limited ? null : <CenterFilter centers={centers} value={centerId} onChange={setCenterId} />}
          {limited ? null : (
            <Select
              className="ow-filter"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t.common.labelled(t.common.department, t.common.all)}
              value={departmentId}
              onChange={(v: string | undefined) => setDepartmentId(v)}
              options={departments.filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }))}
              popupMatchSelectWidth={false}
            />
          )}
          <Input.Search className="ow-filter" allowClear placeholder={t.staff.keyword} defaultValue={keyword} onSearch={(v) => setKeyword(v || undefined)} />
          <InactiveSwitch value={showInactive} onChange={setShowInactive} />
        </Space>
      }
    >
      {limited ? <Alert type="info" showIcon className="ow-form-alert" title={t.staff.ownDepartment(ownDepartmentName)} /> : null}
      <RecordTable<StaffMember>
        rows={shown}
        inactive={(s) => !s.active}
        loading={data.loading}
        columns={columns}
      />
      {form ? (
        <StaffForm centers={centers} departments={departments} windows={windows} defaultCenterId={centerId ?? me.centerId} editing={editing} creating={form === 'new'} onClose={route.close} onSaved={data.reload} />
      ) : null}
      <ResetPasswordModal staff={resetting} onClose={() => setResetting(null)} onDone={data.reload} />
    </Page>
  );
}
