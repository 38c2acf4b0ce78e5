import { Button, Segmented, Tag, Typography, type TableColumnsType } from 'antd';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import type { CatalogFee } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure, NotFound } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { useFormRoute } from '../components/form-route.js';
import { Page } from '../components/page.js';
import { useSearchParam } from '../components/search-param.js';
import { CONSOLE } from '../nav.js';
import { orgApi } from '../org/org-api.js';
import { useMe } from '../session.js';
import { catalogApi } from './catalog-api.js';
import { CATALOG_PATHS } from './catalog-paths.js';
import { FeeCancelForm } from './fee-cancel-form.js';
import { FeeForm } from './fee-form.js';
import './catalog.css';
import { RecordTable, WrappedText } from '../components/record-table.js';

const yuan = (fen: number | null) => (fen === null ? '' : `¥${(fen / 100).toFixed(2)}`);

/**
 * 收费目录: the fees with their standard and legal basis. A cancelled fee stays listed with its date,
 * document and note (…/:id/cancel cancels one); nothing is deleted.
 */
export function FeesPage({ form }: { form?: 'new' | 'cancel' }) {
  const { t } = useI18n();
  const f = t.catalog.fees;
  const { can } = useMe();
  const { id } = useParams();
  const manage = can('catalog.manage');
  const route = useFormRoute(CATALOG_PATHS.fees());
  const navigate = useNavigate();
  const { search } = useLocation();
  const [statusParam, setStatus] = useSearchParam('status');
  const status = statusParam === 'active' || statusParam === 'cancelled' ? statusParam : 'all';
  const data = useResource(() => Promise.all([catalogApi.fees(), orgApi.departments({ includeInactive: true })]), 'fees');

  if (data.error) return <LoadFailure error={data.error} home={CONSOLE} onRetry={data.reload} />;
  const [fees = [], departments = []] = data.data ?? [];
  const cancelling = form === 'cancel' ? (fees.find((fee) => fee.id === id) ?? null) : null;
  if (form === 'cancel' && data.data && (!cancelling || cancelling.status !== 'active')) return <NotFound home={CATALOG_PATHS.fees()} />;
  const shown = fees.filter((fee) => status === 'all' || fee.status === status).sort((a, b) => (a.status === b.status ? a.name.localeCompare(b.name) : a.status === 'active' ? -1 : 1));

  const columns: TableColumnsType<CatalogFee> = [
    { title: f.name, dataIndex: 'name', render: (name: string, fee) => <Typography.Text delete={fee.status === 'cancelled'}>{name}</Typography.Text> },
    { title: f.department, dataIndex: 'departmentName', render: (name: string) => name || f.noDepartment },
    { title: f.standard, dataIndex: 'standard' },
    { title: f.amount, dataIndex: 'amountFen', align: 'right', render: yuan },
    { title: f.legalBasis, dataIndex: 'legalBasis', responsive: ['lg'], render: (basis: string) => <WrappedText wide>{basis}</WrappedText> },
    { title: f.waivable, dataIndex: 'waivable', render: (w: boolean) => (w ? f.yes : f.no) },
    {
      title: t.common.status,
      dataIndex: 'status',
      render: (_: unknown, fee) =>
        fee.status === 'active' ? (
          <Tag color="green">{f.status.active}</Tag>
        ) : (
          <WrappedText>
            <Tag>{f.status.cancelled}</Tag>
            <div className="ow-cell-note">{f.cancelledBy(fee.cancelledOn ?? '', fee.cancelDocumentNo ?? '')}</div>
            {fee.cancelReason ? <div className="ow-cell-note">{fee.cancelReason}</div> : null}
          </WrappedText>
        ),
    },
  ];
  if (manage) {
    columns.push({
      title: t.common.actions,
      key: 'actions',
      render: (_: unknown, fee) =>
        fee.status === 'active' ? (
          <Button type="link" size="small" danger onClick={() => navigate({ pathname: CATALOG_PATHS.cancelFee(fee.id), search })}>
            {f.cancel}
          </Button>
        ) : null,
    });
  }

  return (
    <Page
      title={t.menu.catalogFees}
      hint={t.pageHints.catalogFees}
      extra={
        manage ? (
          <Button type="primary" onClick={route.openNew}>
            {f.add}
          </Button>
        ) : null
      }
      toolbar={
        <Segmented
          value={status}
          onChange={(v) => setStatus(v === 'all' ? undefined : v)}
          options={[
            { value: 'all', label: t.common.all },
            { value: 'active', label: f.status.active },
            { value: 'cancelled', label: f.status.cancelled },
          ]}
        />
      }
    >
      <RecordTable<CatalogFee>
        rows={shown}
        inactive={(fee) => fee.status !== 'active'}
        loading={data.loading}
        columns={columns}
      />
      {form === 'new' ? <FeeForm departments={departments} onClose={route.close} onSaved={data.reload} /> : null}
      {cancelling ? <FeeCancelForm fee={cancelling} onClose={route.close} onSaved={data.reload} /> : null}
    </Page>
  );
}
