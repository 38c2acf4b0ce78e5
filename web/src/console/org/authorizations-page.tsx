import { App, Button, Popconfirm, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { api, ApiError } from '../../shared/api.js';
import { CHIEF_POWERS, type Authorization } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { useFormRoute } from '../components/form-route.js';
import { Page } from '../components/page.js';
import { CONSOLE, pathOf } from '../nav.js';
import { useMe } from '../session.js';
import { AuthorizationForm } from './authorization-form.js';
import { byId, orgApi } from './org-api.js';
import { RecordTable, WrappedText } from '../components/record-table.js';

function StateTag({ authorization }: { authorization: Authorization }) {
  const { t } = useI18n();
  if (authorization.revokedAt) return <Tag>{t.authorizations.state.revoked}</Tag>;
  return authorization.inForce ? <Tag color="success">{t.authorizations.state.inForce}</Tag> : <Tag color="warning">{t.authorizations.state.notInForce}</Tag>;
}

/** 授权书: which chief representative holds which of the four powers, from when to when. */
export function AuthorizationsPage({ form }: { form?: 'new' }) {
  const { t } = useI18n();
  const { can } = useMe();
  const { message } = App.useApp();
  const route = useFormRoute(pathOf('authorizations'));
  const data = useResource(() => Promise.all([orgApi.authorizations(), orgApi.staff({ includeInactive: true }), orgApi.departments({ includeInactive: true })]), 'authorizations');
  const manage = can('authorization.manage');

  if (data.error) return <LoadFailure error={data.error} home={CONSOLE} onRetry={data.reload} />;
  const [authorizations = [], staff = [], departments = []] = data.data ?? [];
  const staffOf = byId(staff);
  const departmentOf = byId(departments);

  const revoke = async (a: Authorization) => {
    try {
      await api.post(`/api/org/authorizations/${a.id}/revoke`);
      void message.success(t.authorizations.revoked);
      data.reload();
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : String(error));
    }
  };

  const columns: TableColumnsType<Authorization> = [
    { title: t.authorizations.documentNo, dataIndex: 'documentNo', render: (no: string) => <Typography.Text strong>{no}</Typography.Text> },
    { title: t.authorizations.staff, dataIndex: 'staffId', render: (id: string) => staffOf.get(id)?.displayName ?? '' },
    { title: t.common.department, dataIndex: 'departmentId', render: (id: string) => departmentOf.get(id)?.shortName ?? '' },
    { title: t.authorizations.position, dataIndex: 'position', render: (p: Authorization['position']) => t.enums.position[p] },
    {
      title: t.authorizations.powers,
      dataIndex: 'powers',
      render: (powers: Authorization['powers']) => (
        <WrappedText>
          <Space size={[4, 4]} wrap>
            {CHIEF_POWERS.map((p) =>
              powers.includes(p) ? (
                <Tag key={p} color="blue">
                  {t.enums.chiefPower[p]}
                </Tag>
              ) : (
                <Tag key={p} className="ow-tag-off">
                  {t.enums.chiefPower[p]}
                </Tag>
              ),
            )}
          </Space>
        </WrappedText>
      ),
    },
    { title: t.authorizations.validity, key: 'validity', render: (_: unknown, a) => `${a.validFrom} ~ ${a.validTo ?? t.authorizations.open}` },
    { title: t.common.status, key: 'state', render: (_: unknown, a) => <StateTag authorization={a} /> },
  ];
  if (manage) {
    columns.push({
      title: t.common.actions,
      key: 'actions',
      render: (_: unknown, a) =>
        a.revokedAt ? null : (
          <Popconfirm title={t.authorizations.revokeConfirm} okText={t.authorizations.revoke} okButtonProps={{ danger: true }} cancelText={t.common.cancel} onConfirm={() => revoke(a)}>
            <Button type="link" size="small" danger>
              {t.authorizations.revoke}
            </Button>
          </Popconfirm>
        ),
    });
  }

  return (
    <Page
      title={t.menu.authorizations}
      hint={t.pageHints.authorizations}
      extra={
        manage ? (
          <Button type="primary" onClick={route.openNew}>
            {t.authorizations.add}
          </Button>
        ) : null
      }
    >
      <RecordTable<Authorization>
        rows={authorizations}
        inactive={(a) => Boolean(a.revokedAt)}
        loading={data.loading}
        columns={columns}
      />
      {form === 'new' ? <AuthorizationForm staff={staff} departments={departments} onClose={route.close} onSaved={data.reload} /> : null}
    </Page>
  );
}
