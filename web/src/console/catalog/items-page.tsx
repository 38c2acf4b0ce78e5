import { Alert, Button, Input, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { CASE_TYPE_LABELS, CHANNEL_LABELS, CHANNELS, ITEM_TYPE_LABELS, ITEM_TYPES, LIST_SEPARATOR } from '../../shared/catalog-labels.js';
import type { ItemSummary } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { Page } from '../components/page.js';
import { useSearchParam } from '../components/search-param.js';
import { CONSOLE } from '../nav.js';
import { orgApi } from '../org/org-api.js';
import { useMe } from '../session.js';
import { catalogApi, type ItemListQuery } from './catalog-api.js';
import { CATALOG_PATHS } from './catalog-paths.js';
import { ItemForm } from './item-form.js';
import { ItemStatusTag } from './item-status-tag.js';
import { useDesktopScreen, withFixedEdges, WrappedText } from '../components/record-table.js';
import './catalog.css';

const PAGE_SIZE = 20;
const STATUSES = ['active', 'cancelled', 'merged', 'all'] as const;

/**
 * 事项清单: the catalog with its filters (words, department, type, life event, channel, status),
 * paged by the server. Admins add items (…/new) and change them from each item's page.
 */
export function ItemsPage({ form }: { form?: 'new' }) {
  const { t, locale } = useI18n();
  const c = t.catalog;
  const { can } = useMe();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [q, setQ] = useSearchParam('q');
  const [departmentId, setDepartment] = useSearchParam('department');
  const [type, setType] = useSearchParam('type');
  const [lifeEvent, setLifeEvent] = useSearchParam('event');
  const [channel, setChannel] = useSearchParam('channel');
  const [status, setStatus] = useSearchParam('status');
  const [pageParam, setPage] = useSearchParam('page');
  const page = Math.max(1, Number(pageParam) || 1);
  const manage = can('catalog.manage');

  const query: ItemListQuery = { q, departmentId, type, lifeEvent, channel, status: status ?? 'active', page, pageSize: PAGE_SIZE };
  const items = useResource(() => catalogApi.items(query), JSON.stringify(query));
  const lookups = useResource(() => Promise.all([orgApi.departments({ includeInactive: true }), catalogApi.lifeEvents()]), 'catalog-lookups');
  const [departments = [], lifeEvents = []] = lookups.data ?? [];

  const desktop = useDesktopScreen();
  if (items.error) return <LoadFailure error={items.error} home={CONSOLE} onRetry={items.reload} />;
  const filter = (set: (v: string | undefined) => void) => (value: string | undefined) => {
    setPage(undefined);
    set(value);
  };

  const columns: TableColumnsType<ItemSummary> = [
    {
      title: c.items.name,
      dataIndex: 'name',
      render: (name: string, item) => (
        <Space size={4} wrap>
          <Link to={CATALOG_PATHS.item(item.id)}>{name}</Link>
          {item.mainCode ? <Tag>{c.common.subItem}</Tag> : null}
        </Space>
      ),
    },
    { title: c.items.code, dataIndex: 'code', className: 'ow-mono', responsive: ['xxl'] },
    { title: c.items.type, dataIndex: 'type', responsive: ['lg'], render: (v: ItemSummary['type']) => <WrappedText>{ITEM_TYPE_LABELS[v][locale]}</WrappedText> },
    { title: c.items.department, dataIndex: 'departmentName', responsive: ['md'] },
    { title: c.items.caseType, dataIndex: 'caseType', render: (v: ItemSummary['caseType']) => <Tag color={v === 'onTheSpot' ? 'green' : 'blue'}>{CASE_TYPE_LABELS[v][locale]}</Tag> },
    { title: c.items.limits, key: 'limits', render: (_: unknown, item) => `${item.promisedDays} / ${item.legalDays}` },
    { title: c.items.visits, dataIndex: 'maxVisits', align: 'center' },
    { title: c.items.channels, dataIndex: 'channels', responsive: ['xl'], render: (v: ItemSummary['channels']) => <WrappedText>{v.map((ch) => CHANNEL_LABELS[ch][locale]).join(LIST_SEPARATOR[locale])}</WrappedText> },
    { title: c.items.version, dataIndex: 'version', align: 'center', render: (v: number) => c.items.versionN(v) },
    { title: t.common.status, dataIndex: 'status', render: (v: ItemSummary['status']) => <ItemStatusTag status={v} /> },
    {
      title: t.common.actions,
      key: 'actions',
      render: (_: unknown, item) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => navigate(CATALOG_PATHS.item(item.id))}>
            {c.items.view}
          </Button>
          {manage && item.status === 'active' ? (
            <Button type="link" size="small" onClick={() => navigate(CATALOG_PATHS.editItem(item.id))}>
              {c.item.edit}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <Page
      title={t.menu.catalogItems}
      hint={t.pageHints.catalogItems}
      extra={
        manage ? (
          <Button type="primary" onClick={() => navigate({ pathname: CATALOG_PATHS.newItem(), search })}>
            {c.items.add}
          </Button>
        ) : null
      }
      toolbar={
        <Space wrap>
          <Input.Search className="ow-filter ow-filter-wide" allowClear placeholder={c.items.keyword} aria-label={c.items.keyword} defaultValue={q} onSearch={(v) => filter(setQ)(v.trim() || undefined)} />
          <Select
            className="ow-filter"
            allowClear
            aria-label={c.items.department}
            placeholder={c.items.allDepartments}
            value={departmentId}
            onChange={filter(setDepartment)}
            showSearch={{ optionFilterProp: 'label' }}
            options={departments.filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }))}
            popupMatchSelectWidth={false}
          />
          <Select className="ow-filter" allowClear aria-label={c.items.type} placeholder={c.items.allTypes} value={type} onChange={filter(setType)} options={ITEM_TYPES.map((v) => ({ value: v, label: ITEM_TYPE_LABELS[v][locale] }))} popupMatchSelectWidth={false} />
          <Select className="ow-filter" allowClear aria-label={c.item.lifeEvents} placeholder={c.items.allEvents} value={lifeEvent} onChange={filter(setLifeEvent)} options={lifeEvents.map((e) => ({ value: e.id, label: e.label[locale] }))} popupMatchSelectWidth={false} />
          <Select className="ow-filter" allowClear aria-label={c.items.channels} placeholder={c.items.allChannels} value={channel} onChange={filter(setChannel)} options={CHANNELS.map((v) => ({ value: v, label: CHANNEL_LABELS[v][locale] }))} popupMatchSelectWidth={false} />
          <Select
            className="ow-filter"
            aria-label={t.common.status}
            value={status ?? 'active'}
            onChange={(v: string) => filter(setStatus)(v === 'active' ? undefined : v)}
            options={STATUSES.map((v) => ({ value: v, label: c.items.statusFilter[v] }))}
            popupMatchSelectWidth={false}
          />
        </Space>
      }
    >
      {manage ? null : <Alert type="info" showIcon className="ow-form-alert" title={c.items.readOnly} />}
      <Table<ItemSummary>
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        loading={items.loading}
        columns={withFixedEdges(columns, desktop)}
        dataSource={items.data?.items ?? []}
        rowClassName={(item) => (item.status === 'active' ? '' : 'ow-row-inactive')}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: items.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: false,
          showTotal: t.common.total,
          onChange: (next) => setPage(next > 1 ? String(next) : undefined),
        }}
      />
      {form === 'new' ? <ItemForm editing={null} onClose={() => navigate({ pathname: CATALOG_PATHS.items(), search })} onSaved={(item) => navigate(CATALOG_PATHS.item(item.id))} /> : null}
    </Page>
  );
}
