import { Input } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { useResource } from '../../shared/use-resource.js';
import './guide.css';
import { LifeEventChips } from './life-event-chips.js';
import { PORTAL_PATHS, portalCatalogApi } from './portal-catalog-api.js';

/** The portal home's way in to the catalog: search, life events, bundles (一件事), and the public lists. */
export function GuideEntrySection() {
  const { t } = useI18n();
  const p = t.catalog.portal;
  const navigate = useNavigate();
  const events = useResource(() => portalCatalogApi.lifeEvents(), 'life-events');
  const bundles = useResource(() => portalCatalogApi.bundles(), 'bundles');

  return (
    <section className="ow-portal-section ow-guide-entry" aria-labelledby="ow-guide-entry">
      <h2 id="ow-guide-entry" className="ow-section-heading">
        {p.guides}
      </h2>
      <Input.Search
        className="ow-guide-search"
        size="large"
        allowClear
        enterButton={p.search}
        aria-label={p.searchLabel}
        placeholder={p.searchPlaceholder}
        onSearch={(text) => navigate(text.trim() ? `${PORTAL_PATHS.guides}?q=${encodeURIComponent(text.trim())}` : PORTAL_PATHS.guides)}
      />
      {events.data ? <LifeEventChips events={events.data} linkTo={(id) => (id ? `${PORTAL_PATHS.guides}?event=${id}` : PORTAL_PATHS.guides)} /> : null}
      {bundles.data && bundles.data.length > 0 ? (
        <div className="ow-entry-bundles">
          <div className="ow-life-label">{p.bundles}</div>
          <ul className="ow-entry-bundle-list">
            {bundles.data.map((b) => (
              <li key={b.id}>
                <Link to={PORTAL_PATHS.bundle(b.id)} className="ow-entry-bundle">
                  <span className="ow-entry-bundle-name">{b.name}</span>
                  <span className="ow-entry-bundle-sub">{p.bundleItems(b.items.length)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul className="ow-entry-links">
        <li>
          <Link to={PORTAL_PATHS.guides}>{p.allGuides}</Link>
        </li>
        <li>
          <Link to={PORTAL_PATHS.bundles}>{p.bundles}</Link>
        </li>
        <li>
          <Link to={PORTAL_PATHS.announcements}>{p.announcements}</Link>
        </li>
        <li>
          <Link to={PORTAL_PATHS.fees}>{p.fees}</Link>
        </li>
      </ul>
    </section>
  );
}
