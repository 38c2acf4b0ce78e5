import type { CatalogItem } from '../../shared/catalog-types.js';
import { CASE_TYPE_LABELS } from '../../shared/catalog-labels.js';
import { useI18n } from '../../shared/i18n/index.js';

/** The four figures a citizen looks for first: promised vs legal limit, visits, case type. */
export function GuideFacts({ item }: { item: Pick<CatalogItem, 'caseType' | 'promisedDays' | 'legalDays' | 'maxVisits'> }) {
  const { t, locale } = useI18n();
  const c = t.catalog.common;
  const onTheSpot = item.caseType === 'onTheSpot';
  return (
    <dl className="ow-guide-facts" data-testid="guide-facts">
      <div className="ow-fact ow-fact-main">
        <dt>{c.promisedDays}</dt>
        <dd>
          <strong>{onTheSpot ? c.onTheSpot : item.promisedDays}</strong>
          <span>{onTheSpot ? c.onTheSpotNote : c.workdays}</span>
        </dd>
      </div>
      <div className="ow-fact">
        <dt>{c.legalDays}</dt>
        <dd>
          <strong>{item.legalDays === 0 ? c.onTheSpot : item.legalDays}</strong>
          <span>{item.legalDays === 0 ? '' : c.workdays}</span>
        </dd>
      </div>
      <div className="ow-fact">
        <dt>{c.maxVisits}</dt>
        <dd>
          <strong>{item.maxVisits}</strong>
          <span>{item.maxVisits === 0 ? c.zeroVisits : c.times}</span>
        </dd>
      </div>
      <div className="ow-fact">
        <dt>{c.caseType}</dt>
        <dd>
          <strong className="ow-fact-word">{CASE_TYPE_LABELS[item.caseType][locale]}</strong>
        </dd>
      </div>
    </dl>
  );
}
