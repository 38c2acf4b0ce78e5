import { Tag } from 'antd';
import { Link } from 'react-router-dom';
import { CASE_TYPE_LABELS, CHANNEL_LABELS, ITEM_TYPE_LABELS } from '../../shared/catalog-labels.js';
import type { ItemSummary } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { PORTAL_PATHS } from './portal-catalog-api.js';

/** One search result: the item, its case type, promised vs legal limit, visits and channels. */
export function ItemResult({ item }: { item: ItemSummary }) {
  const { t, locale } = useI18n();
  const c = t.catalog.common;
  const onTheSpot = item.caseType === 'onTheSpot';
  return (
    <li className="ow-result">
      <div className="ow-result-head">
        <Link to={PORTAL_PATHS.guide(item.code)} className="ow-result-name">
          {item.name}
        </Link>
        <Tag color={onTheSpot ? 'green' : 'blue'} className="ow-result-case">
          {CASE_TYPE_LABELS[item.caseType][locale]}
        </Tag>
      </div>
      <div className="ow-result-sub">
        <span>{item.departmentName}</span>
        <span>{ITEM_TYPE_LABELS[item.type][locale]}</span>
        {item.mainCode ? <span>{c.subItem}</span> : null}
      </div>
      <dl className="ow-result-figures">
        <div className={onTheSpot ? 'ow-figure-good' : undefined}>
          <dt>{c.promised}</dt>
          <dd>{onTheSpot ? c.onTheSpot : c.days(item.promisedDays)}</dd>
        </div>
        <div>
          <dt>{c.legal}</dt>
          <dd>{item.legalDays === 0 ? c.onTheSpot : c.days(item.legalDays)}</dd>
        </div>
        <div className={item.maxVisits === 0 ? 'ow-figure-good' : undefined}>
          <dt>{c.visitsShort}</dt>
          <dd>{item.maxVisits === 0 ? c.zeroVisits : c.visits(item.maxVisits)}</dd>
        </div>
      </dl>
      <div className="ow-result-channels">{item.channels.map((ch) => CHANNEL_LABELS[ch][locale]).join(' · ')}</div>
    </li>
  );
}
