import { Button, Empty, Input, Pagination, Select, Skeleton, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { CHANNEL_LABELS, CHANNELS, ITEM_TYPE_LABELS, ITEM_TYPES } from '../../shared/catalog-labels.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import { useResource } from '../../shared/use-resource.js';
import { usePublicCenter } from '../portal-layout.js';
import './guide.css';
import { ItemResult } from './item-result.js';
import { LifeEventChips } from './life-event-chips.js';
import { PORTAL_PATHS, portalCatalogApi, type GuideQuery } from './portal-catalog-api.js';

const PAGE_SIZE = 10;
const FILTERS = ['q', 'department', 'type', 'event', 'channel'] as const;
type Filter = (typeof FILTERS)[number];

/**
 * 办事指南 (/guides): search the catalog by words, department, item type, life event and channel.
 * Every filter lives in the address (?q=&department=&type=&event=&channel=&page=), so a search can
 * be shared and the back button works.
 */
export function GuidesPage() {
  const { t, locale } = useI18n();
  const p = t.catalog.portal;
  const [params, setParams] = useSearchParams();
  const center = usePublicCenter();
  const events = useResource(() => portalCatalogApi.lifeEvents(), 'life-events');
  useDocumentTitle(p.guides);

  const value = (name: Filter) => params.get(name) ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query: GuideQuery = { q: value('q'), departmentId: value('department'), type: value('type'), lifeEvent: value('event'), channel: value('channel'), page, pageSize: PAGE_SIZE };
  const results = useResource(() => portalCatalogApi.search(query), JSON.stringify(query));

  const withParam = (name: Filter | 'page', next: string | undefined) => {
    const copy = new URLSearchParams(params);
    if (next) copy.set(name, next);
    else copy.delete(name);
    if (name !== 'page') copy.delete('page');
    return copy;
  };
  const set = (name: Filter | 'page', next: string | undefined) => setParams(withParam(name, next));
  const filtered = FILTERS.some((name) => value(name));
  const departments = (center.data?.departments ?? []).filter((d) => d.active);

  return (
    <div className="ow-portal-section ow-guides-page">
      <h1 className="ow-page-heading">{p.guides}</h1>
      <p className="ow-section-hint">{p.guidesHint}</p>
      <Input.Search
        key={value('q') ?? ''}
        className="ow-guide-search"
        size="large"
        allowClear
        enterButton={p.search}
        aria-label={p.searchLabel}
        placeholder={p.searchPlaceholder}
        defaultValue={value('q')}
        onSearch={(text) => set('q', text.trim() || undefined)}
      />
      {events.data ? <LifeEventChips events={events.data} selected={value('event')} withAll linkTo={(id) => ({ search: withParam('event', id).toString() })} /> : null}
      <div className="ow-guide-filters">
        <Select
          allowClear
          aria-label={p.department}
          placeholder={p.allDepartments}
          value={value('department')}
          onChange={(v: string | undefined) => set('department', v)}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
          showSearch={{ optionFilterProp: 'label' }}
          popupMatchSelectWidth={false}
        />
        <Select
          allowClear
          aria-label={p.type}
          placeholder={p.allTypes}
          value={value('type')}
          onChange={(v: string | undefined) => set('type', v)}
          options={ITEM_TYPES.map((type) => ({ value: type, label: ITEM_TYPE_LABELS[type][locale] }))}
          popupMatchSelectWidth={false}
        />
        <Select
          allowClear
          aria-label={p.channel}
          placeholder={p.allChannels}
          value={value('channel')}
          onChange={(v: string | undefined) => set('channel', v)}
          options={CHANNELS.map((ch) => ({ value: ch, label: CHANNEL_LABELS[ch][locale] }))}
          popupMatchSelectWidth={false}
        />
      </div>
      {results.error ? <LoadFailure error={results.error} home={PORTAL_PATHS.guides} onRetry={results.reload} /> : null}
      {!results.data && !results.error ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {results.data ? (
        <>
          <div className="ow-results-bar" role="status">
            <Typography.Text type="secondary">{p.found(results.data.total)}</Typography.Text>
            {filtered ? (
              <Button size="small" type="link" onClick={() => setParams(new URLSearchParams())}>
                {p.clear}
              </Button>
            ) : null}
          </div>
          {results.data.items.length === 0 ? (
            <Empty description={p.noResults} />
          ) : (
            <ul className={results.loading ? 'ow-results ow-results-loading' : 'ow-results'} aria-busy={results.loading}>
              {results.data.items.map((item) => (
                <ItemResult key={item.id} item={item} />
              ))}
            </ul>
          )}
          {results.data.total > PAGE_SIZE ? (
            <Pagination
              className="ow-results-pages"
              align="center"
              current={page}
              pageSize={PAGE_SIZE}
              total={results.data.total}
              showSizeChanger={false}
              onChange={(next) => {
                set('page', next > 1 ? String(next) : undefined);
                window.scrollTo({ top: 0 });
              }}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
