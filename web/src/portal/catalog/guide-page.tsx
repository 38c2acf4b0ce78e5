import { Skeleton, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ITEM_TYPE_LABELS } from '../../shared/catalog-labels.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import { useResource } from '../../shared/use-resource.js';
import { GuideFacts } from './guide-facts.js';
import { GuideSections } from './guide-document.js';
import './guide.css';
import { PORTAL_PATHS, portalCatalogApi } from './portal-catalog-api.js';
import { PrintButton, PrintFoot, PrintHead } from './print-frame.js';
import { ApplyOnlineButton } from '../apply/apply-online-button.js';

/**
 * 办事指南 (/guide/:idOrCode): an item's service guide, all nine sections, with 打印 for a clean A4
 * notice (一次性告知单). The page is the document: what the screen shows is what is printed, less
 * the portal's frame and the buttons.
 */
export function GuidePage() {
  const { t, locale } = useI18n();
  const { idOrCode = '' } = useParams();
  const data = useResource(() => portalCatalogApi.item(idOrCode), idOrCode);
  const title = data.data?.guide.title[locale] ?? '';
  useDocumentTitle(data.data ? `${title} · ${data.data.center.name}` : '');

  if (data.error) {
    return (
      <div className="ow-portal-section">
        <LoadFailure error={data.error} home={PORTAL_PATHS.guides} onRetry={data.reload} />
      </div>
    );
  }
  if (!data.data) {
    return (
      <div className="ow-portal-section">
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  }
  const { item, guide, center, department } = data.data;
  return (
    <div className="ow-portal-section ow-guide-page">
      <nav className="ow-crumbs ow-no-print" aria-label={t.catalog.portal.crumbs}>
        <Link to="/">{t.catalog.portal.home}</Link>
        <span aria-hidden>/</span>
        <Link to={PORTAL_PATHS.guides}>{t.catalog.portal.guides}</Link>
      </nav>
      <PrintHead center={center} />
      <header className="ow-guide-head">
        <div className="ow-guide-title-row">
          <h1 className="ow-guide-title">{title}</h1>
          <span className="ow-guide-actions">
            <ApplyOnlineButton item={item} />
            <PrintButton />
          </span>
        </div>
        <div className="ow-guide-meta">
          <Tag color={item.caseType === 'onTheSpot' ? 'green' : 'blue'} className="ow-no-print">
            {ITEM_TYPE_LABELS[item.type][locale]}
          </Tag>
          <span>{department.name}</span>
          {item.mainCode ? (
            <Link to={PORTAL_PATHS.guide(item.mainCode)} className="ow-no-print">
              {t.catalog.portal.mainItem}
            </Link>
          ) : null}
        </div>
      </header>
      <GuideFacts item={item} />
      <GuideSections sections={guide.sections} />
      <PrintFoot center={center} />
    </div>
  );
}
