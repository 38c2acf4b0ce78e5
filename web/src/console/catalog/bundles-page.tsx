import { Button, Space, Tag, type TableColumnsType } from 'antd';
import { useParams } from 'react-router-dom';
import type { Bundle } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure, NotFound } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { ActivationButton } from '../components/activation.js';
import { useFormRoute } from '../components/form-route.js';
import { Page } from '../components/page.js';
import { ActiveTag } from '../components/status-tag.js';
import { CONSOLE } from '../nav.js';
import { useMe } from '../session.js';
import { BundleForm } from './bundle-form.js';
import { catalogApi } from './catalog-api.js';
import { CATALOG_PATHS } from './catalog-paths.js';
import './catalog.css';
import { RecordTable, WrappedText } from '../components/record-table.js';

/** 一件事: bundles of items applied for together, with the items in their order; admins add, change and withdraw them. */
export function BundlesPage({ form }: { form?: 'new' | 'edit' }) {
  const { t, locale } = useI18n();
  const b = t.catalog.bundles;
  const { can } = useMe();
  const { id } = useParams();
  const route = useFormRoute(CATALOG_PATHS.bundles());
  const manage = can('catalog.manage');
  const data = useResource(() => Promise.all([catalogApi.bundles(), catalogApi.lifeEvents()]), 'bundles');
  const items = useResource(() => (form ? catalogApi.allItems() : Promise.resolve([])), `bundle-items-${form ?? ''}`);

  if (data.error) return <LoadFailure error={data.error} home={CONSOLE} onRetry={data.reload} />;
  const [bundles = [], lifeEvents = []] = data.data ?? [];
  const editing = form === 'edit' ? (bundles.find((x) => x.id === id) ?? null) : null;
  if (form === 'edit' && data.data && !editing) return <NotFound home={CATALOG_PATHS.bundles()} />;
  const eventName = (e: string) => lifeEvents.find((l) => l.id === e)?.label[locale] ?? e;

  const columns: TableColumnsType<Bundle> = [
    { title: b.code, dataIndex: 'code', className: 'ow-mono', width: 150 },
    { title: b.name, dataIndex: 'name' },
    {
      title: b.items,
      dataIndex: 'items',
      render: (list: Bundle['items']) => (
        <WrappedText wide>
          <ol className="ow-lines">
            {list.map((i) => (
              <li key={i.id} className={i.status === 'active' ? undefined : 'ow-struck'}>
                {i.name}
              </li>
            ))}
          </ol>
        </WrappedText>
      ),
    },
    { title: b.lifeEvents, dataIndex: 'lifeEvents', responsive: ['lg'], render: (events: string[]) => <WrappedText>{events.map((e) => <Tag key={e}>{eventName(e)}</Tag>)}</WrappedText> },
    { title: t.common.status, dataIndex: 'active', render: (active: boolean) => <ActiveTag active={active} /> },
    {
      title: t.common.actions,
      key: 'actions',
      render: (_: unknown, bundle) => (
        <Space size={0} wrap>
          {bundle.active ? (
            <Button type="link" size="small" href={`/bundles/${encodeURIComponent(bundle.id)}`} target="_blank" rel="noopener">
              {b.guide}
            </Button>
          ) : null}
          {manage ? (
            <Button type="link" size="small" onClick={() => route.openEdit(bundle.id)}>
              {t.common.edit}
            </Button>
          ) : null}
          {manage ? <ActivationButton path={`/api/catalog/bundles/${bundle.id}`} active={bundle.active} onDone={data.reload} /> : null}
        </Space>
      ),
    },
  ];

  return (
    <Page
      title={t.menu.catalogBundles}
      hint={t.pageHints.catalogBundles}
      extra={
        manage ? (
          <Button type="primary" onClick={route.openNew}>
            {b.add}
          </Button>
        ) : null
      }
    >
      <RecordTable<Bundle>
        rows={bundles}
        inactive={(bundle) => !bundle.active}
        loading={data.loading}
        columns={columns}
      />
      {form && (form === 'new' || editing) ? <BundleForm editing={editing} items={items.data ?? []} lifeEvents={lifeEvents} onClose={route.close} onSaved={data.reload} /> : null}
    </Page>
  );
}
