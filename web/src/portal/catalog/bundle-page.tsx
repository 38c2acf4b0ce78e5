import { Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { LIST_SEPARATOR, MATERIAL_REQUIREMENT_LABELS } from '../../shared/catalog-labels.js';
import type { BundleGuide } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import { useResource } from '../../shared/use-resource.js';
import { usePublicCenter } from '../portal-layout.js';
import { PortalResource } from '../portal-resource.js';
import './guide.css';
import { PORTAL_PATHS, portalCatalogApi } from './portal-catalog-api.js';
import { GuideTable, type GuideColumn } from './guide-table.js';
import { PrintButton, PrintFoot, PrintHead } from './print-frame.js';

function ItemsTable({ guide }: { guide: BundleGuide }) {
  const { t } = useI18n();
  const c = t.catalog.common;
  const p = t.catalog.portal;
  type Row = BundleGuide['items'][number];
  const columns: GuideColumn<Row>[] = [
    { label: p.item, cell: (item) => <Link to={PORTAL_PATHS.guide(item.code)}>{item.name}</Link> },
    { label: p.department, cell: (item) => item.departmentName },
    { label: c.promisedDays, cell: (item) => (item.promisedDays === 0 ? c.onTheSpot : c.days(item.promisedDays)) },
    { label: c.legalDays, cell: (item) => (item.legalDays === 0 ? c.onTheSpot : c.days(item.legalDays)) },
    { label: c.maxVisits, cell: (item) => (item.maxVisits === 0 ? c.zeroVisits : c.visits(item.maxVisits)) },
  ];
  return <GuideTable rows={guide.items} rowKey={(item) => item.id} noLabel={p.no} columns={columns} />;
}

function MaterialsTable({ guide }: { guide: BundleGuide }) {
  const { t, locale } = useI18n();
  const p = t.catalog.portal;
  type Row = BundleGuide['materials'][number];
  const requirement = (m: Row) =>
    m.conditions.length > 0
      ? t.catalog.common.labelled(MATERIAL_REQUIREMENT_LABELS[m.requirement][locale], m.conditions.join(t.catalog.common.listJoin))
      : MATERIAL_REQUIREMENT_LABELS[m.requirement][locale];
  const columns: GuideColumn<Row>[] = [
    {
      label: p.material,
      cell: (m) => (
        <>
          {m.name}
          {m.issuingBody ? <div className="ow-cell-note">{p.issuedBy(m.issuingBody)}</div> : null}
        </>
      ),
    },
    { label: p.originals, cell: (m) => m.originals },
    { label: p.copies, cell: (m) => m.copies },
    { label: p.requirement, cell: requirement },
    {
      label: p.neededBy,
      cell: (m) =>
        m.neededBy.length === guide.items.length && guide.items.length > 1 ? <Tag color="green">{p.neededByAll}</Tag> : m.neededBy.map((n) => n.name).join(LIST_SEPARATOR[locale]),
    },
  ];
  return <GuideTable rows={guide.materials} rowKey={(m) => m.name} noLabel={p.no} columns={columns} />;
}

/** 一件事指南 (/bundles/:id): the items in order, the materials once each, the fees; printable like a guide. */
export function BundlePage() {
  const { t } = useI18n();
  const p = t.catalog.portal;
  const { id = '' } = useParams();
  const center = usePublicCenter().data?.center;
  const data = useResource(() => portalCatalogApi.bundle(id), id);
  useDocumentTitle(data.data?.guide.name ?? p.bundles);
  return (
    <PortalResource resource={data} home={PORTAL_PATHS.bundles}>
      {({ guide }) => <BundleDocument guide={guide} center={center} />}
    </PortalResource>
  );
}

function BundleDocument({ guide, center }: { guide: BundleGuide; center: Parameters<typeof PrintHead>[0]['center'] }) {
  const { t } = useI18n();
  const p = t.catalog.portal;
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
