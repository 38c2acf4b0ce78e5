import { Link, type To } from 'react-router-dom';
import type { LifeEvent } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';

/**
 * 人生事件 / 企业生命周期 as chips, for persons and for enterprises. Each chip is a link (to the
 * search with that life event), so it works without script tricks and can be bookmarked.
 */
export function LifeEventChips({ events, selected, linkTo, withAll }: { events: readonly LifeEvent[]; selected?: string; linkTo: (id: string | undefined) => To; withAll?: boolean }) {
  const { t, locale } = useI18n();
  const offered = events.filter((e) => e.items + e.bundles > 0);
  const groups = (['person', 'enterprise'] as const).map((audience) => ({ audience, events: offered.filter((e) => e.audience === audience) })).filter((g) => g.events.length > 0);
  const chip = (id: string | undefined, label: string, count?: number) => {
    const active = selected === id;
    return (
      <li key={id ?? 'all'}>
        <Link to={linkTo(id)} className={active ? 'ow-chip ow-chip-active' : 'ow-chip'} aria-current={active ? 'true' : undefined}>
          {label}
          {count !== undefined ? <span className="ow-chip-count">{count}</span> : null}
        </Link>
      </li>
    );
  };
  return (
    <div className="ow-life-events">
      {groups.map((group) => (
        <div key={group.audience} className="ow-life-group">
          <div className="ow-life-label">{t.catalog.portal.audience[group.audience]}</div>
          <ul className="ow-chips">
            {withAll && group.audience === groups[0]?.audience ? chip(undefined, t.catalog.portal.allEvents) : null}
            {group.events.map((e) => chip(e.id, e.label[locale], e.items))}
          </ul>
        </div>
      ))}
    </div>
  );
}
