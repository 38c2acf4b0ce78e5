import { Skeleton, Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { CatalogFee } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import { useResource } from '../../shared/use-resource.js';
import './guide.css';
import { portalCatalogApi } from './portal-catalog-api.js';

/** 收费公示 (/fees): the fees still charged with their legal basis, and those cancelled, with date and document. */
export function FeesPage() {
  const { t } = useI18n();
  const p = t.catalog.portal;
  const f = t.catalog.fees;
  const fees = useResource(() => portalCatalogApi.fees(), 'fees');
  useDocumentTitle(p.fees);

  const columns: TableColumnsType<CatalogFee> = [
    { title: f.name, dataIndex: 'name', render: (name: string, fee) => (fee.status === 'cancelled' ? <span className="ow-struck">{name}</span> : name) },
    { title: f.department, dataIndex: 'departmentName' },
    { title: f.standard, dataIndex: 'standard' },
    { title: f.legalBasis, dataIndex: 'legalBasis', responsive: ['md'] },
    {
      title: t.common.status,
      dataIndex: 'status',
      render: (_: unknown, fee) =>
        fee.status === 'active' ? <Tag color="green">{f.status.active}</Tag> : <Tag color="default">{f.cancelledBy(fee.cancelledOn ?? '', fee.cancelDocumentNo ?? '')}</Tag>,
    },
  ];
  return (
    <div className="ow-portal-section">
      <nav className="ow-crumbs" aria-label={p.crumbs}>
        <Link to="/">{p.home}</Link>
      </nav>
      <h1 className="ow-page-heading">{p.fees}</h1>
      <p className="ow-section-hint">{p.feesHint}</p>
      {fees.error ? <LoadFailure error={fees.error} home="/" onRetry={fees.reload} /> : null}
      {!fees.data && !fees.error ? <Skeleton active /> : null}
      {fees.data ? (
        <Table<CatalogFee>
          rowKey="id"
          size="small"
          scroll={{ x: 'max-content' }}
          pagination={false}
          dataSource={[...fees.data].sort((a, b) => (a.status === b.status ? 0 : a.status === 'active' ? -1 : 1))}
          columns={columns}
        />
      ) : null}
    </div>
  );
}
