import { Typography } from 'antd';
import type { Center } from '../shared/api-types.js';
import { useI18n } from '../shared/i18n/index.js';

/** The center's name, address and phone, with how many departments and windows serve there. */
export function CenterHero({ center, departments, windows }: { center: Center; departments: number; windows: number }) {
  const { t } = useI18n();
  return (
    <section className="ow-hero">
      <div className="ow-hero-inner">
        <Typography.Title level={1} className="ow-hero-title">
          {center.name}
        </Typography.Title>
        <dl className="ow-hero-facts">
          {center.address ? (
            <div>
              <dt>{t.portal.address}</dt>
              <dd>{center.address}</dd>
            </div>
          ) : null}
          {center.phone ? (
            <div>
              <dt>{t.portal.phone}</dt>
              <dd>
                <a href={`tel:${center.phone}`}>{center.phone}</a>
              </dd>
            </div>
          ) : null}
        </dl>
        <div className="ow-hero-stats">
          <span>{t.portal.departmentsCount(departments)}</span>
          <span>{t.portal.windowsCount(windows)}</span>
        </div>
      </div>
    </section>
  );
}
