import { Alert, Button, Space, Tabs, Tag } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { Page } from '../components/page.js';
import { useSearchParam } from '../components/search-param.js';
import { byId, orgApi } from '../org/org-api.js';
import { useMe } from '../session.js';
import { catalogApi } from './catalog-api.js';
import { CATALOG_PATHS } from './catalog-paths.js';
import { ItemElements } from './item-elements.js';
import { ItemForm } from './item-form.js';
import { ItemStatusTag } from './item-status-tag.js';
import { VersionHistory } from './version-history.js';
import './catalog.css';

/**
 * One item: its current elements and its version history (?tab=versions), each version with the
 * changes it made. Admins change an active item at …/edit: a new version with the reason.
 */
export function ItemPage({ form }: { form?: 'edit' }) {
  const { t } = useI18n();
  const c = t.catalog;
  const { can } = useMe();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [tab, setTab] = useSearchParam('tab');
  const data = useResource(() => Promise.all([catalogApi.item(id), catalogApi.versions(id)]), id);
  const org = useResource(() => Promise.all([orgApi.departments({ includeInactive: true }), orgApi.windows({ includeInactive: true }), catalogApi.lifeEvents()]), 'item-page-org');

  if (data.error) return <LoadFailure error={data.error} home={CATALOG_PATHS.items()} onRetry={data.reload} />;
  const [item, versions = []] = data.data ?? [];
  const [departments, windows, lifeEvents = []] = org.data ?? [];
  const departmentOf = byId(departments);
  const windowOf = byId(windows);
  const windowName = (windowId: string) => {
    const w = windowOf.get(windowId);
    return w ? `${w.number} ${w.name}` : windowId;
  };
  const mayEdit = can('catalog.manage') && item?.status === 'active';

  return (
    <Page
      title={item ? item.name : t.common.loading}
      hint={item ? `${item.departmentName} · ${item.code}` : undefined}
      extra={
        <Space wrap>
          {item ? <ItemStatusTag status={item.status} /> : null}
          {item ? <Tag>{c.items.versionN(item.version)}</Tag> : null}
          <Button onClick={() => navigate(CATALOG_PATHS.items())}>{c.item.back}</Button>
          {item?.status === 'active' ? (
            <Button href={CATALOG_PATHS.portalGuide(item.code)} target="_blank" rel="noopener">
              {c.item.guide}
            </Button>
          ) : null}
          {mayEdit ? (
            <Button type="primary" onClick={() => navigate(CATALOG_PATHS.editItem(id))}>
              {c.item.edit}
            </Button>
          ) : null}
        </Space>
      }
    >
      {item && item.status !== 'active' ? <Alert type="warning" showIcon className="ow-form-alert" title={c.item.notActive(c.common.status[item.status], item.statusReason ?? '')} /> : null}
      <Tabs
        activeKey={tab === 'versions' ? 'versions' : 'elements'}
        onChange={(key) => setTab(key === 'versions' ? 'versions' : undefined)}
        items={[
          { key: 'elements', label: c.item.elements, children: item ? <ItemElements item={item} windowName={windowName} lifeEvents={lifeEvents} /> : null },
          {
            key: 'versions',
            label: c.item.versionsCount(versions.length),
            children: item ? <VersionHistory versions={versions} current={item.version} names={{ department: (d) => departmentOf.get(d)?.name, window: (w) => windowName(w) }} /> : null,
          },
        ]}
      />
      {form === 'edit' && item && mayEdit ? (
        <ItemForm
          editing={item}
          onClose={() => navigate(CATALOG_PATHS.item(id))}
          onSaved={() => {
            data.reload();
            navigate(`${CATALOG_PATHS.item(id)}?tab=versions`);
          }}
        />
      ) : null}
    </Page>
  );
}
