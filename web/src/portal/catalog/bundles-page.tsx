import { Empty, Skeleton } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import { useResource } from '../../shared/use-resource.js';
import './guide.css';
import { PORTAL_PATHS, portalCatalogApi } from './portal-catalog-api.js';

/** 一件事 (/bundles): the bundles on offer, each with the items it joins into one application. */
export function BundlesPage() {
  const { t } = useI18n();
  const p = t.catalog.portal;
  const bundles = useResource(() => portalCatalogApi.bundles(), 'bundles');
  useDocumentTitle(p.bundles);

  return (
    <div className="ow-portal-section">
      <nav className="ow-crumbs" aria-label={p.crumbs}>
        <Link to="/">{p.home}</Link>
      </nav>
      <h1 className="ow-page-heading">{p.bundles}</h1>
      <p className="ow-section-hint">{p.bundlesHint}</p>
      {bundles.error ? <LoadFailure error={bundles.error} home="/" onRetry={bundles.reload} /> : null}
      {!bundles.data && !bundles.error ? <Skeleton active /> : null}
      {bundles.data?.length === 0 ? <Empty description={p.noBundles} /> : null}
      <ul className="ow-bundle-list">
        {(bundles.data ?? []).map((b) => (
          <li key={b.id} className="ow-bundle-card">
            <Link to={PORTAL_PATHS.bundle(b.id)} className="ow-bundle-name">
              {b.name}
            </Link>
            {b.description ? <p className="ow-bundle-text">{b.description}</p> : null}
            <div className="ow-bundle-items-label">{p.bundleItems(b.items.length)}</div>
            <ol className="ow-bundle-items">
              {b.items.map((item) => (
                <li key={item.id}>
                  <Link to={PORTAL_PATHS.guide(item.code)}>{item.name}</Link>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </div>
  );
}
