import { Skeleton, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { LIST_SEPARATOR, MATERIAL_REQUIREMENT_LABELS } from '../../shared/catalog-labels.js';
import type { BundleGuide } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import { useResource } from '../../shared/use-resource.js';
import { usePublicCenter } from '../portal-layout.js';
import './guide.css';
import { PORTAL_PATHS, portalCatalogApi } from './portal-catalog-api.js';
import { PrintButton, PrintFoot, PrintHead } from './print-frame.js';

function ItemsTable({ guide }: { guide: BundleGuide }) {
  const { t } = useI18n();
  const c = t.catalog.common;
  const p = t.catalog.portal;
  return (
    <div className="ow-guide-table-wrap">
      <table className="ow-guide-table ow-guide-numbered">
        <thead>
          <tr>
            <th scope="col">{p.no}</th>
            <th scope="col">{p.item}</th>
            <th scope="col">{p.department}</th>
            <th scope="col">{c.promisedDays}</th>
            <th scope="col">{c.legalDays}</th>
            <th scope="col">{c.maxVisits}</th>
          </tr>
        </thead>
        <tbody>
          {guide.items.map((item, i) => (
            <tr key={item.id}>
              <td data-label={p.no}>{i + 1}</td>
              <td data-label={p.item} data-no={`${i + 1}.`}>
                <Link to={PORTAL_PATHS.guide(item.code)}>{item.name}</Link>
              </td>
              <td data-label={p.department}>{item.departmentName}</td>
              <td data-label={c.promisedDays}>{item.promisedDays === 0 ? c.onTheSpot : c.days(item.promisedDays)}</td>
              <td data-label={c.legalDays}>{item.legalDays === 0 ? c.onTheSpot : c.days(item.legalDays)}</td>
              <td data-label={c.maxVisits}>{item.maxVisits === 0 ? c.zeroVisits : c.visits(item.maxVisits)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MaterialsTable({ guide }: { guide: BundleGuide }) {
  const { t, locale } = useI18n();
  const p = t.catalog.portal;
  return (
    <div className="ow-guide-table-wrap">
      <table className="ow-guide-table ow-guide-numbered">
        <thead>
          <tr>
            <th scope="col">{p.no}</th>
            <th scope="col">{p.material}</th>
            <th scope="col">{p.originals}</th>
            <th scope="col">{p.copies}</th>
            <th scope="col">{p.requirement}</th>
            <th scope="col">{p.neededBy}</th>
          </tr>
        </thead>
        <tbody>
          {guide.materials.map((m, i) => (
            <tr key={m.name}>
              <td data-label={p.no}>{i + 1}</td>
              <td data-label={p.material} data-no={`${i + 1}.`}>
                {m.name}
                {m.issuingBody ? <div className="ow-cell-note">{p.issuedBy(m.issuingBody)}</div> : null}
              </td>
              <td data-label={p.originals}>{m.originals}</td>
              <td data-label={p.copies}>{m.copies}</td>
              <td data-label={p.requirement}>
                {m.conditions.length > 0
                  ? t.catalog.common.labelled(MATERIAL_REQUIREMENT_LABELS[m.requirement][locale], m.conditions.join(t.catalog.common.listJoin))
                  : MATERIAL_REQUIREMENT_LABELS[m.requirement][locale]}
              </td>
              <td data-label={p.neededBy}>
                {m.neededBy.length === guide.items.length && guide.items.length > 1 ? (
                  <Tag color="green">{p.neededByAll}</Tag>
                ) : (
                  m.neededBy.map((n) => n.name).join(LIST_SEPARATOR[locale])
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 一件事指南 (/bundles/:id): the items in order, the materials once each, the fees; printable like a guide. */
export function BundlePage() {
  const { t } = useI18n();
  const p = t.catalog.portal;
  const { id = '' } = useParams();
  const center = usePublicCenter().data?.center;
  const data = useResource(() => portalCatalogApi.bundle(id), id);
  useDocumentTitle(data.data?.guide.name ?? p.bundles);

  if (data.error) {
    return (
      <div className="ow-portal-section">
        <LoadFailure error={data.error} home={PORTAL_PATHS.bundles} onRetry={data.reload} />
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
  const { guide } = data.data;
  const { separately, together } = guide.materialCounts;
  return (
    <div className="ow-portal-section ow-guide-page">
      <nav className="ow-crumbs ow-no-print" aria-label={p.crumbs}>
        <Link to="/">{p.home}</Link>
        <span aria-hidden>/</span>
        <Link to={PORTAL_PATHS.bundles}>{p.bundles}</Link>
      </nav>
      <PrintHead center={center} />
      <header className="ow-guide-head">
        <div className="ow-guide-title-row">
          <h1 className="ow-guide-title">{p.bundleGuideTitle(guide.name)}</h1>
          <PrintButton />
        </div>
        {guide.description ? <p className="ow-guide-lead">{guide.description}</p> : null}
      </header>
      {separately > together ? <p className="ow-bundle-saving">{p.materialsSaved(separately, together)}</p> : null}
      <div className="ow-guide-doc">
        <section className="ow-guide-section">
          <h2>{p.bundleItemsHeading}</h2>
          <ItemsTable guide={guide} />
        </section>
        <section className="ow-guide-section">
          <h2>{p.bundleMaterialsHeading}</h2>
          <MaterialsTable guide={guide} />
          <p className="ow-guide-note">{p.bundleMaterialsNote}</p>
        </section>
        <section className="ow-guide-section">
          <h2>{p.bundleFeesHeading}</h2>
          {guide.fees.length === 0 ? (
            <p className="ow-guide-note">{p.noFees}</p>
          ) : (
            <ul className="ow-guide-list">
              {guide.fees.map((f) => (
                <li key={`${f.itemCode}-${f.fee.name}`}>{t.catalog.common.labelled(f.itemName, `${f.fee.name} · ${f.fee.standard} · ${f.fee.legalBasis}`)}</li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <PrintFoot center={center} />
    </div>
  );
}
