import type { Center } from '../shared/api-types.js';
import { useI18n } from '../shared/i18n/index.js';

function Contact({ center }: { center: Center }) {
  return (
    <div className="ow-network-contact">
      {center.address ? <span>{center.address}</span> : null}
      {center.phone ? <a href={`tel:${center.phone}`}>{center.phone}</a> : null}
    </div>
  );
}

/** 便民服务网络: branch halls, township centers and, under each, its village points. */
export function NetworkSection({ root, centers }: { root: Center; centers: Center[] }) {
  const { t } = useI18n();
  const below = (parent: Center) => centers.filter((c) => c.parentId === parent.id);
  const branches = below(root).filter((c) => c.level === 'branch_hall');
  const townships = below(root).filter((c) => c.level === 'township_center');
  if (branches.length === 0 && townships.length === 0) return null;

  return (
    <section className="ow-portal-section" aria-labelledby="ow-network">
      <h2 id="ow-network" className="ow-section-heading">
        {t.portal.network}
      </h2>
      <p className="ow-section-hint">{t.portal.networkHint}</p>
      <div className="ow-network-grid">
        {branches.map((b) => (
          <article key={b.id} className="ow-network-card">
            <h3>
              {b.name} <span className="ow-network-level">{t.enums.centerLevel.branch_hall}</span>
            </h3>
            <Contact center={b} />
          </article>
        ))}
        {townships.map((town) => {
          const villages = below(town);
          return (
            <article key={town.id} className="ow-network-card">
              <h3>
                {town.name} <span className="ow-network-level">{t.enums.centerLevel.township_center}</span>
              </h3>
              <Contact center={town} />
              <div className="ow-network-villages">
                <div className="ow-network-sub">{t.portal.villagePoints}</div>
                {villages.length === 0 ? (
                  <div className="ow-network-empty">{t.portal.noVillagePoints}</div>
                ) : (
                  <ul>
                    {villages.map((v) => (
                      <li key={v.id}>
                        <span className="ow-village-name">{v.name}</span>
                        <Contact center={v} />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </article>
          );
        })}
      </div>
    </section>
  );
}
